// Which indicator rows of an objective a search matched: the links a result card shows.
import { describe, expect, test } from 'vitest';
import { indicatoriTrovati } from '../../src/lib/ricerca.ts';

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
