// Search state as it lives in the URL (`/cerca/?q=pagopa&settore=…`), and query normalisation for codes.

/** Filters a reader can combine; the keys are Pagefind filter names and URL parameters alike. */
export const FILTRI = [
  'tipo',
  'linea',
  'settore',
  'responsabile',
  'area',
  'spesa',
  'soggetto',
  'voce',
] as const;
export type Filtro = (typeof FILTRI)[number];

export const ETICHETTE_FILTRI: Record<Filtro, string> = {
  tipo: 'Tipo di record',
  linea: 'Linea strategica',
  settore: 'Settore',
  responsabile: 'Responsabile',
  area: 'Area',
  spesa: 'Tipologia spesa',
  soggetto: 'Soggetto percettore',
  voce: 'Voce del programma',
};

/** Values of the `tipo` filter, as readers see them. */
export const TIPI = {
  obiettivo: 'Obiettivo',
  incarico: 'Incarico',
  conferito: 'Incarico conferito',
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
  /** Where to search: '' the current edition (default), an edition id, or `tutte`. */
  edizione: string;
}

/** The current edition's index (every unversioned page) and the index of every record version. */
export const INDICE_CORRENTE = '/pagefind/';
export const INDICE_EDIZIONI = '/edizioni/pagefind/';
export const TUTTE_LE_EDIZIONI = 'tutte';

/**
 * The index a search reads and the edition filter it applies: the current edition by default; one
 * edition, or all, in the index of versions (each version once, filtered by the editions that state it).
 */
export function ambitoRicerca(edizione: string): { indice: string; filtro?: string } {
  if (!edizione) return { indice: INDICE_CORRENTE };
  if (edizione === TUTTE_LE_EDIZIONI) return { indice: INDICE_EDIZIONI };
  return { indice: INDICE_EDIZIONI, filtro: edizione };
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
    edizione: params.get('edizione')?.trim() ?? '',
  };
}

export function aUrl(stato: StatoRicerca): string {
  const p = new URLSearchParams();
  if (stato.q) p.set('q', stato.q);
  for (const f of FILTRI) if (stato.filtri[f]) p.set(f, stato.filtri[f]!);
  if (stato.ordina !== 'rilevanza') p.set('ordina', stato.ordina);
  if (stato.edizione) p.set('edizione', stato.edizione);
  const s = p.toString();
  return s ? `?${s}` : '';
}

const CODICE_OBIETTIVO = /^c\s*(\d+?)\s*[_\s-]?\s*(\d{4})$/i;

/**
 * Codes as people type them: `c59_0008`, `C59 0008`, `c59-0008`, `C590008` all become `C59_0008`,
 * the form printed on every objective page. Anything else is left as typed.
 */
export function normalizzaQuery(q: string): string {
  const t = q.trim();
  const m = CODICE_OBIETTIVO.exec(t);
  return m ? `C${m[1]}_${m[2]}` : t;
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

/**
 * The document's abbreviations and what they stand for: a search for one also finds the other
 * ("horizon 2020" finds the lines that say "H2020"). Each group is searched as alternatives and the
 * results merged. Lower case; Pagefind ignores case ("PagoPA", "pagoPA", "PAGOPA" are one word,
 * so they need no entry; "pago pa" is not one either: Pagefind matches the last word as a prefix,
 * and "pa" would find forty pages).
 */
export const SINONIMI: readonly (readonly string[])[] = [
  ['horizon 2020', 'h2020'],
  ['unione europea', 'ue', 'u.e.'],
  ['d.lgs', 'decreto legislativo', 'dlgs'],
  ['sprar', 'sistema di protezione per richiedenti asilo e rifugiati'],
  ['cuc', 'centrale unica di committenza'],
  ['dup', 'documento unico di programmazione'],
  ['peg', 'piano esecutivo di gestione'],
  ['pon', 'programma operativo nazionale'],
  ['ict', "tecnologie dell'informazione e della comunicazione"],
];

/** A letter or digit in any script: a spelling is swapped only as a whole word. */
const LETTERA_O_CIFRA = /[\p{L}\p{N}]/u;

/**
 * Where `forma` first occurs in `testo` as a whole word (no letter or digit just before or after), or
 * -1. No pattern per spelling: a case-insensitive Unicode pattern (`iu` with \p{L}) takes about 10 ms
 * to compile, and the search page compiled all 22 at every search (a 2 s long task on Lighthouse's
 * slowed-down phone, TBT 470 ms). The query is put in lower case instead, as the spellings are.
 */
function parolaIntera(testo: string, forma: string): number {
  for (let i = testo.indexOf(forma); i >= 0; i = testo.indexOf(forma, i + 1)) {
    const prima = [...testo.slice(Math.max(0, i - 2), i)].at(-1) ?? '';
    const dopo = String.fromCodePoint(testo.codePointAt(i + forma.length) ?? 32);
    if (!LETTERA_O_CIFRA.test(prima) && !LETTERA_O_CIFRA.test(dopo)) return i;
  }
  return -1;
}

/** The query and its spellings with each abbreviation swapped for its synonyms, the query first. */
export function alternative(q: string): string[] {
  const esito = [q];
  const minuscola = q.toLowerCase();
  // The rest of the query keeps its case, unless lowering it changed its length
  const base = minuscola.length === q.length ? q : minuscola;
  for (const gruppo of SINONIMI)
    for (const forma of gruppo) {
      const i = parolaIntera(minuscola, forma);
      if (i < 0) continue;
      for (const altra of gruppo)
        if (altra !== forma) esito.push(base.slice(0, i) + altra + base.slice(i + forma.length));
    }
  return [...new Set(esito)];
}

/** The kind shown on a result card: the page's own `tipo`, or the section its URL is in. */
export function tipoDiRisultato(tipo: string | undefined, percorso: string): string {
  if (tipo) return tipo;
  if (percorso.startsWith('/amministrazione-trasparente/')) return 'Amministrazione trasparente';
  if (percorso.startsWith('/normativa/')) return TIPI.normativa;
  return 'Pagina';
}

/** A filter option as the search page lists it: the value Pagefind knows, and the record's id. */
export interface OpzioneFiltro {
  valore: string;
  id?: string;
}

/**
 * A filter value from the URL, checked against the options: the option itself, the option whose
 * id was written instead (`?settore=politiche-sociali`), or unknown, to be reported.
 */
export function risolviFiltro(
  v: string,
  opzioni: readonly OpzioneFiltro[],
): { valore: string; corretto: boolean } | { sconosciuto: string } {
  if (opzioni.some((o) => o.valore === v)) return { valore: v, corretto: false };
  const chiave = v.trim().toLocaleLowerCase('it');
  const trovata = opzioni.find(
    (o) => o.id === chiave || o.valore.toLocaleLowerCase('it') === chiave,
  );
  return trovata ? { valore: trovata.valore, corretto: true } : { sconosciuto: v };
}
