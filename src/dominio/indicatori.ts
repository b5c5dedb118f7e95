// Indicator codes and the objectives that use them: one code may serve several objectives.
import type { Indicatore, Obiettivo } from '../schemas/index.ts';

/** One use of an indicator code by an objective. */
export interface UsoIndicatore {
  obiettivo: Obiettivo;
  indicatore: Indicatore;
}

/** Uses of every indicator code, codes in numeric order, uses in the objectives' order. */
export function usiPerCodice(obiettivi: readonly Obiettivo[]): [string, UsoIndicatore[]][] {
  const perCodice = new Map<string, UsoIndicatore[]>();
  for (const obiettivo of obiettivi)
    for (const indicatore of obiettivo.indicatori) {
      const usi = perCodice.get(indicatore.codice);
      if (usi) usi.push({ obiettivo, indicatore });
      else perCodice.set(indicatore.codice, [{ obiettivo, indicatore }]);
    }
  return [...perCodice].sort((a, b) => Number(a[0]) - Number(b[0]));
}

/** Every distinct title an indicator code carries across its uses, in order of first use. */
export function titoliIndicatore(c: { usi: readonly UsoIndicatore[] }): string[] {
  return [...new Set(c.usi.map((u) => u.indicatore.titolo))];
}

/** Number of distinct objectives using an indicator code. */
export function numeroObiettivi(c: { usi: readonly UsoIndicatore[] }): number {
  return new Set(c.usi.map((u) => u.obiettivo.id)).size;
}
