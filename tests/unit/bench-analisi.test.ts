// The bench's page classification (scripts/bench/analisi.ts): which built files are record pages.
import { describe, expect, test } from 'vitest';
import { tipoPagina } from '../../scripts/bench/analisi.ts';

describe('il bench classifica le pagine per tipo', () => {
  test('le pagine successive di un indice non sono pagine di record', () => {
    expect(tipoPagina('obiettivi/c59-0008/index.html')).toBe('obiettivi');
    expect(tipoPagina('obiettivi/index.html')).toBe('obiettivi/');
    expect(tipoPagina('obiettivi/pagina/3/index.html')).toBe('obiettivi/');
    expect(tipoPagina('index.html')).toBe('/');
  });
});
