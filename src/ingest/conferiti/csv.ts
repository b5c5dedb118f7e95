/**
 * The office's spreadsheet saved as CSV, as a spreadsheet program or the national register's export
 * writes it: `;` or `,` (told from the heading row), UTF-8 with or without BOM, RFC 4180 quoting
 * (embedded separators, newlines and doubled quotes), CRLF or LF. The parsing is csv-parse's.
 */
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { FoglioNonValido } from './errori.ts';
import { tabellaDaRighe, type Tabella } from './tabella.ts';

export type Separatore = ';' | ',';

/** Reads the bytes of a CSV file into a table; a file that is not UTF-8 or not CSV is refused. */
export function leggiCsv(byte: Uint8Array, file: string): Tabella {
  const testo = decodificaUtf8(byte, file);
  const separatore = separatoreDi(testo);
  let righe: string[][];
  try {
    righe = parse(testo, {
      delimiter: separatore,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    if (e instanceof CsvError) {
      const riga = typeof e.records === 'number' ? e.records + 1 : undefined;
      throw new FoglioNonValido([{ file, riga, messaggio: spiegaErroreCsv(e.code) }]);
    }
    throw e;
  }
  return tabellaDaRighe(file, righe);
}

/** `;` or `,`: whichever appears more often in the heading row, outside quotes (`;` on a tie). */
export function separatoreDi(testo: string): Separatore {
  let puntiEVirgola = 0;
  let virgole = 0;
  let tra = false;
  for (const ch of testo) {
    if (ch === '"') tra = !tra;
    else if (!tra && (ch === '\n' || ch === '\r')) break;
    else if (!tra && ch === ';') puntiEVirgola++;
    else if (!tra && ch === ',') virgole++;
  }
  return virgole > puntiEVirgola ? ',' : ';';
}

/** The text without its BOM; bytes that are not UTF-8 are refused naming the row they are on. */
function decodificaUtf8(byte: Uint8Array, file: string): string {
  const inizio = byte[0] === 0xef && byte[1] === 0xbb && byte[2] === 0xbf ? 3 : 0;
  const corpo = byte.subarray(inizio);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(corpo);
  } catch {
    const pos = primoByteNonUtf8(corpo);
    const prima = new TextDecoder('utf-8').decode(corpo.subarray(0, pos));
    throw new FoglioNonValido([
      {
        file,
        riga: rigaDelFoglio(prima),
        messaggio: `il file non è in UTF-8 (byte 0x${corpo[pos]!.toString(16).toUpperCase().padStart(2, '0')} non valido): salvarlo dal foglio di calcolo come «CSV UTF-8»`,
      },
    ]);
  }
}

/** Spreadsheet row of the text's end: newlines outside quotes, plus one. */
function rigaDelFoglio(testo: string): number {
  let riga = 1;
  let tra = false;
  for (const ch of testo) {
    if (ch === '"') tra = !tra;
    else if (ch === '\n' && !tra) riga++;
  }
  return riga;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function primoByteNonUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    const lunghezza =
      x < 0x80
        ? 1
        : x >= 0xc2 && x <= 0xdf
          ? 2
          : x >= 0xe0 && x <= 0xef
            ? 3
            : x >= 0xf0 && x <= 0xf4
              ? 4
              : 0;
    if (lunghezza === 0) return i;
    for (let k = 1; k < lunghezza; k++) {
      const y = b[i + k];
      if (y === undefined || (y & 0xc0) !== 0x80) return i;
    }
    const enc = new TextDecoder('utf-8', { fatal: true });
    try {
      enc.decode(b.subarray(i, i + lunghezza));
    } catch {
      return i; // overlong or surrogate sequences
    }
    i += lunghezza;
  }
  return b.length;
}

function spiegaErroreCsv(codice: string): string {
  switch (codice) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'virgolette aperte e mai chiuse: ogni cella che comincia con " deve finire con "';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return 'virgolette nel mezzo di una cella: una cella che contiene " va racchiusa tra virgolette e le sue " raddoppiate ("")';
    default:
      return `il file non è un CSV leggibile (${codice})`;
  }
}
