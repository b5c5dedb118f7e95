// What changed between two editions: objectives, indicators and programme lines added, removed and
// changed field by field, and between two plan years a summary (objectives continued, new and ended;
// the programme total by settore year on year). Pure functions over the records of each edition.
//
// Identity of a record across editions:
// - within one plan year, an objective is its code (`C59_0008`): the Comune's codes name the same
//   objective in every variation of that year;
// - an indicator is the pair objective code + indicator code (the same indicator code serves several
//   objectives with different targets: each use is compared on its own);
// - a programme line is year + settore + scheda number, as the document numbers it;
// - across plan years a reused code is a *continued* objective: it is compared by code, but the two
//   years' records stay distinct records (each year's pages are its own).
import type { Incarico, Indicatore, Obiettivo } from '../schemas/index.ts';
import { sommaEuro, ugualiAlCentesimo } from './euro.ts';

/** One field that differs, with its value before and after. */
export interface Modifica {
  campo: string;
  prima: string | number | null;
  dopo: string | number | null;
}

export type TipoCambio = 'aggiunto' | 'rimosso' | 'modificato';

/** A record added, removed or changed between two editions (unchanged records are not listed). */
export interface Cambio<T> {
  tipo: TipoCambio;
  /** The record's identity across editions (see above). */
  chiave: string;
  prima: T | null;
  dopo: T | null;
  /** The fields that differ, in a fixed order; empty for additions and removals. */
  modifiche: Modifica[];
}

/** An indicator as one objective uses it. */
export interface UsoIndicatore {
  obiettivo: string;
  indicatore: Indicatore;
}

export interface Differenze {
  obiettivi: Cambio<Obiettivo>[];
  indicatori: Cambio<UsoIndicatore>[];
  incarichi: Cambio<Incarico>[];
}

/** The records of one edition that a comparison reads. */
export interface RecordEdizione {
  obiettivi: readonly Obiettivo[];
  incarichi: readonly Incarico[];
}

/** A compared field: its name as the change page shows it, and how to read it from a record. */
export type Lettore<T> = [campo: string, valore: (x: T) => string | number | null];

export const CAMPI_OBIETTIVO: Lettore<Obiettivo>[] = [
  ['titolo', (o) => o.titolo],
  ['definizione', (o) => o.definizione],
  ['responsabile', (o) => o.responsabile],
  ['settore', (o) => o.settore],
  ['linea strategica', (o) => o.linea],
];

export const CAMPI_INDICATORE: Lettore<UsoIndicatore>[] = [
  ['titolo', (u) => u.indicatore.titolo],
  ['formula', (u) => u.indicatore.formula],
  ['finalità', (u) => u.indicatore.finalita],
  ['target', (u) => u.indicatore.target],
  ['peso', (u) => u.indicatore.peso],
];

export const CAMPI_INCARICO: Lettore<Incarico>[] = [
  ['attività o progetto', (i) => i.ragione],
  ['dirigente', (i) => i.dirigente],
  ['tipologia', (i) => i.tipologia],
  ['tipologia spesa', (i) => i.tipologiaSpesa],
  ['importo', (i) => i.importo],
  ['corrente', (i) => i.importoCorrente],
  ['vincolata', (i) => i.importoVincolato],
  ['capitolo PEG', (i) => i.capitoloPeg],
];

/** Amounts are equal to the cent, weights and texts exactly. */
function uguali(a: string | number | null, b: string | number | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') return ugualiAlCentesimo(a, b);
  return a === b;
}

/** The fields of `campi` in which two versions of a record differ, in the fields' order. */
export function modifiche<T>(prima: T, dopo: T, campi: readonly Lettore<T>[]): Modifica[] {
  return campi
    .map(([campo, valore]) => ({ campo, prima: valore(prima), dopo: valore(dopo) }))
    .filter((m) => !uguali(m.prima, m.dopo));
}

/** The changes between two lists of records keyed by `chiave`, in the order of the new list then the removed. */
export function confronta<T>(
  prima: readonly T[],
  dopo: readonly T[],
  chiave: (x: T) => string,
  campi: readonly Lettore<T>[],
): Cambio<T>[] {
  const vecchi = new Map(prima.map((x) => [chiave(x), x]));
  const nuovi = new Set<string>();
  const out: Cambio<T>[] = [];
  for (const d of dopo) {
    const k = chiave(d);
    nuovi.add(k);
    const p = vecchi.get(k);
    if (!p) {
      out.push({ tipo: 'aggiunto', chiave: k, prima: null, dopo: d, modifiche: [] });
      continue;
    }
    const m = modifiche(p, d, campi);
    if (m.length) out.push({ tipo: 'modificato', chiave: k, prima: p, dopo: d, modifiche: m });
  }
  for (const [k, p] of vecchi)
    if (!nuovi.has(k))
      out.push({ tipo: 'rimosso', chiave: k, prima: p, dopo: null, modifiche: [] });
  return out;
}

const usi = (obiettivi: readonly Obiettivo[]): UsoIndicatore[] =>
  obiettivi.flatMap((o) => o.indicatori.map((indicatore) => ({ obiettivo: o.codice, indicatore })));

/** What a variation changes, record by record and field by field. */
export function differenze(prima: RecordEdizione, dopo: RecordEdizione): Differenze {
  return {
    obiettivi: confronta(prima.obiettivi, dopo.obiettivi, (o) => o.codice, CAMPI_OBIETTIVO),
    indicatori: confronta(
      usi(prima.obiettivi),
      usi(dopo.obiettivi),
      (u) => `${u.obiettivo}/${u.indicatore.codice}`,
      CAMPI_INDICATORE,
    ),
    incarichi: confronta(
      prima.incarichi,
      dopo.incarichi,
      (i) => `${i.settore}/${i.scheda}`,
      CAMPI_INCARICO,
    ),
  };
}

/** Between two plan years: which objective codes continue, which are new, which ended. */
export interface ContinuitaObiettivi {
  continuati: string[];
  nuovi: string[];
  conclusi: string[];
}

export function continuitaObiettivi(
  prima: readonly Obiettivo[],
  dopo: readonly Obiettivo[],
): ContinuitaObiettivi {
  const a = new Set(prima.map((o) => o.codice));
  const b = new Set(dopo.map((o) => o.codice));
  return {
    continuati: [...b].filter((c) => a.has(c)),
    nuovi: [...b].filter((c) => !a.has(c)),
    conclusi: [...a].filter((c) => !b.has(c)),
  };
}

/** The programme total of each settore in two years, settori of either year, in order of first appearance. */
export function totaliPerSettoreAnnoSuAnno(
  prima: readonly Incarico[],
  dopo: readonly Incarico[],
): { settore: string; prima: number; dopo: number }[] {
  const settori = [...new Set([...prima, ...dopo].map((i) => i.settore))];
  const totale = (xs: readonly Incarico[], s: string) =>
    sommaEuro(xs.filter((i) => i.settore === s).map((i) => i.importo));
  return settori.map((settore) => ({
    settore,
    prima: totale(prima, settore),
    dopo: totale(dopo, settore),
  }));
}
