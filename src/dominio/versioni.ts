// The versions of a record across editions. A version is the record as one or more consecutive
// editions state it; a version unchanged by a variation is the same version (rendered once, at the
// permalink of the edition that first stated it), and a record missing from a later edition is no
// longer in force from that edition on. Pure functions over the editions' records, oldest first.
import { modifiche, type Lettore } from './confronto.ts';

/** An edition's records, as the history reads them. */
export interface RecordDiEdizione<T> {
  /** Id of the edition (`2019-variazione-2`). */
  edizione: string;
  record: readonly T[];
}

/** One version of a record. */
export interface Versione<T> {
  /** The record as the first edition of this version states it (its provenance is into that edition's text). */
  record: T;
  /** The edition that first stated this version: its permalink's edition. */
  edizione: string;
  /** Every edition that states exactly this version, oldest first. */
  edizioni: string[];
}

/** Every version of one record, oldest first. */
export interface Storia<T> {
  chiave: string;
  versioni: Versione<T>[];
  /** The first edition after the record's last appearance, or null when the latest edition states it. */
  nonInVigoreDa: string | null;
}

/**
 * The history of every record across `edizioni` (oldest first): records with the same `chiave` in
 * consecutive editions are one version while no field of `campi` differs. A record that comes back
 * after an absence starts a new version.
 */
export function storie<T>(
  edizioni: readonly RecordDiEdizione<T>[],
  chiave: (x: T) => string,
  campi: readonly Lettore<T>[],
): Map<string, Storia<T>> {
  const out = new Map<string, Storia<T>>();
  /** Keys stated by the previous edition. */
  let precedenti = new Set<string>();
  for (const { edizione, record } of edizioni) {
    const presenti = new Set<string>();
    for (const r of record) {
      const k = chiave(r);
      presenti.add(k);
      let s = out.get(k);
      if (!s) {
        s = { chiave: k, versioni: [], nonInVigoreDa: null };
        out.set(k, s);
      }
      const ultima = s.versioni.at(-1);
      if (ultima && precedenti.has(k) && modifiche(ultima.record, r, campi).length === 0) {
        ultima.edizioni.push(edizione);
      } else {
        s.versioni.push({ record: r, edizione, edizioni: [edizione] });
      }
      s.nonInVigoreDa = null;
    }
    for (const k of precedenti) {
      const s = out.get(k)!;
      if (!presenti.has(k) && s.nonInVigoreDa === null) s.nonInVigoreDa = edizione;
    }
    precedenti = presenti;
  }
  return out;
}

/** How many distinct versions the histories hold: the record pages a build renders. */
export function numeroVersioni(s: ReadonlyMap<string, Storia<unknown>>): number {
  let n = 0;
  for (const x of s.values()) n += x.versioni.length;
  return n;
}
