// Figures of objectives: their weight total as shown, the source lines they come from, indicator counts.
import type { Obiettivo } from '../schemas/index.ts';
import { centesimi } from './euro.ts';

/** Weight total rounded to avoid float noise (`33.3 + 33.3 + 33.4`). */
export function pesoArrotondato(o: Obiettivo): number {
  return centesimi(o.pesoTotale) / 100;
}

/** Every source line an objective was built from: its own rows and its indicators' rows. */
export function righeObiettivo(o: Obiettivo): number[] {
  return [...new Set([...o.fonte.righe, ...o.indicatori.flatMap((i) => i.fonte.righe)])].sort(
    (a, b) => a - b,
  );
}

/** Number of indicator rows (uses) and of distinct indicator codes among some objectives. */
export function contaIndicatori(obiettivi: readonly Obiettivo[]): { usi: number; codici: number } {
  const codici = new Set(obiettivi.flatMap((o) => o.indicatori.map((i) => i.codice)));
  return { usi: obiettivi.reduce((n, o) => n + o.indicatori.length, 0), codici: codici.size };
}
