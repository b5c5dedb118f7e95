// Pure computations on programme lines: totals and the ceiling check for conferred engagements.
import { sommaEuro } from '../ingest/numeri.ts';
import { gruppo } from './indici.ts';
import type { Incarico, IncaricoConferito } from '../schemas/index.ts';

/** Totals of a set of programme lines. */
export interface Totali {
  importo: number;
  corrente: number;
  vincolata: number;
  numero: number;
}

export function totali(incarichi: Incarico[]): Totali {
  return {
    importo: sommaEuro(incarichi.map((i) => i.importo)),
    corrente: sommaEuro(incarichi.map((i) => i.importoCorrente)),
    vincolata: sommaEuro(incarichi.map((i) => i.importoVincolato)),
    numero: incarichi.length,
  };
}

/** Fails the build when conferred engagements exceed the ceiling of their programme line. */
export function controllaTetti(incarichi: Incarico[], conferiti: IncaricoConferito[]): void {
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
    const impegnato = sommaEuro(su.map((c) => c.compensoPrevisto + c.compensoVariabile));
    if (Math.round(impegnato * 100) > Math.round(i.importo * 100)) {
      throw new Error(
        `Gli incarichi conferiti sulla voce "${i.id}" (${su.map((c) => c.id).join(', ')}) impegnano ${impegnato.toFixed(2)} euro, oltre il tetto di ${i.importo.toFixed(2)} euro del programma`,
      );
    }
  }
}
