import { describe, expect, test } from 'vitest';
import { formatEuro, formatNumero, formatPercento } from '../../src/lib/formato.ts';
import { parseImporto, parseNumeroItaliano } from '../../src/ingest/sorgente.ts';
import { sommaEuro } from '../../src/dominio/euro.ts';

describe('numeri nel formato del documento', () => {
  test.each([
    ['3.243.614', 3243614],
    ['91.690', 91690],
    ['14.175,00', 14175],
    ['-10', -10],
    ['0', 0],
    ['1.600', 1600],
    ['12,5', 12.5],
  ])('%s → %d', (testo, n) => expect(parseNumeroItaliano(testo)).toBe(n));

  test.each(['entro il 31/12', '12.34', '1.2345', '', 'x', '1,2,3'])('"%s" non è un numero', (t) =>
    expect(parseNumeroItaliano(t)).toBeNull(),
  );

  test('gli importi vogliono due decimali', () => {
    expect(parseImporto('20.000,00')).toBe(20000);
    expect(parseImporto('20.000')).toBeNull();
    expect(parseImporto('7.000,0O')).toBeNull();
  });

  test('le somme in euro sono esatte al centesimo', () =>
    expect(sommaEuro([0.1, 0.2, 14175])).toBe(14175.3));
});

describe('formato it-IT sul sito', () => {
  test('importi come € 14.175,00', () => {
    expect(formatEuro(14175)).toBe('€ 14.175,00');
    expect(formatEuro(561038)).toBe('€ 561.038,00');
    expect(formatEuro(1450)).toBe('€ 1.450,00');
  });
  test('numeri come 3.243.614 e 1.600', () => {
    expect(formatNumero(3243614)).toBe('3.243.614');
    expect(formatNumero(1600)).toBe('1.600');
  });
  test('percentuali con la virgola', () => expect(formatPercento(0.46164)).toBe('46,2%'));
});
