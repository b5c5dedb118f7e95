/**
 * `npm run bench [-- --scale 1,10,100] [--coppie 3] [--conserva] [--senza-browser] [--senza-pavimento]`
 *
 * Performance at scale. For each scale k (default 1, 10, 100):
 *   1. a synthetic PEG document k× the real one, with its registry (scripts/bench/genera.ts);
 *   2. a copy of the project in a temp folder (node_modules symlinked) with that document and registry:
 *      ingest and `astro build` there, timed, with peak memory of the process tree;
 *   3. the built site measured: pages, bytes per HTML page, Pagefind's index, bytes a first and a second
 *      search transfer, JS and CSS per page kind, LCP and total blocking time in Chromium;
 *   4. the floor: a bare Astro project writing the same number of trivial pages, built right after each
 *      of our builds (`--coppie` pairs, default 3) so both see the same machine; the ratio is the median
 *      of the pairs' ratios, printed beside the fastest build over the fastest floor; the budget needs
 *      both. Once more with the portal's build.concurrency, for comparison. The page cache is flushed
 *      (`sync`) before every timed build.
 * Prints one table, the scaling ratios and the budgets; writes everything as JSON to a temp file.
 * Nothing is written inside the repository: the synthetic data live only in the temp folders.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { avviaChromium } from '../lib/browser.ts';
import { serviDist } from '../lib/server.ts';
import { sostituisciTestoRegistrato } from '../lib/registro.ts';
import { analizzaDist, mediana, type AnalisiDist } from './analisi.ts';
import { misuraPagina, misuraRicerca, type Ricerca, type RisorsePagina } from './browser.ts';
import { generaDocumento, type Registro } from './genera.ts';
import { creaPavimento } from './pavimento.ts';
import { fasiDalLog, type FasiBuild } from './log-astro.ts';
import { esegui, senzaAnsi, type Esecuzione } from './processo.ts';
import { ambienteBuild } from '../lib/ambiente-build.ts';
import { benchMetropoli } from './scenario-metropoli.ts';
import { stampaRisultati } from './tabella.ts';
import type { RisultatoScala } from './tipi.ts';

const SORGENTE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const ANAGRAFICA = 'content/anagrafica/entita.json';
const DA_COPIARE = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Page kinds measured in the browser. */
export const PAGINE = {
  home: '/',
  obiettivo: '/obiettivi/c59-0008/',
  'indice incarichi': '/incarichi/',
  cerca: '/cerca/',
} as const;
const QUERY: [string, string] = ['lavoro', 'progetto'];

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1,10,100' },
    conserva: { type: 'boolean', default: false },
    'senza-browser': { type: 'boolean', default: false },
    'senza-pavimento': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    /**
     * Pairs of (our build, floor) per scale, each floor built right after its build so both see the
     * same machine; the ratio reported is the median of the pairs' ratios.
     */
    coppie: { type: 'string', default: '3' },
    /** The scenario "a metropolis over five years" (scenario-metropoli.ts) instead of the scales. */
    metropoli: { type: 'boolean', default: false },
    'scala-metropoli': { type: 'string', default: '20' },
    /** With --metropoli: one more build under node --cpu-prof, summarised. */
    profilo: { type: 'boolean', default: false },
    /** Re-print the table of an earlier run's JSON (re-reading build logs kept with --conserva). */
    ristampa: { type: 'string' },
  },
});

const senzaOutput = (e: Esecuzione) => {
  const { output: _o, ...resto } = e;
  return resto;
};

/** `--ristampa FILE.json`: the table again from a saved run, phases re-read from the kept build logs. */
function ristampa(file: string) {
  const dati = JSON.parse(readFileSync(file, 'utf8')) as { macchina: Parameters<typeof stampaRisultati>[1]; risultati: RisultatoScala[]; durataMs: number };
  for (const r of dati.risultati) {
    const log = r.cartella ? join(r.cartella, 'build.log') : null;
    if (log && existsSync(log)) r.build.fasi = fasiDalLog(readFileSync(log, 'utf8'));
  }
  const valutazione = stampaRisultati(dati.risultati, dati.macchina, dati.durataMs);
  writeFileSync(file, JSON.stringify({ ...dati, valutazione }, null, 2));
  console.log(`\nRisultati in JSON: ${resolve(file)}`);
}

/** What every step of one run shares: where the project and Astro are, the options, the clock. */
interface Contesto {
  radice: string;
  nodeModules: string;
  astro: string;
  env: NodeJS.ProcessEnv;
  runs: number;
  nCoppie: number;
  /** The real document and its registry, which each scale multiplies. */
  originale: string;
  registro: Registro;
  log: (s: string) => void;
}

async function main() {
  if (values.ristampa) return ristampa(values.ristampa);
  if (values.metropoli)
    return benchMetropoli({
      coppie: Math.max(1, Number(values.coppie)),
      scala: Number(values['scala-metropoli']),
      profilo: values.profilo,
      conserva: values.conserva,
      senzaBrowser: values['senza-browser'],
    });
  const { scale, ...opzioni } = leggiOpzioni();
  const inizio = performance.now();
  const uscita = join(tmpdir(), `peg-bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const macchina = descriviMacchina();
  const log = (s: string) => console.log(`[bench ${((performance.now() - inizio) / 1000).toFixed(0).padStart(4)} s] ${s}`);
  log(`macchina: ${macchina.nproc} core (${macchina.cpu}), ${macchina.memoriaGiB} GiB, Node ${macchina.node}, carico medio ${macchina.caricoMedioInizio.map((x) => x.toFixed(1)).join(' ')}`);
  const ctx: Contesto = { ...opzioni, log };
  const risultati: RisultatoScala[] = [];
  for (const scala of scale) {
    risultati.push(await misuraScala(ctx, scala));
    writeFileSync(uscita, JSON.stringify({ macchina, risultati, durataMs: performance.now() - inizio }, null, 2));
  }
  const durataMs = performance.now() - inizio;
  const valutazione = stampaRisultati(risultati, macchina, durataMs);
  writeFileSync(uscita, JSON.stringify({ macchina: { ...macchina, caricoMedioFine: loadavg() }, risultati, valutazione, durataMs }, null, 2));
  console.log(`\nRisultati in JSON: ${resolve(uscita)}`);
}

await main();

/** The options checked, and what the project must have (run from its root, node_modules installed). */
function leggiOpzioni(): Omit<Contesto, 'log'> & { scale: number[] } {
  const radice = process.cwd();
  if (!existsSync(join(radice, SORGENTE)) || !existsSync(join(radice, 'scripts/bench/index.ts'))) {
    throw new Error('eseguire dalla radice del progetto: npm run bench');
  }
  const scale = values.scale.split(',').map((s) => Number(s.trim()));
  if (scale.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--scale non valido: ${values.scale}`);
  const nodeModules = join(radice, 'node_modules');
  const astro = join(nodeModules, 'astro', 'bin', 'astro.mjs');
  if (!existsSync(astro)) throw new Error(`${astro} non esiste: npm ci`);
  return {
    radice,
    nodeModules,
    astro,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' },
    runs: Number(values.runs),
    nCoppie: Math.max(1, Number(values.coppie)),
    originale: readFileSync(join(radice, SORGENTE), 'utf8'),
    registro: JSON.parse(readFileSync(join(radice, ANAGRAFICA), 'utf8')) as Registro,
    scale,
  };
}

/** The machine the numbers were taken on, printed first and saved with them. */
function descriviMacchina() {
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    memoriaGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    caricoMedioInizio: loadavg(),
  };
}

/** One scale, end to end: project copy, ingest, timed builds with their floors, the site measured. */
async function misuraScala(ctx: Contesto, scala: number): Promise<RisultatoScala> {
  const caricoPrima = loadavg();
  const { dir, gen } = preparaProgetto(ctx, scala);
  const { ingest, riepilogo, conteggi } = await importa(ctx, dir, scala);
  const { build, fasi, pavimento, coppie, rapportoPavimento } = await costruisciACoppie(ctx, dir, scala);

  const dist = analizzaDist(join(dir, 'dist'));
  ctx.log(`${scala}×: dist analizzato in ${(dist.ms / 1000).toFixed(1)} s: ${dist.pagine} pagine, ${(dist.byte / 1e6).toFixed(1)} MB`);
  const { ricerca, pagine } = values['senza-browser'] ? { ricerca: null, pagine: {} } : await misuraNelBrowser(ctx, dir, scala);

  let pavimentoConcorrente: RisultatoScala['pavimentoConcorrente'] = null;
  if (!values['senza-pavimento']) {
    const concorrenza = concorrenzaPortale();
    pavimentoConcorrente = { ...(await costruisciPavimento(ctx, dir, scala, dist.pagine, concorrenza, 'pavimento-concorrente')), concorrenza };
    ctx.log(`${scala}×: pavimento con build.concurrency ${concorrenza} in ${(pavimentoConcorrente.ms / 1000).toFixed(1)} s`);
  }

  const risultato: RisultatoScala = {
    scala,
    righeSorgente: gen.righe,
    byteSorgente: Buffer.byteLength(gen.sorgente),
    conteggi,
    ingest: { ...senzaOutput(ingest), riepilogo },
    build: { ...build, fasi },
    dist,
    ricerca,
    pagine,
    pavimento,
    coppie,
    rapportoPavimento,
    pavimentoConcorrente,
    caricoMedio: { prima: caricoPrima, dopo: loadavg() },
    cartella: values.conserva ? dir : null,
  };
  if (!values.conserva) rmSync(dir, { recursive: true, force: true });
  return risultato;
}

/** A copy of the project in a temp folder (without content/data), with a synthetic document `scala`× the real one. */
function preparaProgetto(ctx: Contesto, scala: number) {
  const { radice } = ctx;
  const dir = mkdtempSync(join(tmpdir(), `peg-bench-${scala}x-`));
  ctx.log(`${scala}×: progetto copiato in ${dir}`);
  for (const voce of DA_COPIARE) {
    cpSync(join(radice, voce), join(dir, voce), { recursive: true, filter: (s) => !s.includes(`${join(radice, 'content', 'data')}/`) });
  }
  symlinkSync(ctx.nodeModules, join(dir, 'node_modules'));
  mkdirSync(join(dir, 'content', 'incarichi-conferiti'), { recursive: true });
  mkdirSync(join(dir, 'content', 'data'), { recursive: true });
  const gen = generaDocumento(ctx.originale, ctx.registro, scala);
  sostituisciTestoRegistrato(dir, gen.sorgente);
  writeFileSync(join(dir, ANAGRAFICA), gen.anagrafica);
  ctx.log(`${scala}×: documento sintetico di ${gen.righe} righe (${(gen.sorgente.length / 1e6).toFixed(1)} MB)`);
  return { dir, gen };
}

/** `npm run ingest` in the copy, timed: its summary line and the report's counts. */
async function importa(ctx: Contesto, dir: string, scala: number) {
  const ingest = await esegui(process.execPath, ['scripts/ingest.ts'], { cwd: dir, log: join(dir, 'ingest.log'), env: ctx.env });
  if (ingest.codice !== 0) throw new Error(`${scala}×: ingest fallito (${ingest.codice}):\n${ingest.output.slice(-2000)}`);
  const riepilogo = /ingest: scritto [^:]+: (.+)/.exec(ingest.output)?.[1] ?? '';
  ctx.log(`${scala}×: ingest in ${(ingest.ms / 1000).toFixed(1)} s: ${riepilogo}`);
  const conteggi = JSON.parse(readFileSync(join(dir, 'content/data/ingest-report.json'), 'utf8')).conteggi as Record<string, number>;
  return { ingest, riepilogo, conteggi };
}

/** A bare Astro project of `pagine` trivial pages, built once (after a flush) and removed. */
async function costruisciPavimento(ctx: Contesto, dir: string, scala: number, pagine: number, concorrenza: number | undefined, nome: string) {
  const pdir = creaPavimento(ctx.nodeModules, pagine, concorrenza);
  try {
    scriviSuDisco();
    const p = await esegui(process.execPath, [ctx.astro, 'build'], { cwd: pdir, log: join(dir, `${nome}.log`), env: ctx.env });
    if (p.codice !== 0) throw new Error(`${nome} ${scala}×: build fallito:\n${senzaAnsi(p.output).slice(-2000)}`);
    return { ...senzaOutput(p), pagine };
  } finally {
    rmSync(pdir, { recursive: true, force: true });
  }
}

/** The portal's `astro build` in the copy, cold (its own empty cache, dist removed, pages flushed), echoing its phases. */
async function costruisciPortale(ctx: Contesto, dir: string, scala: number, k: number) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  scriviSuDisco();
  ctx.log(`${scala}×: astro build${ctx.nCoppie > 1 ? ` (${k + 1} di ${ctx.nCoppie})` : ''}…`);
  let ultimoEco = 0;
  // Every timed build cold, as from a fresh clone: its own empty Astro cache (the content store
  // would otherwise be the one the previous build left in the shared node_modules/.astro)
  const cache = mkdtempSync(join(tmpdir(), `peg-bench-cache-${scala}x-`));
  const b = await esegui(process.execPath, [ctx.astro, 'build'], {
    cwd: dir,
    log: join(dir, k === 0 ? 'build.log' : `build-${k + 1}.log`),
    env: ambienteBuild({ ...ctx.env, PEG_CACHE_DIR: cache }),
    eco: (r) => {
      const t = senzaAnsi(r);
      const fase = /(generating static routes|Completed in|Pagefind:|Building static|Collecting build|\[types\]|page\(s\) built|sitemap|Waiting for)/.test(t);
      if (fase || performance.now() - ultimoEco > 60_000) {
        ultimoEco = performance.now();
        ctx.log(`${scala}×   ${t.trim().slice(0, 140)}`);
      }
    },
  });
  rmSync(cache, { recursive: true, force: true });
  if (b.codice !== 0) throw new Error(`${scala}×: build fallito (${b.codice}), log in ${join(dir, 'build.log')}:\n${senzaAnsi(b.output).slice(-3000)}`);
  ctx.log(`${scala}×: build in ${(b.ms / 1000).toFixed(1)} s, picco ${(b.piccoAlberoKb / 1024).toFixed(0)} MiB`);
  return b;
}

/** `--coppie` pairs of (portal build, floor): the median build, the floors and the median of the pairs' ratios. */
async function costruisciACoppie(ctx: Contesto, dir: string, scala: number) {
  const coppie: NonNullable<RisultatoScala['coppie']> = [];
  let build: Esecuzione | undefined;
  let pavimento: RisultatoScala['pavimento'] = null;
  const pavimenti: NonNullable<RisultatoScala['pavimento']>[] = [];
  const builds: Esecuzione[] = [];
  let pagineDist: number | null = null;
  const misuraPavimento = async (k: number, b: Esecuzione | null) => {
    const p = await costruisciPavimento(ctx, dir, scala, pagineDist!, undefined, k === 0 ? 'pavimento' : `pavimento-${k + 1}`);
    pavimenti.push(p);
    ctx.log(`${scala}×: pavimento Astro (${pagineDist} pagine banali) in ${(p.ms / 1000).toFixed(1)} s${b ? `: rapporto ${(b.ms / p.ms).toFixed(2)}×` : ''}`);
    return p;
  };
  for (let k = 0; k < ctx.nCoppie; k++) {
    // Alternate order (build, floor; floor, build; …): on this machine consecutive builds drift
    // slower under sustained load, and a fixed order would always hand the floor the slower slot.
    const pavimentoPrima = k % 2 === 1 && !values['senza-pavimento'] && pagineDist != null;
    const pPrima = pavimentoPrima ? await misuraPavimento(k, null) : null;
    const b = await costruisciPortale(ctx, dir, scala, k);
    build ??= b;
    builds.push(b);
    pagineDist = contaPagine(join(dir, 'dist'));
    let p: NonNullable<RisultatoScala['pavimento']> | null = pPrima;
    if (pPrima) ctx.log(`${scala}×: rapporto ${(b.ms / pPrima.ms).toFixed(2)}× (pavimento prima della build)`);
    else if (!values['senza-pavimento']) p = await misuraPavimento(k, b);
    coppie.push({ buildMs: b.ms, pavimentoMs: p?.ms ?? null, rapporto: p ? b.ms / p.ms : null });
  }
  if (!build) throw new Error(`${scala}×: nessuna build (--coppie ${ctx.nCoppie})`);
  const fasi = fasiDalLog(build.output);
  const buildMediana = { ...senzaOutput(build), ms: mediana(builds.map((b) => b.ms)), piccoAlberoKb: Math.max(...builds.map((b) => b.piccoAlberoKb)) };
  if (pavimenti.length) pavimento = { ...pavimenti[0]!, ms: mediana(pavimenti.map((p) => p.ms)) };
  const rapporti = coppie.flatMap((c) => (c.rapporto == null ? [] : [c.rapporto]));
  const rapportoPavimento = rapporti.length ? mediana(rapporti) : null;
  return { build: buildMediana, fasi, pavimento, coppie, rapportoPavimento };
}

/** The built site served and opened in Chromium: a first and a second search, then each page kind `--runs` times. */
async function misuraNelBrowser(ctx: Contesto, dir: string, scala: number) {
  let ricerca: Ricerca | null = null;
  const pagine: Record<string, RisorsePagina> = {};
  const server = await serviDist(join(dir, 'dist'));
  const browser = await avviaChromium();
  try {
    try {
      ricerca = await misuraRicerca(browser, server.base, ...QUERY);
    } catch (e) {
      ctx.log(`${scala}×: ricerca non misurata: ${(e as Error).message.split('\n')[0]}`);
    }
    for (const [tipo, percorso] of Object.entries(PAGINE)) {
      pagine[tipo] = await misuraPagina(browser, server.base, percorso, ctx.runs);
      if (pagine[tipo].errore) ctx.log(`${scala}×: ${percorso}: ${pagine[tipo].errore}`);
    }
  } finally {
    await browser.close();
    await server.chiudi();
  }
  ctx.log(`${scala}×: misure nel browser fatte`);
  return { ricerca, pagine };
}

/** The portal's build.concurrency, read from astro.config.mjs so the informative floor follows it. */
function concorrenzaPortale(): number {
  const m = /concurrency:\s*(\d+)/.exec(readFileSync('astro.config.mjs', 'utf8'));
  return m ? Number(m[1]) : 1;
}

/**
 * Flushes dirty pages before a timed build, so that no build pays for writing back the previous one's
 * output (633 MB at 100×) or the deletion of the previous dist. It does not tame the machine itself:
 * the same floor still took 21.7, 32.5 and 45.8 s within ten minutes (hence pairs, and the minima).
 */
function scriviSuDisco() {
  execFileSync('sync');
}

/** HTML pages a build wrote: the floor writes as many. */
function contaPagine(dist: string): number {
  return (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
}
