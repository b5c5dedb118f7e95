/** Phases of `astro build` read from its log: content sync, bundling, rendering (by section), Pagefind. */
import { senzaAnsi } from './processo.ts';

export interface FasiBuild {
  /** Content sync and type generation (`[types] Generated …`). */
  contenutiMs: number | null;
  /** Vite bundling of the entrypoints. */
  bundleMs: number | null;
  /** Rendering every page ("generating static routes"). */
  renderMs: number | null;
  /**
   * Pagefind's time after the render, from the integration's log line: pages are indexed while they
   * render and the index is written while the final route renders, so this is what is left of the
   * writing (older builds: the whole writing, or the whole indexing, done after the render).
   */
  pagefindMs: number | null;
  /** How long writing the index took, wherever it ran (null for builds older than early writing). */
  pagefindScritturaMs: number | null;
  pagefindPagine: number | null;
  /** Astro's own figure for the whole build. */
  astroTotaleMs: number | null;
  /** Render time by top-level folder, from Astro's per-page "(+N ms)" log lines. */
  renderPerSezione: { sezione: string; pagine: number; ms: number }[];
  /** The slowest pages to render. */
  piuLente: { pagina: string; ms: number }[];
}

/** Astro's durations: `403ms`, `9.15s`, `4m 42s`. */
const DURATA = String.raw`((?:\d+m\s+)?[\d.]+\s*m?s)`;

export function durata(s: string | undefined): number | null {
  if (!s) return null;
  let ms = 0;
  for (const m of s.matchAll(/([\d.]+)\s*(ms|s|m)\b/g)) ms += Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60000);
  return ms;
}

export function fasiDalLog(log: string): FasiBuild {
  const t = senzaAnsi(log);
  const dopo = (marca: RegExp, re: RegExp) => {
    const i = t.search(marca);
    return i < 0 ? undefined : re.exec(t.slice(i))?.[1];
  };
  // Current builds: writing time, then the wait after the render; older builds: the writing (or the
  // whole indexing) only, all of it after the render.
  // Since the search by edition: two indexes (the current edition's pages, every record version)
  const due =
    /Pagefind: (\d+) pagine nell'indice dell'edizione corrente, \d+ versioni nell'indice delle edizioni, indicizzate durante il rendering; indici scritti in (\d+) ms \([^)]*\); attesa dopo il rendering (\d+) ms/.exec(t);
  const pf =
    due ??
    /Pagefind: (\d+) pagine indicizzate (?:durante il rendering; indice scritto )?in (\d+) ms(?: \([^)]*\); attesa dopo il rendering (\d+) ms)?/.exec(t);
  return {
    contenutiMs: durata(new RegExp(String.raw`\[types\] Generated ${DURATA}`).exec(t)?.[1]),
    bundleMs: durata(dopo(/Building static entrypoints/, new RegExp(String.raw`built in ${DURATA}`))),
    renderMs: durata(dopo(/generating static routes/, new RegExp(String.raw`Completed in ${DURATA}`))),
    pagefindMs: pf ? Number(pf[3] ?? pf[2]) : null,
    pagefindScritturaMs: pf?.[3] != null ? Number(pf[2]) : null,
    pagefindPagine: pf ? Number(pf[1]) : null,
    astroTotaleMs: durata(new RegExp(String.raw`page\(s\) built in ${DURATA}`).exec(t)?.[1]),
    ...tempiPagine(t),
  };
}

/** Astro logs each page as `├─ /obiettivi/c59-0008/index.html (+12ms)` (or `(+2.96s)`). */
function tempiPagine(t: string): Pick<FasiBuild, 'renderPerSezione' | 'piuLente'> {
  const pagine = [...t.matchAll(/─ (\/\S*) \(\+([\d.]+)(ms|s)\)/g)].map((m) => ({ pagina: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }));
  const sezioni = new Map<string, { sezione: string; pagine: number; ms: number }>();
  for (const p of pagine) {
    const parti = p.pagina.split('/').filter(Boolean);
    const sezione = parti.length <= 1 ? '/' : parti.length === 2 ? `/${parti[0]}/ (indice)` : `/${parti[0]}/…`;
    const s = sezioni.get(sezione) ?? { sezione, pagine: 0, ms: 0 };
    s.pagine++;
    s.ms += p.ms;
    sezioni.set(sezione, s);
  }
  return {
    renderPerSezione: [...sezioni.values()].sort((a, b) => b.ms - a.ms),
    piuLente: [...pagine].sort((a, b) => b.ms - a.ms).slice(0, 10),
  };
}

