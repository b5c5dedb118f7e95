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
