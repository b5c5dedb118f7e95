import { describe, expect, test } from 'vitest';
import { gruppo, perIdentificativo } from '../../src/dominio/indici.ts';

describe('indici costruiti una volta per array', () => {
  const xs = [
    { id: 'a', settore: 's1' },
    { id: 'b', settore: 's2' },
    { id: 'c', settore: 's1' },
  ];
  test('per id', () => {
    expect(perIdentificativo(xs, 'b')).toBe(xs[1]);
    expect(perIdentificativo(xs, 'z')).toBeUndefined();
  });
  test("per chiave, nell'ordine originale, vuoto se assente", () => {
    expect(gruppo(xs, 'settore', 's1').map((x) => x.id)).toEqual(['a', 'c']);
    expect(gruppo(xs, 'settore', 's9')).toEqual([]);
  });
});
