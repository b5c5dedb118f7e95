// Italian labels for coded values shown on record pages.
import type { TipologiaSpesa } from '../../schemas/index.ts';

/** Label of a tipologia spesa as the programme's column headings name it. */
export const tipologiaSpesa: Record<TipologiaSpesa, string> = {
  corrente: 'Corrente/straordinaria',
  vincolata: 'Vincolata',
  mista: 'In parte corrente, in parte vincolata',
};

/** `1 obiettivo` / `3 obiettivi`. */
export function conta(n: number, singolare: string, plurale: string): string {
  return `${n} ${n === 1 ? singolare : plurale}`;
}
