// Draws every chart on the page from the JSON beside its canvas; only the chart.js parts bars need are registered.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import {
  configurazione,
  LARGHEZZA_STRETTA,
  orizzontale,
  righeDiBarre,
} from '../lib/grafici/configurazione.ts';
import type { DatiGrafico } from '../lib/grafici/tipi.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
// The site's font and text colour, so the axes read like the tables beside them.
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.color = '#1a1a1a';

const riduciMovimento = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

for (const figura of document.querySelectorAll<HTMLElement>('[data-grafico]')) {
  const json = figura.querySelector<HTMLScriptElement>('script[type="application/json"]');
  const canvas = figura.querySelector<HTMLCanvasElement>('canvas');
  if (!json || !canvas) continue;
  const dati = JSON.parse(json.textContent ?? '') as DatiGrafico;
  // The drawing area stays hidden without JavaScript: the summary and the table carry the figures.
  const area = canvas.parentElement!;
  area.removeAttribute('hidden');
  const stretto = area.clientWidth < LARGHEZZA_STRETTA;
  // Horizontal charts grow with their bars: a custom property set here, as the CSP forbids style attributes.
  area.classList.toggle('grafico__area--orizzontale', orizzontale(dati, stretto));
  area.classList.toggle('grafico__area--stretta', stretto);
  area.style.setProperty('--barre', String(righeDiBarre(dati, stretto)));
  const grafico = new Chart(canvas, configurazione(dati, { riduciMovimento, stretto }));
  // What was actually drawn, for tests and for anyone checking the chart against its table.
  canvas.dataset.valori = JSON.stringify(grafico.data.datasets.map((d) => d.data));
  canvas.dataset.disegnato = 'true';
}
