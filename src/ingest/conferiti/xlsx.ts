/**
 * The office's spreadsheet saved as XLSX: the first sheet, each cell as the spreadsheet holds it
 * (text, number cell, date cell). The reading is read-excel-file's.
 */
import { readSheet } from 'read-excel-file/node';
import { FoglioNonValido } from './errori.ts';
import { tabellaDaRighe, type Cella, type Tabella } from './tabella.ts';

export async function leggiXlsx(byte: Uint8Array, file: string): Promise<Tabella> {
  let righe: unknown[][];
  try {
    righe = (await readSheet(Buffer.from(byte.buffer, byte.byteOffset, byte.byteLength), 1, {
      trim: false,
    })) as unknown[][];
  } catch (e) {
    throw new FoglioNonValido([
      {
        file,
        messaggio: `il file non è un foglio XLSX leggibile (${(e as Error).message}): salvarlo dal foglio di calcolo come «Cartella di lavoro Excel (.xlsx)»`,
      },
    ]);
  }
  return tabellaDaRighe(
    file,
    righe.map((r) => r.map(cella)),
  );
}

function cella(v: unknown): Cella {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'VERO' : 'FALSO';
  return String(v);
}
