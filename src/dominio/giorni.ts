// Calendar days: whether a year, month and day name a day that exists, as `AAAA-MM-GG`.

/** `(2019, 4, 15)` → `2019-04-15`; null for a day that does not exist (`31/04`, `29/02/2019`). */
export function giornoIso(anno: number, mese: number, giorno: number): string | null {
  const d = new Date(Date.UTC(anno, mese - 1, giorno));
  if (d.getUTCFullYear() !== anno || d.getUTCMonth() !== mese - 1 || d.getUTCDate() !== giorno)
    return null;
  return `${String(anno).padStart(4, '0')}-${String(mese).padStart(2, '0')}-${String(giorno).padStart(2, '0')}`;
}
