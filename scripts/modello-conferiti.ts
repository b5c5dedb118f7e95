/**
 * `node scripts/modello-conferiti.ts <cartella>`: writes the template of the spreadsheet of conferred
 * engagements into the folder: `modello-incarichi-conferiti.csv` (`;`, BOM), `.xlsx` (headings on
 * the first sheet, instructions on a second one) and `-istruzioni.txt`. All derive from
 * src/ingest/conferiti/colonne.ts; no LibreOffice is needed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import {
  intestazioniModello,
  istruzioniModello,
  modelloCsv,
  NOME_MODELLO,
} from '../src/ingest/conferiti/modello.ts';

const cartella = process.argv[2];
if (!cartella) {
  console.error('uso: node scripts/modello-conferiti.ts <cartella>');
  process.exit(2);
}

await mkdir(cartella, { recursive: true });
const csv = join(cartella, `${NOME_MODELLO}.csv`);
const xlsx = join(cartella, `${NOME_MODELLO}.xlsx`);
const txt = join(cartella, `${NOME_MODELLO}-istruzioni.txt`);

await writeFile(csv, modelloCsv(), 'utf8');
await writeFile(txt, `\uFEFF${istruzioniModello()}`, 'utf8');
const intestazioni = intestazioniModello();
const buffer = await writeXlsxFile([
  {
    sheet: 'Incarichi conferiti',
    data: [intestazioni.map((value) => ({ value, fontWeight: 'bold' as const, wrap: true }))],
    columns: intestazioni.map((h) => ({ width: Math.max(14, Math.min(40, h.length + 2)) })),
    stickyRowsCount: 1,
  },
  {
    sheet: 'Istruzioni',
    data: istruzioniModello()
      .split('\r\n')
      .map((riga) => [{ value: riga }]),
    columns: [{ width: 110 }],
  },
]).toBuffer();
await writeFile(xlsx, buffer);
for (const f of [csv, xlsx, txt]) console.log(`scritto ${f}`);
