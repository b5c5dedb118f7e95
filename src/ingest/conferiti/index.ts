/**
 * The office's spreadsheet of conferred engagements (art. 15 D.Lgs. 33/2013), CSV or XLSX, read into
 * validated records. `leggiFoglio` is the one entry point; it throws FoglioNonValido (an
 * IngestError) listing every problem, and returns nothing from a spreadsheet with an error.
 */
import { extname } from 'node:path';
import { leggiCsv } from './csv.ts';
import { FoglioNonValido } from './errori.ts';
import { conferitiDaTabella, type ConferitoDalFoglio, type ContestoConferiti } from './righe.ts';
import type { Tabella } from './tabella.ts';
import { leggiXlsx } from './xlsx.ts';

export { COLONNE, type Colonna } from './colonne.ts';
export { FoglioNonValido, descriviErrore, type ErroreFoglio } from './errori.ts';
export {
  conferitiDaTabella,
  contestoConferiti,
  type ConferitoDalFoglio,
  type ContestoConferiti,
} from './righe.ts';
export { leggiCsv } from './csv.ts';
export { leggiXlsx } from './xlsx.ts';

/** The extensions a spreadsheet of conferred engagements may have. */
export const ESTENSIONI_FOGLIO = ['.csv', '.xlsx'] as const;

/** Reads a sheet by its extension (`.csv` or `.xlsx`), without checking the rows. */
export async function leggiTabella(byte: Uint8Array, file: string): Promise<Tabella> {
  const estensione = extname(file).toLowerCase();
  if (estensione === '.csv') return leggiCsv(byte, file);
  if (estensione === '.xlsx') return leggiXlsx(byte, file);
  throw new FoglioNonValido([
    {
      file,
      messaggio: `formato non riconosciuto "${estensione}": il foglio va salvato come .csv o .xlsx`,
    },
  ]);
}

/** The engagements of a spreadsheet, checked against the programme and the record's schema. */
export async function leggiFoglio(
  byte: Uint8Array,
  file: string,
  contesto: ContestoConferiti,
): Promise<ConferitoDalFoglio[]> {
  return conferitiDaTabella(await leggiTabella(byte, file), contesto);
}
