// Chart colours: every fill at least 3:1 against white (WCAG 1.4.11), and series that sit together differ in lightness.

/** Primary blue of the site: 5.57:1 on white. */
export const BLU = '#0066cc';
/** Dark blue of the header: 10.3:1 on white; the first of a pair of series. */
export const BLU_SCURO = '#004080';
/** Light blue, 3.2:1 on white; the second of a pair, clearly lighter than BLU_SCURO. */
export const BLU_CHIARO = '#4d94db';
/** Mid grey for "everything else", 3.5:1 on white. */
export const GRIGIO = '#8a8a8a';

/** Relative luminance of a `#rrggbb` colour (WCAG 2.1). */
export function luminanza(esadecimale: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(esadecimale.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two `#rrggbb` colours (1–21). */
export function contrasto(a: string, b: string): number {
  const [chiaro, scuro] = [luminanza(a), luminanza(b)].sort((x, y) => y - x) as [number, number];
  return (chiaro + 0.05) / (scuro + 0.05);
}
