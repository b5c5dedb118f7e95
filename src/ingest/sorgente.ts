/**
 * Reading the source document: bytes to lines (rejecting what is not UTF-8 text), a row to its cells,
 * and a cell's number as the document prints it.
 */
import { caratteriInvisibili, senzaInvisibili } from '../dominio/caratteri-invisibili.ts';
import { IngestError } from './errore.ts';

export interface Riga {
  /** 1-based line number. */
  n: number;
  text: string;
  /** Invisible characters (bidi, zero-width, stray CR) removed from this line, by name. */
  invisibili?: string[];
}

/** Decodes the bytes as UTF-8 (BOM and CRLF tolerated) or throws naming the offending line. */
export function leggiRighe(bytes: Uint8Array, file: string): Riga[] {
  if (bytes.length === 0) throw new IngestError(file, 1, 'il file è vuoto');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestError(
      file,
      lineaDelByte(bytes, nul),
      'il file contiene byte NUL: non è un testo (file binario?)',
    );
  }
  let testo: string;
  try {
    testo = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = primoByteNonUtf8(bytes);
    throw new IngestError(
      file,
      lineaDelByte(bytes, at),
      `byte 0x${bytes[at]!.toString(16)} non valido in UTF-8: il file va salvato in UTF-8 (era forse Latin-1?)`,
    );
  }
  return testo.split(/\r?\n/).map((grezzo, i) => {
    const invisibili = caratteriInvisibili(grezzo);
    return invisibili.length
      ? { n: i + 1, text: senzaInvisibili(grezzo), invisibili }
      : { n: i + 1, text: grezzo };
  });
}

function lineaDelByte(bytes: Uint8Array, at: number): number {
  let n = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

function primoByteNonUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length - 1;
}

/** A cell as data: `<b>` emphasis from the PDF conversion removed, whitespace collapsed. Other markup stays, as text. */
export function pulisciCella(cella: string): string {
  return cella
    .replace(/<\/?b>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Longest cell the document may hold: its longest is 2.253 characters (a definition). */
export const MAX_CELLA = 10_000;

/** Splits a tab-separated row into cleaned cells; a cell beyond MAX_CELLA is refused, not published. */
export function celle(riga: Riga, file = ''): string[] {
  return riga.text.split('\t').map((c, i) => {
    if (c.length > MAX_CELLA)
      throw new IngestError(
        file,
        riga.n,
        `colonna ${i + 1}: cella di ${c.length.toLocaleString('it-IT')} caratteri, oltre il massimo di ${MAX_CELLA.toLocaleString('it-IT')}: il testo non è quello del documento (conversione sbagliata?)`,
      );
    return pulisciCella(c);
  });
}

// Numbers as the document prints them: Italian format, `.` for thousands and `,` for decimals.

const ITALIANO = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/** `3.243.614` → 3243614, `14.175,00` → 14175, `-10` → -10; null when the text is not a number. */
export function parseNumeroItaliano(testo: string): number | null {
  const t = testo.trim();
  if (!ITALIANO.test(t)) return null;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

/** Euro amount with exactly two decimals as printed in the programme (`14.175,00`). */
export function parseImporto(testo: string): number | null {
  const t = testo.trim();
  if (!/^(?:\d{1,3}(?:\.\d{3})+|\d+),\d{2}$/.test(t)) return null;
  return parseNumeroItaliano(t);
}
