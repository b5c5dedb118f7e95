// Pagination of the index pages that list every record (obiettivi, indicatori, incarichi, settori,
// responsabili), on Astro's paginate(): Astro slices the list; this module decides the page size, the
// page addresses, the navigation links, the titles and breadcrumbs (layout: IndicePaginato.astro).
// Below the threshold there is one page only, so the real site (a few hundred records) is unchanged:
// page 1 keeps its address (`/obiettivi/`), pages 2… live at `/obiettivi/pagina/2/`.
import type { PaginateFunction } from 'astro';
import { formatNumero } from './formato.ts';
import { url } from './url.ts';

/** Up to this many items an index is one page, as today. */
export const SOGLIA_PAGINAZIONE = 1000;
/** Items per page once an index is paginated: about the size of today's /obiettivi/ page (129 objectives in two views, ~100 KB). */
export const PER_PAGINA = 250;

/** The part of Astro's `Page` these helpers read. */
export interface PaginaIndice {
  /** 1-based page number. */
  currentPage: number;
  /** Number of pages. */
  lastPage: number;
  /** 0-based positions of the page's first and last items in the whole list. */
  start: number;
  end: number;
  /** Items in the whole list. */
  total: number;
}

/**
 * getStaticPaths of a paginated index, with Astro's `paginate()` in a `[...page].astro` route: one
 * page with everything up to `soglia` items, otherwise pages of `perPagina` in the list's order (an
 * empty list is one empty page). Page 1 is the index's own URL and page n lives at `pagina/n/` (as
 * `page.url` says too), so a page number never takes the place of a record id (`/indicatori/2/` is
 * indicator 2).
 */
export function percorsiPaginati<T>(
  paginate: PaginateFunction,
  items: readonly T[],
  { perPagina = PER_PAGINA, soglia = SOGLIA_PAGINAZIONE } = {},
) {
  if (!Number.isInteger(perPagina) || perPagina < 1)
    throw new RangeError(`perPagina deve essere un intero ≥ 1, non ${perPagina}`);
  if (!Number.isInteger(soglia) || soglia < 0)
    throw new RangeError(`soglia deve essere un intero ≥ 0, non ${soglia}`);
  return paginate(items, {
    pageSize: items.length <= soglia ? Number.POSITIVE_INFINITY : perPagina,
    format: (u) => u.replace(/\/(\d+)\/$/, '/pagina/$1/'),
  }).map((r) => ({
    ...r,
    params: { page: r.params.page === undefined ? undefined : `pagina/${r.params.page}` },
  }));
}

/** Address of page `numero` of the index at `base` (`/obiettivi/`): page 1 is the index itself. */
export function urlPagina(base: string, numero: number): string {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`base deve iniziare e finire con "/": "${base}"`);
  if (!Number.isInteger(numero) || numero < 1)
    throw new RangeError(`numero di pagina non valido: ${numero}`);
  return numero === 1 ? base : `${base}pagina/${numero}/`;
}

export type VoceNavigazione =
  { tipo: 'pagina'; numero: number; corrente: boolean } | { tipo: 'salto' };

/**
 * Which page links a navigation shows: the first, the last, and `finestra` pages either side of the
 * current one, with a gap where numbers are skipped. A gap never stands for a single page (that page
 * is shown instead), so the list is as short as it can be without hiding a neighbour.
 */
export function vociNavigazione(corrente: number, totale: number, finestra = 2): VoceNavigazione[] {
  if (!Number.isInteger(totale) || totale < 1)
    throw new RangeError(`totale pagine non valido: ${totale}`);
  if (!Number.isInteger(corrente) || corrente < 1 || corrente > totale)
    throw new RangeError(`pagina ${corrente} fuori da 1…${totale}`);
  const mostrate = new Set<number>([1, totale]);
  for (let n = corrente - finestra; n <= corrente + finestra; n++)
    if (n >= 1 && n <= totale) mostrate.add(n);
  const numeri = [...mostrate].sort((a, b) => a - b);
  const out: VoceNavigazione[] = [];
  let precedente = 0;
  for (const n of numeri) {
    if (n - precedente === 2)
      out.push({ tipo: 'pagina', numero: n - 1, corrente: n - 1 === corrente });
    else if (n - precedente > 2) out.push({ tipo: 'salto' });
    out.push({ tipo: 'pagina', numero: n, corrente: n === corrente });
    precedente = n;
  }
  return out;
}

/** "Elementi 501–1.000 di 12.900" in Italian number format, for the page's heading or status. */
export function descriviPagina(
  p: Pick<PaginaIndice, 'start' | 'end' | 'total'>,
  nome = 'Elementi',
): string {
  const f = formatNumero;
  if (p.total === 0) return `${nome}: nessuno`;
  return `${nome} ${f(p.start + 1)}–${f(p.end + 1)} di ${f(p.total)}`;
}

/** Title and breadcrumbs of one page of an index: "Settori, pagina 2 di 6" › Home › Settori › Pagina 2. */
export function intestazionePaginata(
  pagina: Pick<PaginaIndice, 'currentPage' | 'lastPage'>,
  indice: {
    nome: string;
    url: string;
    /** Address of the home page; the portal's own by default. */
    home?: string;
    /** Breadcrumb label, when shorter than the title. */ voce?: string;
  },
) {
  const voce = indice.voce ?? indice.nome;
  const home = indice.home ?? url.home();
  const titolo =
    pagina.lastPage > 1
      ? `${indice.nome}, pagina ${formatNumero(pagina.currentPage)} di ${formatNumero(pagina.lastPage)}`
      : indice.nome;
  const breadcrumbs =
    pagina.currentPage === 1
      ? [{ label: 'Home', href: home }, { label: voce }]
      : [
          { label: 'Home', href: home },
          { label: voce, href: indice.url },
          { label: `Pagina ${formatNumero(pagina.currentPage)}` },
        ];
  return { titolo, breadcrumbs };
}
