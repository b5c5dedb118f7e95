// Draws one chart from the JSON beside its canvas; only the chart.js parts bars need are registered.
// Loaded by grafici.ts when the first chart comes into view, so chart.js costs nothing before.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { configurazione, LARGHEZZA_STRETTA, righeDiBarre } from '../lib/grafici/configurazione.ts';
import type { DatiGrafico } from '../lib/grafici/tipi.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
// The site's font and text colour, so the axes read like the tables beside them.
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.color = '#1a1a1a';

const riduciMovimento = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Draws the chart of a `[data-grafico]` figure; its area already has its final size (Grafico.astro). */
export function disegna(figura: HTMLElement): void {
  const json = figura.querySelector<HTMLScriptElement>('script[type="application/json"]');
  const canvas = figura.querySelector<HTMLCanvasElement>('canvas');
  if (!json || !canvas || canvas.dataset.disegnato) return;
  const dati = JSON.parse(json.textContent ?? '') as DatiGrafico;
  const area = canvas.parentElement!;
  // Same test as the container query that sized the area before any script ran
  const stretto = area.clientWidth < LARGHEZZA_STRETTA;
  // Past the rows the stylesheet lists, the height comes from here (custom properties: the CSP forbids style attributes)
  area.style.setProperty('--righe', String(Math.ceil(righeDiBarre(dati, false))));
  area.style.setProperty('--righe-stretto', String(Math.ceil(righeDiBarre(dati, true))));
  const grafico = new Chart(canvas, configurazione(dati, { riduciMovimento, stretto }));
  // What was actually drawn, for tests and for anyone checking the chart against its table.
  canvas.dataset.valori = JSON.stringify(grafico.data.datasets.map((d) => d.data));
  canvas.dataset.disegnato = 'true';
}
