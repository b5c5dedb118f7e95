// The chart.js configuration of a chart, built in the browser: it adds the it-IT formatting callbacks to the serialisable data.
import type { ChartConfiguration, Scale, TooltipItem } from 'chart.js';
import { formatEuro, formatNumero } from '../formato.ts';
import type { DatiGrafico } from './tipi.ts';
import { sommaEuro } from '../../dominio/euro.ts';

/** Below this width in pixels a chart is narrow: vertical bars turn horizontal and names wrap sooner. */
export const LARGHEZZA_STRETTA = 560;

export interface Opzioni {
  /** True when the reader asks for reduced motion: no animation at all. */
  riduciMovimento?: boolean;
  /** True when the chart is narrower than LARGHEZZA_STRETTA (decided once, when it is drawn). */
  stretto?: boolean;
}

export type ConfigurazioneBarre = ChartConfiguration<'bar', number[], string>;

/**
 * `Area Welfare di Comunità e Coesione Sociale` → lines of at most `larghezza` characters, split at
 * spaces; past `massimo` lines the name is cut with "…" (the tooltip and the table give it whole).
 */
export function aCapo(testo: string, larghezza: number, massimo = Infinity): string | string[] {
  const righe: string[] = [];
  for (const parola of testo.split(/\s+/)) {
    const ultima = righe[righe.length - 1];
    if (ultima !== undefined && ultima.length + 1 + parola.length <= larghezza)
      righe[righe.length - 1] = `${ultima} ${parola}`;
    else righe.push(parola);
  }
  if (righe.length > massimo) {
    righe.length = massimo;
    righe[massimo - 1] += '…';
  }
  return righe.length === 1 ? righe[0]! : righe;
}

/** Amount as the tables print it (`€ 14.175,00`), or a count (`1.600`). */
export function formatoValore(dati: Pick<DatiGrafico, 'unita'>): (n: number) => string {
  return dati.unita === 'euro' ? formatEuro : formatNumero;
}

/** Axis ticks are round numbers: no decimals (`€ 100.000`). */
export function formatoTacca(dati: Pick<DatiGrafico, 'unita'>): (n: number) => string {
  return dati.unita === 'euro' ? (n) => `€ ${formatNumero(n)}` : formatNumero;
}

/** Whether the bars lie horizontally: by design, or because a narrow chart has no room for names under the bars. */
export function orizzontale(dati: DatiGrafico, stretto = false): boolean {
  return dati.orientamento === 'orizzontale' || stretto;
}

/** Rows a horizontal chart needs, one per name (half a row more per extra grouped series); 0 for vertical charts, which keep a fixed aspect. */
export function righeDiBarre(dati: DatiGrafico, stretto = false): number {
  if (!orizzontale(dati, stretto)) return 0;
  return (
    dati.etichette.length *
    (dati.tipo === 'barre-raggruppate' ? 1 + (dati.serie.length - 1) / 2 : 1)
  );
}

/** The chart.js configuration of a bar chart: the data as drawn, plus it-IT tooltips and axes. */
export function configurazione(
  dati: DatiGrafico,
  { riduciMovimento = false, stretto = false }: Opzioni = {},
): ConfigurazioneBarre {
  const barreOrizzontali = orizzontale(dati, stretto);
  const impilato = dati.tipo === 'barre-impilate';
  const piuSerie = dati.serie.length > 1;
  const valore = formatoValore(dati);
  const tacca = formatoTacca(dati);
  const [asseValori, asseEtichette] = barreOrizzontali
    ? (['x', 'y'] as const)
    : (['y', 'x'] as const);
  // Names wrap: shorter lines on a narrow chart, and never more than a few lines per bar.
  const [larghezza, massimo] = stretto ? [18, 3] : barreOrizzontali ? [40, 2] : [22, 3];
  return {
    type: 'bar',
    data: {
      labels: [...dati.etichette],
      datasets: dati.serie.map((s) => ({
        label: s.nome,
        data: [...s.valori],
        backgroundColor: s.colore,
        // A white edge separates stacked or adjacent segments even where the two fills look alike.
        borderColor: '#ffffff',
        borderWidth: piuSerie ? 1 : 0,
        maxBarThickness: 56,
      })),
    },
    options: {
      indexAxis: barreOrizzontali ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: riduciMovimento ? false : { duration: 400 },
      ...(riduciMovimento
        ? {
            transitions: {
              active: { animation: { duration: 0 } },
              resize: { animation: { duration: 0 } },
            },
          }
        : {}),
      scales: {
        [asseValori]: {
          beginAtZero: true,
          stacked: impilato,
          title: { display: true, text: dati.asseValori },
          ticks: {
            maxRotation: 0,
            autoSkipPadding: 12,
            callback: (v: number | string) => tacca(Number(v)),
          },
        },
        [asseEtichette]: {
          stacked: impilato,
          ticks: {
            autoSkip: false,
            callback(this: Scale, v: number | string) {
              return aCapo(this.getLabelForValue(Number(v)), larghezza, massimo);
            },
          },
        },
      },
      plugins: {
        legend: { display: piuSerie, position: 'bottom' },
        tooltip: {
          mode: piuSerie ? 'index' : 'nearest',
          intersect: !piuSerie,
          callbacks: {
            label: (item: TooltipItem<'bar'>) =>
              `${item.dataset.label}: ${valore(Number(item.raw))}`,
            ...(impilato
              ? {
                  footer: (items: TooltipItem<'bar'>[]) =>
                    `Totale: ${valore(sommaEuro(items.map((i) => Number(i.raw))))}`,
                }
              : {}),
          },
        },
      },
    },
  };
}
