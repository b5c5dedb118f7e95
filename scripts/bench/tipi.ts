// The figures of one scale of a bench run, shared by the runner (index.ts) and the table (tabella.ts).
import type { AnalisiDist } from './analisi.ts';
import type { Ricerca, RisorsePagina } from './browser.ts';
import type { FasiBuild } from './log-astro.ts';
import type { Esecuzione } from './processo.ts';

export interface RisultatoScala {
  scala: number;
  righeSorgente: number;
  byteSorgente: number;
  conteggi: Record<string, number>;
  ingest: Omit<Esecuzione, 'output'> & { riepilogo: string };
  build: Omit<Esecuzione, 'output'> & { fasi: FasiBuild };
  dist: AnalisiDist;
  ricerca: Ricerca | null;
  pagine: Record<string, RisorsePagina>;
  pavimento: (Omit<Esecuzione, 'output'> & { pagine: number }) | null;
  /** Every (build, floor) pair, in order; build.ms and pavimento.ms above are their medians. */
  coppie?: { buildMs: number; pavimentoMs: number | null; rapporto: number | null }[];
  /** Median of the pairs' build / floor ratios. */
  rapportoPavimento?: number | null;
  /** The same floor with the portal's build.concurrency (informative). */
  pavimentoConcorrente?: (Omit<Esecuzione, 'output'> & { pagine: number; concorrenza: number }) | null;
  caricoMedio: { prima: number[]; dopo: number[] };
  cartella: string | null;
}
