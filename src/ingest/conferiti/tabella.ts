/** A sheet as the readers hand it on: the heading row and the data rows, each with its row number. */

/** A cell as the spreadsheet shows it: text, a number cell, a date cell, or nothing. */
export type Cella = string | number | Date | null;

export interface RigaTabella {
  /** Row number as the office sees it in the spreadsheet program (the heading row is row 1). */
  numero: number;
  celle: Cella[];
}

export interface Tabella {
  /** File name as the office knows it, used in every message. */
  file: string;
  intestazioni: Cella[];
  /** Data rows; rows with every cell empty (such as trailing empty rows) are left out. */
  righe: RigaTabella[];
}

export function cellaVuota(c: Cella | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** Builds the table from rows in sheet order (first = headings), dropping the empty rows. */
export function tabellaDaRighe(file: string, righe: Cella[][]): Tabella {
  const [intestazioni = [], ...dati] = righe;
  return {
    file,
    intestazioni,
    righe: dati
      .map((celle, i) => ({ numero: i + 2, celle }))
      .filter((r) => !r.celle.every((c) => cellaVuota(c))),
  };
}
