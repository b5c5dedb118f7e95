// The pagination of the index pages (src/lib/paginazione.ts on Astro's own paginate()): no
// pagination below the threshold, so the real site is unchanged; stable slices and addresses above it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, PaginateFunction } from 'astro';
import { describe, expect, test } from 'vitest';
import {
  PER_PAGINA,
  SOGLIA_PAGINAZIONE,
  descriviPagina,
  intestazionePaginata,
  percorsiPaginati,
  urlPagina,
  vociNavigazione,
  type VoceNavigazione,
} from '../../src/lib/paginazione.ts';

// Astro's own paginate(), as a `[...page].astro` route under /obiettivi/ receives it in getStaticPaths
// (Astro does not export the module: it is loaded from its file, and this fails loudly if it moves).
const { generatePaginateFunction } = (await import(
  pathToFileURL(join(process.cwd(), 'node_modules/astro/dist/core/render/paginate.js')).href
)) as { generatePaginateFunction: (...args: unknown[]) => unknown };
const paginate = generatePaginateFunction(
  {
    params: ['...page'],
    segments: [
      [{ content: 'obiettivi', dynamic: false, spread: false }],
      [{ content: '...page', dynamic: true, spread: true }],
    ],
  },
  '/',
  'always',
) as PaginateFunction;

/** The pages of a list as the index route gets them. */
const pagine = <T>(xs: readonly T[], opzioni?: { perPagina?: number; soglia?: number }) =>
  percorsiPaginati(paginate, xs, opzioni).map((r) => ({
    ...(r.props as { page: Page<T> }).page,
    percorso: r.params.page,
  }));

const numeri = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const mostra = (voci: VoceNavigazione[]) =>
  voci
    .map((v) => (v.tipo === 'salto' ? '…' : v.corrente ? `[${v.numero}]` : String(v.numero)))
    .join(' ');

describe('pagine()', () => {
  test('sotto la soglia: una pagina sola con tutto, come oggi (il sito reale non cambia)', () => {
    for (const n of [0, 1, 129, 285, SOGLIA_PAGINAZIONE]) {
      const ps = pagine(numeri(n));
      expect(ps).toHaveLength(1);
      expect(ps[0]!.data).toHaveLength(n);
      expect(ps[0]!.lastPage).toBe(1);
      expect(ps[0]!.total).toBe(n);
      expect(ps[0]!.percorso).toBeUndefined();
    }
    expect(pagine([])[0]).toMatchObject({ currentPage: 1, total: 0 });
  });

  test("sopra la soglia: fette consecutive di PER_PAGINA, nell'ordine, senza perdere né ripetere nulla", () => {
    const xs = numeri(12_900);
    const ps = pagine(xs);
    expect(ps).toHaveLength(Math.ceil(12_900 / PER_PAGINA));
    expect(ps.flatMap((p) => p.data)).toEqual(xs);
    expect(ps.every((p, i) => p.currentPage === i + 1 && p.lastPage === ps.length)).toBe(true);
    expect(ps.slice(0, -1).every((p) => p.data.length === PER_PAGINA)).toBe(true);
    expect(ps[1]).toMatchObject({ start: PER_PAGINA, end: 2 * PER_PAGINA - 1, total: 12_900 });
    expect(ps.at(-1)!.end).toBe(12_899);
  });

  test('opzioni: perPagina e soglia; valori non validi rifiutati', () => {
    expect(pagine(numeri(10), { perPagina: 3, soglia: 5 }).map((p) => p.data)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10],
    ]);
    expect(pagine(numeri(5), { perPagina: 3, soglia: 5 })).toHaveLength(1);
    expect(pagine(numeri(6), { perPagina: 3, soglia: 0 })).toHaveLength(2);
    expect(() => pagine([1], { perPagina: 0 })).toThrow(RangeError);
    expect(() => pagine([1], { perPagina: 1.5 })).toThrow(RangeError);
    expect(() => pagine([1], { soglia: -1 })).toThrow(RangeError);
  });

  test('non modifica la lista di partenza', () => {
    const xs = Object.freeze(numeri(2500));
    expect(() => pagine(xs)).not.toThrow();
    expect(xs).toHaveLength(2500);
  });
});

describe('indirizzi', () => {
  test("la pagina 1 resta l'indice, le altre in pagina/n/", () => {
    expect(urlPagina('/obiettivi/', 1)).toBe('/obiettivi/');
    expect(urlPagina('/obiettivi/', 2)).toBe('/obiettivi/pagina/2/');
    expect(urlPagina('/incarichi/', 26)).toBe('/incarichi/pagina/26/');
    expect(() => urlPagina('/obiettivi', 2)).toThrow();
    expect(() => urlPagina('/obiettivi/', 0)).toThrow(RangeError);
  });

  test('le pagine di Astro sono scritte e collegate a pagina/n/, mai a /obiettivi/n/', () => {
    const ps = pagine(numeri(45), { soglia: 10, perPagina: 20 });
    expect(ps.map((p) => p.percorso)).toEqual([undefined, 'pagina/2', 'pagina/3']);
    expect(ps[1]!.url).toMatchObject({
      current: '/obiettivi/pagina/2/',
      prev: '/obiettivi/',
      next: '/obiettivi/pagina/3/',
    });
    expect(ps.map((p) => p.url.current)).toEqual(
      ps.map((p) => urlPagina('/obiettivi/', p.currentPage)),
    );
  });
});

describe('vociNavigazione()', () => {
  test('prima, ultima e due pagine attorno alla corrente, con salti', () => {
    expect(mostra(vociNavigazione(1, 1))).toBe('[1]');
    expect(mostra(vociNavigazione(1, 5))).toBe('[1] 2 3 4 5');
    expect(mostra(vociNavigazione(1, 26))).toBe('[1] 2 3 … 26');
    expect(mostra(vociNavigazione(10, 26))).toBe('1 … 8 9 [10] 11 12 … 26');
    expect(mostra(vociNavigazione(26, 26))).toBe('1 … 24 25 [26]');
  });

  test('un salto non sostituisce mai una pagina sola', () => {
    expect(mostra(vociNavigazione(5, 26))).toBe('1 2 3 4 [5] 6 7 … 26');
    expect(mostra(vociNavigazione(4, 7))).toBe('1 2 3 [4] 5 6 7');
  });

  test('esattamente una voce corrente; numeri crescenti', () => {
    for (let t = 1; t <= 30; t++) {
      for (let c = 1; c <= t; c++) {
        const voci = vociNavigazione(c, t);
        const pag = voci.filter((v) => v.tipo === 'pagina');
        expect(pag.filter((v) => v.corrente).map((v) => v.numero)).toEqual([c]);
        expect(pag.map((v) => v.numero)).toEqual(
          [...pag.map((v) => v.numero)].sort((a, b) => a - b),
        );
        expect(pag[0]!.numero).toBe(1);
        expect(pag.at(-1)!.numero).toBe(t);
      }
    }
  });

  test('fuori intervallo: errore', () => {
    expect(() => vociNavigazione(0, 5)).toThrow(RangeError);
    expect(() => vociNavigazione(6, 5)).toThrow(RangeError);
    expect(() => vociNavigazione(1, 0)).toThrow(RangeError);
  });
});

test('descriviPagina(): in formato italiano', () => {
  const ps = pagine(numeri(12_900), { perPagina: 500 });
  expect(descriviPagina(ps[2]!, 'Obiettivi')).toBe('Obiettivi 1.001–1.500 di 12.900');
  expect(descriviPagina(pagine([])[0]!, 'Obiettivi')).toBe('Obiettivi: nessuno');
  expect(descriviPagina(pagine(numeri(3))[0]!, 'Voci')).toBe('Voci 1–3 di 3');
});

describe('intestazione delle pagine di un indice', () => {
  test('titolo e briciole', () => {
    const indice = {
      nome: 'Programma degli incarichi 2019',
      voce: 'Incarichi',
      url: '/incarichi/',
      home: '/',
    };
    expect(intestazionePaginata({ currentPage: 1, lastPage: 1 }, indice)).toEqual({
      titolo: 'Programma degli incarichi 2019',
      breadcrumbs: [{ label: 'Home', href: '/' }, { label: 'Incarichi' }],
    });
    expect(intestazionePaginata({ currentPage: 2, lastPage: 3 }, indice)).toEqual({
      titolo: 'Programma degli incarichi 2019, pagina 2 di 3',
      breadcrumbs: [
        { label: 'Home', href: '/' },
        { label: 'Incarichi', href: '/incarichi/' },
        { label: 'Pagina 2' },
      ],
    });
  });
});
