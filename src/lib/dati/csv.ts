// CSV writing for the open-data downloads: UTF-8, RFC 4180, CRLF, header row, formula-injection guard.

/** A cell value as the datasets produce it; `null` becomes an empty cell. */
export type Valore = string | number | boolean | null;

/** How a column's numbers are written: amounts always with two decimals, other numbers as they are. */
export type FormatoNumero = 'importo' | 'numero';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const INIZIO_FORMULA = /^[=+\-@\t\r]/;

/**
 * Guards a text cell against formula injection: a cell starting with `=`, `+`, `-`, `@`, tab or CR
 * gets a leading `'`, which spreadsheets show as text. Applies to text only: numbers are never prefixed,
 * so a target printed as `-10` reads `'-10` in the text column and `-10` in the numeric one.
 */
export function neutralizzaFormula(testo: string): string {
  return INIZIO_FORMULA.test(testo) ? `'${testo}` : testo;
}

/** `14175` → `14175.00`: plain decimal, dot separator, no grouping, always two decimals. */
export function importoCsv(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`importo non valido: ${n}`);
  return n.toFixed(2);
}

/**
 * RFC 4180 quoting: a field containing `"`, CR or LF, or any separator a spreadsheet may apply when
 * it opens the file (`,`; `;` in Italian-locale Excel and LibreOffice; tab), is enclosed in quotes,
 * inner quotes doubled. Without quotes, `a;=HYPERLINK(…)` opened with `;` would split into a cell
 * that starts with `=` and escape the formula guard.
 */
export function quotaCampo(testo: string): string {
  return /[",;\t\r\n]/.test(testo) ? `"${testo.replaceAll('"', '""')}"` : testo;
}

/** One cell: text guarded then quoted; numbers per their column's format; booleans `true`/`false`. */
export function cellaCsv(v: Valore, formato: FormatoNumero = 'numero'): string {
  if (v === null) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`numero non valido: ${v}`);
    return formato === 'importo' ? importoCsv(v) : String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return quotaCampo(neutralizzaFormula(v));
}

/** A column of a CSV file: its header name and how its numbers are written. */
export interface ColonnaCsv {
  nome: string;
  formato?: FormatoNumero;
}

/** The whole file: header row then one row per record, every line ended by CRLF. */
export function tabellaCsv(
  colonne: readonly ColonnaCsv[],
  righe: readonly Record<string, Valore>[],
): string {
  const linee = [colonne.map((c) => quotaCampo(c.nome)).join(',')];
  for (const r of righe) {
    linee.push(
      colonne
        .map((c) => {
          if (!(c.nome in r)) throw new Error(`colonna "${c.nome}" assente dalla riga`);
          return cellaCsv(r[c.nome]!, c.formato);
        })
        .join(','),
    );
  }
  return linee.map((l) => `${l}\r\n`).join('');
}
