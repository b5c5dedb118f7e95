// The programme of engagements: totals of a set of lines, a settore's total and share, what conferred
// engagements commit of a line, and the ceiling check. Pure functions over the records.
import type { Incarico, IncaricoConferito } from '../schemas/index.ts';
import { compensoMassimo, quota, sommaEuro, superaAlCentesimo } from './euro.ts';
import { gruppo } from './indici.ts';

/** Totals of a set of programme lines. */
export interface Totali {
  importo: number;
  corrente: number;
  vincolata: number;
  numero: number;
}

export function totali(incarichi: readonly Incarico[]): Totali {
  return {
    importo: sommaEuro(incarichi.map((i) => i.importo)),
    corrente: sommaEuro(incarichi.map((i) => i.importoCorrente)),
    vincolata: sommaEuro(incarichi.map((i) => i.importoVincolato)),
    numero: incarichi.length,
  };
}

/** The lines of one settore (in the programme's order) with their totals. */
export function totaliSettore(
  incarichi: readonly Incarico[],
  settore: string,
): { incarichi: Incarico[]; totali: Totali } {
  const proprie = gruppo(incarichi, 'settore', settore);
  return { incarichi: proprie, totali: totali(proprie) };
}

/** A settore's total as a fraction (0–1) of the whole programme's. */
export function quotaSettoreNelProgramma(incarichi: readonly Incarico[], settore: string): number {
  return quota(totaliSettore(incarichi, settore).totali.importo, totali(incarichi).importo);
}

/** A programme line's share of its settore's total, as a fraction (0–1). */
export function quotaNelSettore(
  incarichi: readonly Incarico[],
  i: Incarico,
): { totaleSettore: number; quota: number } {
  const totaleSettore = totaliSettore(incarichi, i.settore).totali.importo;
  return { totaleSettore, quota: quota(i.importo, totaleSettore) };
}

/** What a set of conferred engagements commits: each one's expected fee plus its variable part. */
export function impegnato(conferiti: readonly IncaricoConferito[]): number {
  return sommaEuro(conferiti.map(compensoMassimo));
}

/** Fails the build when conferred engagements exceed the ceiling of their programme line. */
export function controllaTetti(
  incarichi: readonly Incarico[],
  conferiti: readonly IncaricoConferito[],
): void {
  const perId = new Map(incarichi.map((i) => [i.id, i]));
  for (const c of conferiti) {
    if (!perId.has(c.incarico)) {
      throw new Error(
        `Incarico conferito "${c.id}": la voce di programma "${c.incarico}" non esiste in content/data/incarichi.json`,
      );
    }
  }
  for (const i of incarichi) {
    const su = gruppo(conferiti, 'incarico', i.id);
    const somma = impegnato(su);
    if (superaAlCentesimo(somma, i.importo)) {
      throw new Error(
        `Gli incarichi conferiti sulla voce "${i.id}" (${su.map((c) => c.id).join(', ')}) impegnano ${somma.toFixed(2)} euro, oltre il tetto di ${i.importo.toFixed(2)} euro del programma`,
      );
    }
  }
}
