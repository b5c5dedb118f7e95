// Italian formatting (it-IT) for every figure the site shows.

const numero = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2, useGrouping: 'always' });
const decimali = new Intl.NumberFormat('it-IT', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: 'always',
});
const data = new Intl.DateTimeFormat('it-IT', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const percento = new Intl.NumberFormat('it-IT', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** `14175` → `€ 14.175,00` (the symbol before the amount, as Italian public documents write it). */
export function formatEuro(n: number): string {
  return `€ ${decimali.format(n)}`;
}

/** `3243614` → `3.243.614`; grouping even for four digits (`1.600`). */
export function formatNumero(n: number): string {
  return numero.format(n);
}

/** `0.4616` → `46,2%`. */
export function formatPercento(frazione: number): string {
  return percento.format(frazione);
}

/** `2019-03-18` → `18 marzo 2019`. */
export function formatData(iso: string): string {
  const [a, m, g] = iso.split('-').map(Number) as [number, number, number];
  return data.format(new Date(Date.UTC(a, m - 1, g)));
}
