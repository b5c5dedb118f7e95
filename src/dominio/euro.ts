// Euro arithmetic in whole cents, so that 0.1 + 0.2 never bites. The bottom of every layer: it imports
// nothing, and the schemas, the ingest, the query layer, the charts and the browser all use it.

/** The amount in whole cents: `14175.5` → 1417550. */
export function centesimi(euro: number): number {
  return Math.round(euro * 100);
}

/** Euro amounts summed in cents. */
export function sommaEuro(importi: Iterable<number>): number {
  let cent = 0;
  for (const i of importi) cent += centesimi(i);
  return cent / 100;
}

/** `a - b` in cents. */
export function sottraiEuro(a: number, b: number): number {
  return (centesimi(a) - centesimi(b)) / 100;
}

/** The two amounts are equal to the cent. */
export function ugualiAlCentesimo(a: number, b: number): boolean {
  return centesimi(a) === centesimi(b);
}

/** `a` exceeds `b` by at least one cent. */
export function superaAlCentesimo(a: number, b: number): boolean {
  return centesimi(a) > centesimi(b);
}

/** The amount has at most two decimals. */
export function alPiuDueDecimali(euro: number): boolean {
  return centesimi(euro) === euro * 100;
}

/** `parte / totale` as a fraction (0–1); 0 when the total is 0. */
export function quota(parte: number, totale: number): number {
  return totale > 0 ? parte / totale : 0;
}

/** What a conferred engagement commits of its programme line: the expected fee plus its variable part. */
export function compensoMassimo(c: {
  compensoPrevisto: number;
  compensoVariabile: number;
}): number {
  return sommaEuro([c.compensoPrevisto, c.compensoVariabile]);
}
