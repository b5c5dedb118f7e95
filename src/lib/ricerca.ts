// Search state as it lives in the URL (`/cerca/?q=pagopa&settore=…`), and query normalisation for codes.

/** Filters a reader can combine; the keys are Pagefind filter names and URL parameters alike. */
export const FILTRI = ['tipo', 'linea', 'settore', 'responsabile', 'area', 'spesa'] as const;
export type Filtro = (typeof FILTRI)[number];

export const ETICHETTE_FILTRI: Record<Filtro, string> = {
  tipo: 'Tipo di record',
  linea: 'Linea strategica',
  settore: 'Settore',
  responsabile: 'Responsabile',
  area: 'Area',
  spesa: 'Tipologia spesa',
};

/** Values of the `tipo` filter, as readers see them. */
export const TIPI = {
  obiettivo: 'Obiettivo',
  incarico: 'Incarico',
  normativa: 'Pagina normativa',
  settore: 'Settore',
  responsabile: 'Responsabile',
  area: 'Area',
  linea: 'Linea strategica',
} as const;

export type Ordinamento = 'rilevanza' | 'importo-desc' | 'importo-asc';

export interface StatoRicerca {
  q: string;
  filtri: Partial<Record<Filtro, string>>;
  ordina: Ordinamento;
}

export function daUrl(params: URLSearchParams): StatoRicerca {
  const filtri: Partial<Record<Filtro, string>> = {};
  for (const f of FILTRI) {
    const v = params.get(f);
    if (v) filtri[f] = v;
  }
  const o = params.get('ordina');
  return {
    q: params.get('q')?.trim() ?? '',
    filtri,
    ordina: o === 'importo-desc' || o === 'importo-asc' ? o : 'rilevanza',
  };
}

export function aUrl(stato: StatoRicerca): string {
  const p = new URLSearchParams();
  if (stato.q) p.set('q', stato.q);
  for (const f of FILTRI) if (stato.filtri[f]) p.set(f, stato.filtri[f]!);
  if (stato.ordina !== 'rilevanza') p.set('ordina', stato.ordina);
  const s = p.toString();
  return s ? `?${s}` : '';
}

const CODICE_OBIETTIVO = /^c\s*(\d+)\s*[_\s-]\s*(\d+)$/i;

/**
 * Codes as people type them: `c59_0008`, `C59 0008`, `c59-0008` all become `C59_0008`,
 * the form indexed on every objective page. Anything else is left as typed.
 */
export function normalizzaQuery(q: string): string {
  const t = q.trim();
  const m = CODICE_OBIETTIVO.exec(t);
  return m ? `C${m[1]}_${m[2]}` : t;
}

/** The code of an objective in every spelling readers may search for, for the index. */
export function varianti(codice: string): string[] {
  const m = /^C(\d+)_(\d+)$/.exec(codice);
  if (!m) return [codice];
  return [codice, `C${m[1]} ${m[2]}`, `C${m[1]}${m[2]}`];
}

/** A Pagefind anchor: an element with an id inside the indexed text, at a word position. */
export interface Ancora {
  id: string;
  location: number;
}

const ANCORA_INDICATORE = /^indicatore-(\d+)$/;

/**
 * The indicators whose row on an objective page holds a matched word. Each row of the indicator
 * table is an anchor (`indicatore-1495`); a word belongs to the last anchor before it. Codes in table
 * order, once each.
 */
export function indicatoriTrovati(ancore: Ancora[], posizioni: number[]): string[] {
  const ordinate = [...ancore].sort((a, b) => a.location - b.location);
  const trovati = new Set<string>();
  for (const p of posizioni) {
    let ultima: Ancora | undefined;
    for (const a of ordinate) {
      if (a.location > p) break;
      ultima = a;
    }
    const codice = ultima && ANCORA_INDICATORE.exec(ultima.id)?.[1];
    if (codice) trovati.add(codice);
  }
  return ordinate.flatMap((a) => {
    const codice = ANCORA_INDICATORE.exec(a.id)?.[1];
    return codice && trovati.has(codice) ? [codice] : [];
  });
}
