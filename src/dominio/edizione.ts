// The edition's facts as the pages and the citations name them.
import type { Edizione } from '../schemas/edizione.ts';

/** An edition as every page names it: `PEG 2019-2021, secondo provvedimento di variazione`. */
export function nomeEdizione(e: Pick<Edizione, 'triennio' | 'denominazione'>): string {
  return `PEG ${e.triennio}, ${e.denominazione}`;
}

/** The source document as a citation names it: the edition's name. */
export const documentoSorgente = nomeEdizione;
