/**
 * `npm run bench -- --metropoli [--coppie 3] [--scala-metropoli 20] [--profilo] [--conserva] [--senza-browser]`
 *
 * "A metropolis over five years": 5 plans with 2 variations each (15 editions), each 20× the real
 * document, each variation changing 10 % of the records and each new year 40 % (metropoli.ts).
 * In a temporary copy of the project the editions are registered with the real CLI
 * (`scripts/edizione.ts aggiungi`), imported (`scripts/ingest.ts`) and built, in pairs with Astro's
 * floor for the same page count, alternating the order. Every timed build starts cold, as in a fresh
 * clone: its own empty Astro cache (PEG_CACHE_DIR, the floor's cacheDir in its own folder), no dist/,
 * dirty pages flushed (`sync`). Then: pages and distinct record versions, peak memory, first and
 * second search in Chromium, and a 16th edition (one more variation) registered and built as many
 * times, for the time one variation adds. `--profilo`: one more build under `node --cpu-prof`,
 * summarised (profilo.ts). The load average is printed with every figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { numeroVersioni, storie } from '../../src/dominio/versioni.ts';
import { CAMPI_VERSIONE_INCARICO, CAMPI_VERSIONE_OBIETTIVO } from '../../src/dominio/serie.ts';
import type { Incarico, Obiettivo } from '../../src/schemas/index.ts';
import { avviaChromium } from '../lib/browser.ts';
import { copiaProgetto } from '../lib/progetto.ts';
import { serviDist } from '../lib/server.ts';
import { mediana } from './analisi.ts';
import { misuraRicerca, type Ricerca } from './browser.ts';
import type { Registro } from './genera.ts';
import { fasiDalLog } from './log-astro.ts';
import { generaScenario } from './metropoli.ts';
import { ambienteBuild } from '../lib/ambiente-build.ts';
import { creaPavimento } from './pavimento.ts';
import { esegui, senzaAnsi } from './processo.ts';
import { riassumiProfilo, righeRiassunto, type ProfiloCpu } from './profilo.ts';

const SORGENTE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const ANAGRAFICA = 'content/anagrafica/entita.json';
const QUERY: [string, string] = ['lavoro', 'progetto'];

export interface OpzioniMetropoli {
  coppie: number;
  scala: number;
  profilo: boolean;
  conserva: boolean;
  senzaBrowser: boolean;
}

const carico = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gib = (kb: number) => `${(kb / 2 ** 20).toFixed(2)} GiB`;

export async function benchMetropoli(o: OpzioniMetropoli) {
  const radice = process.cwd();
  const nodeModules = join(radice, 'node_modules');
  const astro = join(nodeModules, 'astro', 'bin', 'astro.mjs');
  if (!existsSync(astro)) throw new Error(`${astro} non esiste: npm ci`);
  const inizio = performance.now();
  const log = (x: string) =>
    console.log(`[metropoli ${((performance.now() - inizio) / 1000).toFixed(0).padStart(4)} s · carico ${carico()}] ${x}`);
  const macchina = { nproc: cpus().length, cpu: cpus()[0]?.model ?? '?', memoriaGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version };
  log(`macchina: ${macchina.nproc} core (${macchina.cpu}), ${macchina.memoriaGiB} GiB, Node ${macchina.node}`);

  // 1. The editions: 5 years × (plan + 2 variations), and the 16th (a third variation of the last year)
  const originale = readFileSync(join(radice, SORGENTE), 'utf8');
  const registro = JSON.parse(readFileSync(join(radice, ANAGRAFICA), 'utf8')) as Registro;
  const t0 = performance.now();
  const scenario = generaScenario(originale, registro, { scala: o.scala, anni: 5, variazioni: 2, extra: 1 });
  const sedicesima = scenario.edizioni.pop()!;
  log(`${scenario.edizioni.length} edizioni da ${o.scala}× generate in ${s(performance.now() - t0)}`);

  // 2. A copy of the project with an empty register, then every edition registered with the CLI
  const dir = copiaProgetto('peg-bench-metropoli-', radice);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
  const node = (args: string[], nome: string) => esegui(process.execPath, args, { cwd: dir, log: join(dir, `${nome}.log`), env });
  rmSync(join(dir, 'content', 'data'), { recursive: true, force: true });
  mkdirSync(join(dir, 'content', 'data'));
  writeFileSync(join(dir, ANAGRAFICA), scenario.anagrafica);
  mkdirSync(join(dir, 'testi'));
  const registra = async (e: (typeof scenario.edizioni)[number]) => {
    const file = join(dir, 'testi', `${e.anno}-${e.variazione}.txt`);
    writeFileSync(file, e.testo);
    const r = await node(
      ['scripts/edizione.ts', 'aggiungi', file, '--anno', String(e.anno), '--variazione', String(e.variazione), '--atto', e.atto, '--pubblicazione', e.pubblicazione, '--oggi', e.pubblicazione],
      `edizione-${e.anno}-${e.variazione}`,
    );
    if (r.codice !== 0) throw new Error(`edizione ${e.anno}/${e.variazione} non registrata:\n${r.output.slice(-2000)}`);
  };
  const t1 = performance.now();
  for (const [k, e] of scenario.edizioni.entries()) {
    await registra(e);
    // The register is never empty: the real edition goes once the first synthetic one is in
    if (k === 0) {
      const fileRegistro = join(dir, 'content', 'edizioni.json');
      const voci = JSON.parse(readFileSync(fileRegistro, 'utf8')) as { file: string }[];
      writeFileSync(fileRegistro, JSON.stringify(voci.filter((v) => v.file !== SORGENTE), null, 2) + '\n');
      rmSync(join(dir, SORGENTE));
    }
  }
  log(`registrate con npm run edizione -- aggiungi in ${s(performance.now() - t1)} (copia in ${dir})`);
  const importa = async (nome: string) => {
    const r = await node(['scripts/ingest.ts'], nome);
    if (r.codice !== 0) throw new Error(`ingest fallito:\n${r.output.slice(-2000)}`);
    log(`ingest in ${s(r.ms)}, picco ${gib(r.piccoAlberoKb)}: ${/ingest: scritto [^:]+: (.+)/.exec(r.output)?.[1] ?? ''}`);
    return r;
  };
  const ingest15 = await importa('ingest');
  const versioni15 = contaVersioni(dir);
  const quote = scenario.edizioni.slice(1).map((e) => ({ id: `${e.anno}-${e.variazione}`, ...e.quote! }));
  log(`record: ${versioni15.record} obiettivi e voci distinti, ${versioni15.versioni} versioni distinte (${versioni15.obiettivi} di obiettivi, ${versioni15.incarichi} di voci)`);
  log(`quote cambiate per edizione (obiettivi, voci): ${quote.map((q) => `${q.id} ${(q.obiettivi * 100).toFixed(0)}/${(q.incarichi * 100).toFixed(0)} %`).join(', ')}`);

  // 3. Pairs of (our build, floor), alternating the order, every build cold
  const build = async (nome: string, extra: string[] = []) => {
    const cache = mkdtempSync(join(tmpdir(), 'peg-bench-metropoli-cache-'));
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    execFileSync('sync');
    const caricoPrima = carico();
    const b = await esegui(process.execPath, [...extra, astro, 'build'], {
      cwd: dir,
      log: join(dir, `${nome}.log`),
      env: ambienteBuild({ ...env, PEG_CACHE_DIR: cache }),
    });
    rmSync(cache, { recursive: true, force: true });
    if (b.codice !== 0) throw new Error(`${nome}: build fallito, log in ${join(dir, `${nome}.log`)}:\n${senzaAnsi(b.output).slice(-3000)}`);
    const f = fasiDalLog(b.output);
    log(
      `${nome}: ${s(b.ms)} (render ${f.renderMs == null ? '?' : s(f.renderMs)}, Pagefind dopo il render ${f.pagefindMs == null ? '?' : s(f.pagefindMs)}), picco albero ${gib(b.piccoAlberoKb)}, processo più grande ${gib(b.maxRssTimeKb ?? b.piccoProcessoKb)}; carico prima ${caricoPrima}`,
    );
    return { ...b, output: '', caricoPrima, caricoDopo: carico(), fasi: f };
  };
  let pagine = 0;
  let byteDist = 0;
  const pavimento = async (nome: string, stessiByte = false) => {
    const pdir = creaPavimento(nodeModules, pagine, undefined, stessiByte ? Math.round(byteDist / pagine) : 0);
    try {
      execFileSync('sync');
      const caricoPrima = carico();
      const p = await esegui(process.execPath, [astro, 'build'], { cwd: pdir, log: join(dir, `${nome}.log`), env });
      if (p.codice !== 0) throw new Error(`${nome}: build fallito:\n${senzaAnsi(p.output).slice(-2000)}`);
      log(`${nome} (${pagine} pagine ${stessiByte ? `di ${(byteDist / pagine / 1024).toFixed(1)} KB, gli stessi byte del sito` : 'banali'}): ${s(p.ms)}; carico prima ${caricoPrima}`);
      return { ...p, output: '', caricoPrima, caricoDopo: carico() };
    } finally {
      rmSync(pdir, { recursive: true, force: true });
    }
  };
  let profilo: ReturnType<typeof riassumiProfilo> | null = null;
  const builds: Awaited<ReturnType<typeof build>>[] = [];
  const pavimenti: Awaited<ReturnType<typeof pavimento>>[] = [];
  const pavimentiByte: Awaited<ReturnType<typeof pavimento>>[] = [];
  const coppie: { ordine: string; buildMs: number; pavimentoMs: number; rapporto: number }[] = [];
  for (let k = 0; k < o.coppie; k++) {
    const prima = k % 2 === 1;
    const p0 = prima ? await pavimento(`pavimento-${k + 1}`) : null;
    const b = await build(`build-${k + 1}`);
    builds.push(b);
    if (!pagine) pagine = contaPagine(join(dir, 'dist'));
    if (!byteDist) byteDist = contaByte(join(dir, 'dist'));
    const p = p0 ?? (await pavimento(`pavimento-${k + 1}`));
    pavimenti.push(p);
    pavimentiByte.push(await pavimento(`pavimento-byte-${k + 1}`, true));
    coppie.push({ ordine: prima ? 'pavimento, build' : 'build, pavimento', buildMs: b.ms, pavimentoMs: p.ms, rapporto: b.ms / p.ms });
    log(`coppia ${k + 1} (${coppie.at(-1)!.ordine}): ${(b.ms / p.ms).toFixed(2)}×`);
    // After the first pair, one more build under --cpu-prof (same cold start), read while the rest runs
    if (k === 0 && o.profilo) {
      const cartellaProfilo = join(dir, 'profilo');
      await build('build-profilo', ['--cpu-prof', `--cpu-prof-dir=${cartellaProfilo}`]);
      const file = readdirSync(cartellaProfilo)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(cartellaProfilo, f))
        .sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
      if (file) {
        profilo = riassumiProfilo(JSON.parse(readFileSync(file, 'utf8')) as ProfiloCpu, 25);
        for (const r of righeRiassunto(profilo)) log(r);
        log(`profilo completo: ${file}`);
      }
    }
  }
  const pagineDist = contaPagine(join(dir, 'dist'));
  const pagefind = readdirSync(join(dir, 'dist', 'pagefind'), { recursive: true }).length;

  // 4. Search in Chromium: first and second query, default scope
  let ricerca: Ricerca | null = null;
  let ricercaTutte: Ricerca | null = null;
  const ambiti = ambitiRicerca(join(dir, 'dist'));
  if (!o.senzaBrowser) {
    const server = await serviDist(join(dir, 'dist'));
    const browser = await avviaChromium();
    try {
      ricerca = await misuraRicerca(browser, server.base, ...QUERY);
      log(`ricerca, edizione corrente: prima ${(ricerca.prima.gzip / 1024).toFixed(1)} KB gzip (${ricerca.prima.richieste} richieste), seconda ${(ricerca.seconda.gzip / 1024).toFixed(1)} KB; ${ricerca.risultati1}`);
      // "Tutte le edizioni" (the versions' index), in a fresh browser context like the first
      ricercaTutte = await misuraRicerca(browser, server.base, ...QUERY, '&edizione=tutte');
      log(`ricerca, tutte le edizioni: prima ${(ricercaTutte.prima.gzip / 1024).toFixed(1)} KB gzip (${ricercaTutte.prima.richieste} richieste), seconda ${(ricercaTutte.seconda.gzip / 1024).toFixed(1)} KB; ${ricercaTutte.risultati1}`);
    } catch (e) {
      log(`ricerca non misurata: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      await browser.close();
      await server.chiudi();
    }
  }

  // 5. One more variation: the 16th edition registered, imported and built as many times
  await registra(sedicesima);
  const ingest16 = await importa('ingest-16');
  const versioni16 = contaVersioni(dir);
  const builds16: Awaited<ReturnType<typeof build>>[] = [];
  for (let k = 0; k < Math.max(1, o.coppie - 1); k++) builds16.push(await build(`build-16-${k + 1}`));
  const pagine16 = contaPagine(join(dir, 'dist'));

  // 6. The figures
  const ms = (xs: { ms: number }[]) => xs.map((x) => x.ms);
  const minB = Math.min(...ms(builds));
  const minP = Math.min(...ms(pavimenti));
  const risultato = {
    macchina,
    scala: o.scala,
    edizioni: scenario.edizioni.length,
    quote,
    ingest: { ms: ingest15.ms, piccoKb: ingest15.piccoAlberoKb },
    pagine: pagineDist,
    filePagefind: pagefind,
    ambiti,
    versioni: versioni15,
    coppie,
    builds: builds.map(({ ms, piccoAlberoKb, piccoProcessoKb, maxRssTimeKb, caricoPrima, caricoDopo, fasi }) => ({ ms, piccoAlberoKb, piccoProcessoKb, maxRssTimeKb, caricoPrima, caricoDopo, renderMs: fasi.renderMs, pagefindMs: fasi.pagefindMs })),
    pavimenti: pavimenti.map(({ ms, caricoPrima, caricoDopo }) => ({ ms, caricoPrima, caricoDopo })),
    byteDist,
    pavimentiByte: pavimentiByte.map(({ ms, caricoPrima, caricoDopo }) => ({ ms, caricoPrima, caricoDopo })),
    rapportoMinimiByte: minB / Math.min(...ms(pavimentiByte)),
    rapportoMediana: mediana(coppie.map((c) => c.rapporto)),
    rapportoMinimi: minB / minP,
    piccoAlberoKb: Math.max(...builds.map((b) => b.piccoAlberoKb)),
    piccoProcessoKb: Math.max(...builds.map((b) => b.maxRssTimeKb ?? b.piccoProcessoKb)),
    ricerca: riassuntoRicerca(ricerca),
    ricercaTutte: riassuntoRicerca(ricercaTutte),
    sedicesima: {
      ingestMs: ingest16.ms,
      pagine: pagine16,
      versioni: versioni16,
      builds: builds16.map(({ ms, caricoPrima }) => ({ ms, caricoPrima })),
      piuMediana: mediana(ms(builds16)) - mediana(ms(builds)),
      piuMinimi: Math.min(...ms(builds16)) - minB,
    },
    profilo,
    durataMs: performance.now() - inizio,
    caricoFine: loadavg(),
  };
  const uscita = join(tmpdir(), `peg-bench-metropoli-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(uscita, JSON.stringify(risultato, null, 2));
  stampa(risultato);
  if (!o.conserva) rmSync(dir, { recursive: true, force: true });
  console.log(`\nRisultati in JSON: ${resolve(uscita)}${o.conserva ? `; progetto conservato in ${dir}` : ''}`);
}

function stampa(r: {
  scala: number; edizioni: number; pagine: number; versioni: ReturnType<typeof contaVersioni>; coppie: { ordine: string; buildMs: number; pavimentoMs: number; rapporto: number }[];
  builds: { ms: number; caricoPrima: string }[]; pavimenti: { ms: number; caricoPrima: string }[]; rapportoMediana: number; rapportoMinimi: number;
  byteDist: number; pavimentiByte: { ms: number; caricoPrima: string }[]; rapportoMinimiByte: number;
  piccoAlberoKb: number; piccoProcessoKb: number; ricerca: { prima: { gzip: number; richieste: number }; seconda: { gzip: number; richieste: number } } | null;
  ricercaTutte: { prima: { gzip: number; richieste: number }; seconda: { gzip: number; richieste: number } } | null;
  ambiti: string[]; sedicesima: { pagine: number; versioni: ReturnType<typeof contaVersioni>; builds: { ms: number }[]; piuMediana: number; piuMinimi: number };
  ingest: { ms: number }; caricoFine: number[]; durataMs: number;
}) {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const esito = (ok: boolean) => (ok ? 'rispettato' : 'SUPERATO');
  const righe: [string, string][] = [
    ['edizioni (5 piani × 3, ciascuna ' + r.scala + '× il documento)', String(r.edizioni)],
    ['pagine HTML', r.pagine.toLocaleString('it-IT')],
    ['versioni distinte di record (obiettivi + voci)', `${r.versioni.versioni} (${r.versioni.obiettivi} + ${r.versioni.incarichi}) di ${r.versioni.record} record`],
    ['importazione di 15 edizioni', `${(r.ingest.ms / 1000).toFixed(1)} s`],
    ['build, ciascuna a freddo', r.builds.map((b) => `${(b.ms / 1000).toFixed(1)} s (carico ${b.caricoPrima.split(' ')[0]})`).join(', ')],
    ['pavimento Astro, stesse pagine', r.pavimenti.map((b) => `${(b.ms / 1000).toFixed(1)} s (carico ${b.caricoPrima.split(' ')[0]})`).join(', ')],
    ['coppie (ordine: rapporto)', r.coppie.map((c) => `${c.ordine}: ${c.rapporto.toFixed(2)}×`).join('; ')],
    ['build / pavimento, mediana delle coppie', `${r.rapportoMediana.toFixed(2)}×`],
    ['build / pavimento, minimo su minimo (obiettivo ≤ 1,5×)', `${r.rapportoMinimi.toFixed(2)}× ${esito(r.rapportoMinimi <= 1.5)}`],
    [`pavimento con gli stessi byte del sito (${(r.byteDist / 2 ** 20).toFixed(0)} MiB)`, r.pavimentiByte.map((b) => `${(b.ms / 1000).toFixed(1)} s (carico ${b.caricoPrima.split(' ')[0]})`).join(', ')],
    ['build / pavimento con gli stessi byte, minimo su minimo', `${r.rapportoMinimiByte.toFixed(2)}×`],
    ['memoria di picco, albero dei processi (obiettivo ≤ 3 GB)', `${(r.piccoAlberoKb / 2 ** 20).toFixed(2)} GiB ${esito(r.piccoAlberoKb * 1024 <= 3e9)}`],
    ['memoria di picco, processo più grande', `${(r.piccoProcessoKb / 2 ** 20).toFixed(2)} GiB`],
    ['prima ricerca, ambito predefinito (gzip; obiettivo ≤ 150 KB)', r.ricerca ? `${kb(r.ricerca.prima.gzip)} in ${r.ricerca.prima.richieste} richieste ${esito(r.ricerca.prima.gzip <= 150 * 1024)}` : 'non misurata'],
    ['seconda ricerca (gzip)', r.ricerca ? `${kb(r.ricerca.seconda.gzip)} in ${r.ricerca.seconda.richieste} richieste` : 'non misurata'],
    ['prima ricerca, tutte le edizioni (gzip)', r.ricercaTutte ? `${kb(r.ricercaTutte.prima.gzip)} in ${r.ricercaTutte.prima.richieste} richieste` : 'non misurata'],
    ['seconda ricerca, tutte le edizioni (gzip)', r.ricercaTutte ? `${kb(r.ricercaTutte.seconda.gzip)} in ${r.ricercaTutte.seconda.richieste} richieste` : 'non misurata'],
    ['indici di ricerca nel sito', r.ambiti.join(', ')],
    ['16ª edizione (una variazione in più): pagine, versioni', `${r.sedicesima.pagine.toLocaleString('it-IT')} (+${r.sedicesima.pagine - r.pagine}), ${r.sedicesima.versioni.versioni} (+${r.sedicesima.versioni.versioni - r.versioni.versioni})`],
    ['16ª edizione: build', r.sedicesima.builds.map((b) => `${(b.ms / 1000).toFixed(1)} s`).join(', ')],
    ['tempo che aggiunge una variazione (mediane; minimi)', `${(r.sedicesima.piuMediana / 1000).toFixed(1)} s; ${(r.sedicesima.piuMinimi / 1000).toFixed(1)} s`],
  ];
  const w = Math.max(...righe.map(([a]) => a.length));
  console.log(`\nMetropoli (${(r.durataMs / 1000).toFixed(0)} s, carico medio alla fine ${r.caricoFine.map((x) => x.toFixed(1)).join(' ')}):`);
  for (const [a, b] of righe) console.log(`  ${a.padEnd(w)}  ${b}`);
}

function riassuntoRicerca(r: Ricerca | null) {
  return (
    r && {
      prima: { richieste: r.prima.richieste, gzip: r.prima.gzip },
      seconda: { richieste: r.seconda.richieste, gzip: r.seconda.gzip },
      risultati: [r.risultati1, r.risultati2],
    }
  );
}

function contaPagine(dist: string): number {
  return (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
}

/** Bytes of every file under dist (pages, downloads, search index): what the build writes. */
function contaByte(dist: string): number {
  return (readdirSync(dist, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);
}

/** Pagefind bundles in the site: the default one, and any per-edition or merged ones beside it. */
function ambitiRicerca(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('pagefind-entry.json'))
    .map((f) => `/${f.replace(/pagefind-entry\.json$/, '')}`)
    .sort();
}

/** Records and distinct versions across the imported editions, as the build counts them. */
function contaVersioni(dir: string) {
  const cartella = join(dir, 'content', 'data', 'edizioni');
  const registro = JSON.parse(readFileSync(join(dir, 'content', 'edizioni.json'), 'utf8')) as { id: string }[];
  const leggi = <T>(id: string, nome: string) => JSON.parse(readFileSync(join(cartella, id, `${nome}.json`), 'utf8')) as T[];
  const ob = storie(registro.map((e) => ({ edizione: e.id, record: leggi<Obiettivo>(e.id, 'obiettivi') })), (x) => x.codice, CAMPI_VERSIONE_OBIETTIVO);
  const inc = storie(registro.map((e) => ({ edizione: e.id, record: leggi<Incarico>(e.id, 'incarichi') })), (x) => x.id, CAMPI_VERSIONE_INCARICO);
  const obiettivi = numeroVersioni(ob);
  const incarichi = numeroVersioni(inc);
  return { record: ob.size + inc.size, obiettivi, incarichi, versioni: obiettivi + incarichi };
}

