// The "Excel" CSV beside the RFC 4180 one: what Excel with Italian settings opens by double click.
// UTF-8 with BOM (or accents break), `;` as separator (the list separator where the decimal mark is
// a comma), decimal comma, no thousands grouping, CRLF. Same columns, same rows and the same
// formula guard as the RFC 4180 file (csv.ts), so a cell can never run as a formula here either.
import { neutralizzaFormula, type ColonnaCsv, type FormatoNumero, type Valore } from './csv.ts';

export const BOM = '\uFEFF';

/** `14175` → `14175,00`; `12.5` → `12,5`: decimal comma, no grouping. */
export function numeroExcel(n: number, formato: FormatoNumero = 'numero'): string {
  if (!Number.isFinite(n)) throw new Error(`numero non valido: ${n}`);
  return (formato === 'importo' ? n.toFixed(2) : String(n)).replace('.', ',');
}

/** Quoting for `;`-separated files: a field with `"`, `;`, CR or LF in quotes, inner quotes doubled. */
export function quotaCampoExcel(testo: string): string {
  return /[";\r\n]/.test(testo) ? `"${testo.replaceAll('"', '""')}"` : testo;
}

export function cellaExcel(v: Valore, formato: FormatoNumero = 'numero'): string {
  if (v === null) return '';
  if (typeof v === 'number') return numeroExcel(v, formato);
  if (typeof v === 'boolean') return v ? 'VERO' : 'FALSO';
  return quotaCampoExcel(neutralizzaFormula(v));
}

/** The whole file: BOM, header row, one row per record, every line ended by CRLF. */
export function tabellaCsvExcel(
  colonne: readonly ColonnaCsv[],
  righe: readonly Record<string, Valore>[],
): string {
  const linee = [colonne.map((c) => quotaCampoExcel(c.nome)).join(';')];
  for (const r of righe) {
    linee.push(
      colonne
        .map((c) => {
          if (!(c.nome in r)) throw new Error(`colonna "${c.nome}" assente dalla riga`);
          return cellaExcel(r[c.nome]!, c.formato);
        })
        .join(';'),
    );
  }
  return BOM + linee.map((l) => `${l}\r\n`).join('');
}
