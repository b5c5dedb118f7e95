// Which indicator rows of an objective a search matched: the links a result card shows.
import { describe, expect, test } from 'vitest';
import {
  alternative,
  indicatoriTrovati,
  normalizzaQuery,
  risolviFiltro,
} from '../../src/lib/ricerca.ts';

// An objective page as Pagefind sees it: title and definition, then one anchor per indicator row.
const ancore = [
  { id: 'indicatore-1495', location: 104 },
  { id: 'indicatore-287', location: 141 },
  { id: 'indicatore-290', location: 171 },
];

describe('indicatoriTrovati', () => {
  test('a word in a row belongs to that row', () => {
    expect(indicatoriTrovati(ancore, [104])).toEqual(['1495']);
    expect(indicatoriTrovati(ancore, [150])).toEqual(['287']);
    expect(indicatoriTrovati(ancore, [400])).toEqual(['290']);
  });

  test('words in the title or definition match no indicator', () => {
    expect(indicatoriTrovati(ancore, [0, 12, 103])).toEqual([]);
    expect(indicatoriTrovati([], [5, 200])).toEqual([]);
  });

  test('each indicator once, in table order, whatever the order of the matches', () => {
    expect(indicatoriTrovati([...ancore].reverse(), [180, 105, 172, 110])).toEqual(['1495', '290']);
  });

  test('an anchor that is not an indicator row ends the row before it', () => {
    const conAltra = [...ancore, { id: 'provenienza', location: 190 }];
    expect(indicatoriTrovati(conAltra, [185, 195])).toEqual(['290']);
  });
});

describe('sinonimi delle sigle del documento', () => {
  test('horizon 2020 e H2020 si cercano a vicenda, una parola qualunque resta sola', () => {
    expect(alternative('horizon 2020')).toEqual(['horizon 2020', 'h2020']);
    expect(alternative('Progetti H2020')).toEqual(['Progetti H2020', 'Progetti horizon 2020']);
    expect(alternative('D.Lgs 175')).toContain('decreto legislativo 175');
    expect(alternative('pagopa')).toEqual(['pagopa']);
    // a synonym matches whole words only: "due" does not contain the word "ue"
    expect(alternative('due')).toEqual(['due']);
  });

  test('solo parole intere, in qualunque alfabeto; il resto della query tiene le sue maiuscole', () => {
    expect(alternative('fondi UE 2020')).toEqual([
      'fondi UE 2020',
      'fondi unione europea 2020',
      'fondi u.e. 2020',
    ]);
    for (const q of ['h2020x', 'xh2020', '2h2020', 'èue', 'ueà', '𝐀ue'])
      expect(alternative(q)).toEqual([q]);
    expect(alternative('(H2020)')).toEqual(['(H2020)', '(horizon 2020)']);
    expect(alternative('u.e. e H2020')).toEqual([
      'u.e. e H2020',
      'u.e. e horizon 2020',
      'unione europea e H2020',
      'ue e H2020',
    ]);
  });

  test('codici scritti senza separatore', () => {
    expect(normalizzaQuery('C590008')).toBe('C59_0008');
    expect(normalizzaQuery('c0121 0003')).toBe('C0121_0003');
    expect(normalizzaQuery('1495')).toBe('1495');
  });

  test('un filtro scritto come id o con altre maiuscole è letto, uno sconosciuto segnalato', () => {
    const opzioni = [{ valore: 'Politiche Sociali', id: 'politiche-sociali' }];
    expect(risolviFiltro('Politiche Sociali', opzioni)).toEqual({
      valore: 'Politiche Sociali',
      corretto: false,
    });
    expect(risolviFiltro('politiche-sociali', opzioni)).toEqual({
      valore: 'Politiche Sociali',
      corretto: true,
    });
    expect(risolviFiltro('politiche sociali', opzioni)).toEqual({
      valore: 'Politiche Sociali',
      corretto: true,
    });
    expect(risolviFiltro('xyz', opzioni)).toEqual({ sconosciuto: 'xyz' });
  });
});
