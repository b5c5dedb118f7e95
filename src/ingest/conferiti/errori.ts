/** What is wrong with the office's spreadsheet: every problem names the file, the row and the column. */
import { IngestError } from '../errore.ts';

export interface ErroreFoglio {
  file: string;
  /** Spreadsheet row as the office sees it (the heading row is row 1); absent for the whole file. */
  riga?: number;
  /** Column heading, as the template writes it. */
  colonna?: string;
  messaggio: string;
}

/** `incarichi.xlsx, riga 4, colonna «Compenso previsto»: importo illeggibile "10.000,0x"` */
export function descriviErrore(e: ErroreFoglio): string {
  const dove = [e.file];
  if (e.riga !== undefined) dove.push(`riga ${e.riga}`);
  if (e.colonna !== undefined) dove.push(`colonna «${e.colonna}»`);
  return `${dove.join(', ')}: ${e.messaggio}`;
}

/**
 * The spreadsheet is refused: every problem found, one per line. An IngestError, so that the ingest
 * CLI reports it as it reports every other bad input (`errore: …`, exit 1).
 */
export class FoglioNonValido extends IngestError {
  readonly errori: readonly ErroreFoglio[];
  constructor(errori: readonly ErroreFoglio[]) {
    const primo = errori[0] ?? { file: '?', messaggio: 'foglio non valido' };
    super(primo.file, primo.riga ?? 1, primo.messaggio);
    this.name = 'FoglioNonValido';
    this.errori = errori;
    this.message = errori.map(descriviErrore).join('\n');
  }
}
