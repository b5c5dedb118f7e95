/**
 * `npm run bench [-- --scale 1,10,100] [--conserva] [--senza-browser] [--senza-pavimento]`
 *
 * Performance at scale. For each scale k (default 1, 10, 100):
 *   1. a synthetic PEG document k× the real one, with its registry (scripts/bench/genera.ts);
 *   2. a copy of the project in a temp folder (node_modules symlinked) with that document and registry:
 *      ingest and `astro build` there, timed, with peak memory of the process tree;
 *   3. the built site measured: pages, bytes per HTML page, Pagefind's index, bytes a first and a second
 *      search transfer, JS and CSS per page kind, LCP and total blocking time in Chromium;
 *   4. the floor: a bare Astro project writing the same number of trivial pages.
 * Prints one table, the scaling ratios and the budgets; writes everything as JSON to a temp file.
 * Nothing is written inside the repository: the synthetic data live only in the temp folders.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { avviaChromium } from '../../tests/support/browser.ts';
import { serviDist } from '../../tests/support/server.ts';
import { analizzaDist, type AnalisiDist } from './analisi.ts';
import { misuraPagina, misuraRicerca, type Ricerca, type RisorsePagina } from './browser.ts';
import { generaDocumento, type Registro } from './genera.ts';
import { creaPavimento } from './pavimento.ts';
import { fasiDalLog, type FasiBuild } from './log-astro.ts';
import { esegui, senzaAnsi, type Esecuzione } from './processo.ts';
import { stampaRisultati } from './tabella.ts';

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
    /** Re-print the table of an earlier run's JSON (re-reading build logs kept with --conserva). */
    ristampa: { type: 'string' },
  },
});

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
  /** The same floor with the portal's build.concurrency (informative). */
  pavimentoConcorrente?: (Omit<Esecuzione, 'output'> & { pagine: number; concorrenza: number }) | null;
  caricoMedio: { prima: number[]; dopo: number[] };
  cartella: string | null;
}

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

async function main() {
  if (values.ristampa) return ristampa(values.ristampa);
  const radice = process.cwd();
  if (!existsSync(join(radice, SORGENTE)) || !existsSync(join(radice, 'scripts/bench/index.ts'))) {
    throw new Error('eseguire dalla radice del progetto: npm run bench');
  }
  const scale = values.scale.split(',').map((s) => Number(s.trim()));
  if (scale.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--scale non valido: ${values.scale}`);
  const runs = Number(values.runs);
  const nodeModules = join(radice, 'node_modules');
  const astro = join(nodeModules, 'astro', 'bin', 'astro.mjs');
  if (!existsSync(astro)) throw new Error(`${astro} non esiste: npm ci`);
  const originale = readFileSync(join(radice, SORGENTE), 'utf8');
  const registro = JSON.parse(readFileSync(join(radice, ANAGRAFICA), 'utf8')) as Registro;
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
  const inizio = performance.now();
  const risultati: RisultatoScala[] = [];
  const uscita = join(tmpdir(), `peg-bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const macchina = {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    memoriaGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    caricoMedioInizio: loadavg(),
  };
  const log = (s: string) => console.log(`[bench ${((performance.now() - inizio) / 1000).toFixed(0).padStart(4)} s] ${s}`);
  log(`macchina: ${macchina.nproc} core (${macchina.cpu}), ${macchina.memoriaGiB} GiB, Node ${macchina.node}, carico medio ${macchina.caricoMedioInizio.map((x) => x.toFixed(1)).join(' ')}`);

  for (const scala of scale) {
    const caricoPrima = loadavg();
    const dir = mkdtempSync(join(tmpdir(), `peg-bench-${scala}x-`));
    log(`${scala}×: progetto copiato in ${dir}`);
    for (const voce of DA_COPIARE) {
      cpSync(join(radice, voce), join(dir, voce), { recursive: true, filter: (s) => !s.includes(`${join(radice, 'content', 'data')}/`) });
    }
    symlinkSync(nodeModules, join(dir, 'node_modules'));
    mkdirSync(join(dir, 'content', 'incarichi-conferiti'), { recursive: true });
    mkdirSync(join(dir, 'content', 'data'), { recursive: true });
    const gen = generaDocumento(originale, registro, scala);
    writeFileSync(join(dir, SORGENTE), gen.sorgente);
    writeFileSync(join(dir, ANAGRAFICA), gen.anagrafica);
    log(`${scala}×: documento sintetico di ${gen.righe} righe (${(gen.sorgente.length / 1e6).toFixed(1)} MB)`);

    const ingest = await esegui(process.execPath, ['scripts/ingest.ts'], { cwd: dir, log: join(dir, 'ingest.log'), env });
    if (ingest.codice !== 0) throw new Error(`${scala}×: ingest fallito (${ingest.codice}):\n${ingest.output.slice(-2000)}`);
    const riepilogo = /ingest: scritto [^:]+: (.+)/.exec(ingest.output)?.[1] ?? '';
    log(`${scala}×: ingest in ${(ingest.ms / 1000).toFixed(1)} s: ${riepilogo}`);
    const conteggi = JSON.parse(readFileSync(join(dir, 'content/data/ingest-report.json'), 'utf8')).conteggi as Record<string, number>;

    log(`${scala}×: astro build…`);
    let ultimoEco = 0;
    const build = await esegui(process.execPath, [astro, 'build'], {
      cwd: dir,
      log: join(dir, 'build.log'),
      env,
      eco: (r) => {
        const t = senzaAnsi(r);
        const fase = /(generating static routes|Completed in|Pagefind:|Building static|Collecting build|\[types\]|page\(s\) built|sitemap|Waiting for)/.test(t);
        if (fase || performance.now() - ultimoEco > 60_000) {
          ultimoEco = performance.now();
          log(`${scala}×   ${t.trim().slice(0, 140)}`);
        }
      },
    });
    if (build.codice !== 0) throw new Error(`${scala}×: build fallito (${build.codice}), log in ${join(dir, 'build.log')}:\n${senzaAnsi(build.output).slice(-3000)}`);
    const fasi = fasiDalLog(build.output);
    log(`${scala}×: build in ${(build.ms / 1000).toFixed(1)} s, picco ${(build.piccoAlberoKb / 1024).toFixed(0)} MiB`);

    const dist = analizzaDist(join(dir, 'dist'));
    log(`${scala}×: dist analizzato in ${(dist.ms / 1000).toFixed(1)} s: ${dist.pagine} pagine, ${(dist.byte / 1e6).toFixed(1)} MB`);

    let ricerca: Ricerca | null = null;
    const pagine: Record<string, RisorsePagina> = {};
    if (!values['senza-browser']) {
      const server = await serviDist(join(dir, 'dist'));
      const browser = await avviaChromium();
      try {
        try {
          ricerca = await misuraRicerca(browser, server.base, ...QUERY);
        } catch (e) {
          log(`${scala}×: ricerca non misurata: ${(e as Error).message.split('\n')[0]}`);
        }
        for (const [tipo, percorso] of Object.entries(PAGINE)) {
          pagine[tipo] = await misuraPagina(browser, server.base, percorso, runs);
          if (pagine[tipo].errore) log(`${scala}×: ${percorso}: ${pagine[tipo].errore}`);
        }
      } finally {
        await browser.close();
        await server.chiudi();
      }
      log(`${scala}×: misure nel browser fatte`);
    }

    let pavimento: RisultatoScala['pavimento'] = null;
    let pavimentoConcorrente: RisultatoScala['pavimentoConcorrente'] = null;
    if (!values['senza-pavimento']) {
      const costruisci = async (concorrenza: number | undefined, nome: string) => {
        const pdir = creaPavimento(nodeModules, dist.pagine, concorrenza);
        try {
          const p = await esegui(process.execPath, [astro, 'build'], { cwd: pdir, log: join(dir, `${nome}.log`), env });
          if (p.codice !== 0) throw new Error(`${nome} ${scala}×: build fallito:\n${senzaAnsi(p.output).slice(-2000)}`);
          return { ...senzaOutput(p), pagine: dist.pagine };
        } finally {
          rmSync(pdir, { recursive: true, force: true });
        }
      };
      pavimento = await costruisci(undefined, 'pavimento');
      log(`${scala}×: pavimento Astro (${dist.pagine} pagine banali) in ${(pavimento.ms / 1000).toFixed(1)} s`);
      const concorrenza = concorrenzaPortale();
      pavimentoConcorrente = { ...(await costruisci(concorrenza, 'pavimento-concorrente')), concorrenza };
      log(`${scala}×: pavimento con build.concurrency ${concorrenza} in ${(pavimentoConcorrente.ms / 1000).toFixed(1)} s`);
    }

    risultati.push({
      scala,
      righeSorgente: gen.righe,
      byteSorgente: Buffer.byteLength(gen.sorgente),
      conteggi,
      ingest: { ...senzaOutput(ingest), riepilogo },
      build: { ...senzaOutput(build), fasi },
      dist,
      ricerca,
      pagine,
      pavimento,
      pavimentoConcorrente,
      caricoMedio: { prima: caricoPrima, dopo: loadavg() },
      cartella: values.conserva ? dir : null,
    });
    if (!values.conserva) rmSync(dir, { recursive: true, force: true });
    writeFileSync(uscita, JSON.stringify({ macchina, risultati, durataMs: performance.now() - inizio }, null, 2));
  }

  const durataMs = performance.now() - inizio;
  const valutazione = stampaRisultati(risultati, macchina, durataMs);
  writeFileSync(uscita, JSON.stringify({ macchina: { ...macchina, caricoMedioFine: loadavg() }, risultati, valutazione, durataMs }, null, 2));
  console.log(`\nRisultati in JSON: ${resolve(uscita)}`);
}

await main();

/** The portal's build.concurrency, read from astro.config.mjs so the informative floor follows it. */
function concorrenzaPortale(): number {
  const m = /concurrency:\s*(\d+)/.exec(readFileSync('astro.config.mjs', 'utf8'));
  return m ? Number(m[1]) : 1;
}
