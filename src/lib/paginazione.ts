// Pagination of the index pages that list every record (obiettivi, indicatori, incarichi, settori,
// responsabili). Pure functions, no Astro: the pages decide the routes, this decides the slices.
// Below the threshold there is one page only, so the real site (a few hundred records) is unchanged:
// page 1 keeps its address (`/obiettivi/`), pages 2… live at `/obiettivi/pagina/2/`.
import { formatNumero } from './formato.ts';
import { url } from './url.ts';

/** Up to this many items an index is one page, as today. */
export const SOGLIA_PAGINAZIONE = 1000;
/** Items per page once an index is paginated: about the size of today's /obiettivi/ page (129 objectives in two views, ~100 KB). */
export const PER_PAGINA = 250;

export interface Pagina<T> {
  /** 1-based page number. */
  numero: number;
  /** Number of pages. */
  totale: number;
  elementi: T[];
  /** 1-based position of the first and last item of the page in the whole list (0 and 0 if empty). */
  primo: number;
  ultimo: number;
  /** Items in the whole list. */
  elementiTotali: number;
}

export interface OpzioniPaginazione {
  perPagina?: number;
  soglia?: number;
}

/**
 * The pages of a list: one page with everything when `items.length <= soglia`, otherwise slices of
 * `perPagina` in the list's order. Always at least one page (an empty list is one empty page).
 */
export function pagine<T>(items: readonly T[], opzioni: OpzioniPaginazione = {}): Pagina<T>[] {
  const perPagina = opzioni.perPagina ?? PER_PAGINA;
  const soglia = opzioni.soglia ?? SOGLIA_PAGINAZIONE;
  if (!Number.isInteger(perPagina) || perPagina < 1)
    throw new RangeError(`perPagina deve essere un intero ≥ 1, non ${perPagina}`);
  if (!Number.isInteger(soglia) || soglia < 0)
    throw new RangeError(`soglia deve essere un intero ≥ 0, non ${soglia}`);
  const n = items.length;
  const dimensione = n <= soglia ? Math.max(n, 1) : perPagina;
  const totale = Math.max(1, Math.ceil(n / dimensione));
  const out: Pagina<T>[] = [];
  for (let i = 0; i < totale; i++) {
    const elementi = items.slice(i * dimensione, (i + 1) * dimensione);
    out.push({
      numero: i + 1,
      totale,
      elementi,
      primo: elementi.length ? i * dimensione + 1 : 0,
      ultimo: elementi.length ? i * dimensione + elementi.length : 0,
      elementiTotali: n,
    });
  }
  return out;
}

/** Address of page `numero` of the index at `base` (`/obiettivi/`): page 1 is the index itself. */
export function urlPagina(base: string, numero: number): string {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`base deve iniziare e finire con "/": "${base}"`);
  if (!Number.isInteger(numero) || numero < 1)
    throw new RangeError(`numero di pagina non valido: ${numero}`);
  return numero === 1 ? base : `${base}pagina/${numero}/`;
}

/**
 * The route parameter of page `numero` for a `pagina/[pagina].astro` route: pages from 2 only (page 1
 * is the index). For getStaticPaths: `pagine(xs).filter((p) => p.numero > 1).map((p) => ({ params:
 * { pagina: parametroPagina(p.numero) }, props: { pagina: p } }))`.
 */
export function parametroPagina(numero: number): string {
  if (!Number.isInteger(numero) || numero < 2)
    throw new RangeError(`le pagine numerate partono da 2, non ${numero}`);
  return String(numero);
}

/** `'2'` → 2; anything that is not a canonical page number from 2 on (`'1'`, `'02'`, `'x'`) → null. */
export function numeroDaParametro(parametro: string | undefined): number | null {
  if (parametro === undefined || !/^[1-9]\d*$/.test(parametro)) return null;
  const n = Number(parametro);
  return n >= 2 && Number.isSafeInteger(n) ? n : null;
}

/** A page link to show, or a gap (`…`) between non-adjacent ones. */
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
  p: Pick<Pagina<unknown>, 'primo' | 'ultimo' | 'elementiTotali'>,
  nome = 'Elementi',
): string {
  const f = formatNumero;
  if (p.elementiTotali === 0) return `${nome}: nessuno`;
  return `${nome} ${f(p.primo)}–${f(p.ultimo)} di ${f(p.elementiTotali)}`;
}

/** getStaticPaths entries for a paginated index: page 1 at the index's own URL, then `pagina/N`. */
export function percorsiPaginati<T>(items: readonly T[], opzioni: OpzioniPaginazione = {}) {
  return pagine(items, opzioni).map((pagina) => ({
    params: {
      pagina: pagina.numero === 1 ? undefined : `pagina/${parametroPagina(pagina.numero)}`,
    },
    props: { pagina },
  }));
}

/** Title and breadcrumbs of one page of an index: "Settori, pagina 2 di 6" › Home › Settori › Pagina 2. */
export function intestazionePaginata(
  pagina: Pick<Pagina<unknown>, 'numero' | 'totale'>,
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
    pagina.totale > 1
      ? `${indice.nome}, pagina ${formatNumero(pagina.numero)} di ${formatNumero(pagina.totale)}`
      : indice.nome;
  const breadcrumbs =
    pagina.numero === 1
      ? [{ label: 'Home', href: home }, { label: voce }]
      : [
          { label: 'Home', href: home },
          { label: voce, href: indice.url },
          { label: `Pagina ${formatNumero(pagina.numero)}` },
        ];
  return { titolo, breadcrumbs };
}
