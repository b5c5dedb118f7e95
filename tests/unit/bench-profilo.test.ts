// The bench's CPU profile summary (scripts/bench/profilo.ts): self time by function and by module.
import { describe, expect, test } from 'vitest';
import { moduloDi, riassumiProfilo, type ProfiloCpu } from '../../scripts/bench/profilo.ts';

const nodo = (id: number, functionName: string, url: string, lineNumber = 0) => ({
  id,
  callFrame: { functionName, url, lineNumber },
});

describe('profilo CPU', () => {
  test('il modulo di un URL: pacchetto npm, file nostro, pagina costruita, Node, pseudo-frame', () => {
    expect(moduloDi('file:///p/node_modules/astro/dist/core/render.js')).toBe('astro');
    expect(moduloDi('file:///p/node_modules/@astrojs/mdx/dist/index.js')).toBe('@astrojs/mdx');
    expect(moduloDi('file:///p/node_modules/a/node_modules/zod/v4/index.js')).toBe('zod');
    expect(moduloDi('file:///tmp/copia/src/portale/serie.ts')).toBe('src/portale/serie.ts');
    expect(moduloDi('file:///tmp/copia/dist/.prerender/chunks/serie_X.mjs')).toBe(
      'build: chunks/serie_X.mjs',
    );
    expect(moduloDi('node:internal/fs/promises')).toBe('node (interni)');
    expect(moduloDi('', '(garbage collector)')).toBe('(garbage collector)');
    expect(moduloDi('', 'writeUtf8String')).toBe('(nativo)');
  });

  test('tempo proprio sommato per funzione e per modulo, dal più grande', () => {
    const p: ProfiloCpu = {
      nodes: [
        nodo(1, '(root)', ''),
        nodo(2, 'componiSerie', 'file:///c/src/dominio/serie.ts', 9),
        nodo(3, 'render', 'file:///c/node_modules/astro/dist/r.js'),
        nodo(4, 'componiSerie', 'file:///c/src/dominio/serie.ts', 9),
        nodo(5, '(garbage collector)', ''),
      ],
      samples: [2, 3, 4, 2, 5, 3, 2],
      timeDeltas: [1000, 2000, 1000, 1000, 500, 2000, 500],
      startTime: 0,
      endTime: 8000,
    };
    const r = riassumiProfilo(p, 10);
    expect(r.totaleMs).toBe(8);
    expect(r.moduli.map((m) => [m.nome, m.ms])).toEqual([
      ['astro', 4],
      ['src/dominio/serie.ts', 3.5],
      ['(garbage collector)', 0.5],
    ]);
    expect(r.funzioni[0]).toMatchObject({ nome: 'render', ms: 4, quota: 0.5 });
    // Two nodes of the same function (different call paths) are one entry
    expect(r.funzioni[1]).toMatchObject({
      nome: 'componiSerie',
      ms: 3.5,
      modulo: 'src/dominio/serie.ts:10',
    });
  });
});
