// The chart builders pages use: each returns chart data, the same numbers as a table, and a summary.
export {
  spesaPerArea,
  spesaPerSettore,
  spesaCorrenteVincolata,
  quotaSettore,
} from './programma.ts';
export { obiettiviEIndicatoriPerLinea } from './obiettivi.ts';
export type { Grafico, DatiGrafico } from './tipi.ts';
