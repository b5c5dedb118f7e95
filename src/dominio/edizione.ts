// The edition's facts as the pages and the citations name them.
import type { Edizione } from '../schemas/edizione.ts';

/** `primo` … `decimo`: how the document counts its variations. */
export const ORDINALI = [
  'primo',
  'secondo',
  'terzo',
  'quarto',
  'quinto',
  'sesto',
  'settimo',
  'ottavo',
  'nono',
  'decimo',
];
export const ORDINALI_FEMMINILI = ORDINALI.map((o) => o.replace(/o$/, 'a'));

/** An edition as every page names it: `PEG 2019-2021, secondo provvedimento di variazione`. */
export function nomeEdizione(e: Pick<Edizione, 'triennio' | 'denominazione'>): string {
  return `PEG ${e.triennio}, ${e.denominazione}`;
}

/** The source document as a citation names it: the edition's name. */
export const documentoSorgente = nomeEdizione;

/** The edition in a citation's few words: `seconda variazione`, `variazione n. 12`, `piano approvato`. */
export function variazioneBreve(e: Pick<Edizione, 'variazione'>): string {
  if (e.variazione === 0) return 'piano approvato';
  const o = ORDINALI_FEMMINILI[e.variazione - 1];
  return o ? `${o} variazione` : `variazione n. ${e.variazione}`;
}
