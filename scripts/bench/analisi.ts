/** What a built site weighs: files, pages, bytes per HTML page (raw and gzip) by kind of page, Pagefind's index. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Statistica {
  n: number;
  medianaRaw: number;
  maxRaw: number;
  medianaGzip: number;
  maxGzip: number;
  /** Page with the largest raw size. */
  maxPagina: string;
}

export interface AnalisiDist {
  file: number;
  byte: number;
  pagine: number;
  html: Statistica;
  /** By kind: `obiettivi` (record pages under /obiettivi/…/), `obiettivi/` (the index page itself), … */
  perTipo: Record<string, Statistica>;
  /** The largest HTML pages, raw bytes. */
  piuGrandi: { pagina: string; raw: number; gzip: number }[];
  pagefind: { file: number; byte: number };
  /** Bytes of dist/ by top-level folder. */
  perCartella: Record<string, number>;
  ms: number;
}

export const gzip = (b: Uint8Array) => gzipSync(b, { level: 6 }).length;

/** The lower median (a value of the list; 0 for an empty list): for sizes and per-run browser figures. */
export function medianaInferiore(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

/** The median; for an even count, the mean of the two middle values (the bench's pairs of builds). */
export function mediana(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function statistica(xs: { pagina: string; raw: number; gzip: number }[]): Statistica {
  let max = xs[0]!;
  for (const x of xs) if (x.raw > max.raw) max = x;
  return {
    n: xs.length,
    medianaRaw: medianaInferiore(xs.map((x) => x.raw)),
    maxRaw: max.raw,
    medianaGzip: medianaInferiore(xs.map((x) => x.gzip)),
    maxGzip: Math.max(...xs.map((x) => x.gzip)),
    maxPagina: max.pagina,
  };
}

/**
 * `obiettivi/c59-0008/index.html` → `obiettivi`; `obiettivi/index.html` and the further pages of a
 * paginated index (`obiettivi/pagina/3/index.html`) → `obiettivi/`; `index.html` → `/`.
 */
export function tipoPagina(file: string): string {
  const parti = file.split('/');
  if (parti.length === 1) return '/';
  if (parti.length === 2 || parti[1] === 'pagina') return `${parti[0]}/`;
  return parti[0]!;
}

export function analizzaDist(dist: string): AnalisiDist {
  const inizio = performance.now();
  const voci = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  let byte = 0;
  const pagefind = { file: 0, byte: 0 };
  const perCartella: Record<string, number> = {};
  const pagine: { pagina: string; raw: number; gzip: number }[] = [];
  for (const d of voci) {
    const percorso = join(d.parentPath, d.name);
    const rel = relative(dist, percorso).split('\\').join('/');
    const dimensione = statSync(percorso).size;
    byte += dimensione;
    const cartella = rel.includes('/') ? rel.split('/')[0]! : '(radice)';
    perCartella[cartella] = (perCartella[cartella] ?? 0) + dimensione;
    if (rel.startsWith('pagefind/')) {
      pagefind.file++;
      pagefind.byte += dimensione;
    }
    if (rel.endsWith('.html')) pagine.push({ pagina: rel, raw: dimensione, gzip: gzip(readFileSync(percorso)) });
  }
  const gruppi = new Map<string, typeof pagine>();
  for (const p of pagine) {
    const t = tipoPagina(p.pagina);
    const xs = gruppi.get(t);
    if (xs) xs.push(p);
    else gruppi.set(t, [p]);
  }
  const perTipo = Object.fromEntries([...gruppi].sort((a, b) => a[0].localeCompare(b[0])).map(([t, xs]) => [t, statistica(xs)]));
  return {
    file: voci.length,
    byte,
    pagine: pagine.length,
    html: statistica(pagine),
    perTipo,
    piuGrandi: [...pagine].sort((a, b) => b.raw - a.raw).slice(0, 12),
    pagefind,
    perCartella,
    ms: performance.now() - inizio,
  };
}
