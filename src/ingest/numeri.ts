/** Numbers as the document prints them: Italian format, `.` for thousands and `,` for decimals. */

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

/** Euro amounts summed in cents, so that 0.1 + 0.2 never bites. */
export function sommaEuro(importi: Iterable<number>): number {
  let cent = 0;
  for (const i of importi) cent += Math.round(i * 100);
  return cent / 100;
}
