// The pagination helper for the index pages (src/lib/paginazione.ts): no pagination below the
// threshold, so the real site is unchanged; stable slices and addresses above it.
import { describe, expect, test } from 'vitest';
import {
  PER_PAGINA,
  SOGLIA_PAGINAZIONE,
  descriviPagina,
  intestazionePaginata,
  numeroDaParametro,
  pagine,
  parametroPagina,
  percorsiPaginati,
  urlPagina,
  vociNavigazione,
  type VoceNavigazione,
} from '../../src/lib/paginazione.ts';
import { tipoPagina } from '../../scripts/bench/analisi.ts';

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
      expect(ps[0]!.elementi).toHaveLength(n);
      expect(ps[0]!.totale).toBe(1);
      expect(ps[0]!.elementiTotali).toBe(n);
    }
    expect(pagine([])[0]).toMatchObject({ numero: 1, primo: 0, ultimo: 0 });
  });

  test("sopra la soglia: fette consecutive di PER_PAGINA, nell'ordine, senza perdere né ripetere nulla", () => {
    const xs = numeri(12_900);
    const ps = pagine(xs);
    expect(ps).toHaveLength(Math.ceil(12_900 / PER_PAGINA));
    expect(ps.flatMap((p) => p.elementi)).toEqual(xs);
    expect(ps.every((p, i) => p.numero === i + 1 && p.totale === ps.length)).toBe(true);
    expect(ps.slice(0, -1).every((p) => p.elementi.length === PER_PAGINA)).toBe(true);
    expect(ps[1]).toMatchObject({
      primo: PER_PAGINA + 1,
      ultimo: 2 * PER_PAGINA,
      elementiTotali: 12_900,
    });
    expect(ps.at(-1)!.ultimo).toBe(12_900);
  });

  test('opzioni: perPagina e soglia; valori non validi rifiutati', () => {
    expect(pagine(numeri(10), { perPagina: 3, soglia: 5 }).map((p) => p.elementi)).toEqual([
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

  test('parametro di rotta: dalla pagina 2, canonico', () => {
    expect(parametroPagina(2)).toBe('2');
    expect(() => parametroPagina(1)).toThrow(RangeError);
    expect(numeroDaParametro('2')).toBe(2);
    expect(numeroDaParametro('26')).toBe(26);
    for (const p of ['1', '0', '02', '-2', '2.0', 'x', '', undefined])
      expect(numeroDaParametro(p), String(p)).toBeNull();
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
});

describe('intestazione e percorsi delle pagine di un indice', () => {
  test("pagina 1 all'indirizzo dell'indice, le altre a pagina/N", () => {
    const percorsi = percorsiPaginati(
      Array.from({ length: 45 }, (_, i) => i),
      { soglia: 10, perPagina: 20 },
    );
    expect(percorsi.map((x) => x.params.pagina)).toEqual([undefined, 'pagina/2', 'pagina/3']);
    expect(percorsi[2]!.props.pagina.elementi).toEqual([40, 41, 42, 43, 44]);
  });
  test('titolo e briciole', () => {
    const indice = {
      nome: 'Programma degli incarichi 2019',
      voce: 'Incarichi',
      url: '/incarichi/',
      home: '/',
    };
    expect(intestazionePaginata({ numero: 1, totale: 1 }, indice)).toEqual({
      titolo: 'Programma degli incarichi 2019',
      breadcrumbs: [{ label: 'Home', href: '/' }, { label: 'Incarichi' }],
    });
    expect(intestazionePaginata({ numero: 2, totale: 3 }, indice)).toEqual({
      titolo: 'Programma degli incarichi 2019, pagina 2 di 3',
      breadcrumbs: [
        { label: 'Home', href: '/' },
        { label: 'Incarichi', href: '/incarichi/' },
        { label: 'Pagina 2' },
      ],
    });
  });
});

describe('il bench classifica le pagine per tipo', () => {
  test('le pagine successive di un indice non sono pagine di record', () => {
    expect(tipoPagina('obiettivi/c59-0008/index.html')).toBe('obiettivi');
    expect(tipoPagina('obiettivi/index.html')).toBe('obiettivi/');
    expect(tipoPagina('obiettivi/pagina/3/index.html')).toBe('obiettivi/');
    expect(tipoPagina('index.html')).toBe('/');
  });
});
