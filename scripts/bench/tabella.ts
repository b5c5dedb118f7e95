/** The benchmark's printout: one aligned table (metrics down, scales across), scaling ratios, budgets. */
import { LIMITE_CARICAMENTO_MS } from './browser.ts';
import type { RisultatoScala } from './tipi.ts';

const KB = 1024;
const MB = 1024 * 1024;
const kb = (n: number | null | undefined) => (n == null ? '–' : `${(n / KB).toFixed(1)} KB`);
const mb = (n: number | null | undefined) => (n == null ? '–' : `${(n / MB).toFixed(1)} MB`);
const sec = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const msf = (ms: number | null | undefined) => (ms == null ? '–' : `${Math.round(ms)} ms`);
const num = (n: number | null | undefined) => (n == null ? '–' : n.toLocaleString('en-US'));
const rapporto = (a: number | null | undefined, b: number | null | undefined) => (a == null || !b ? null : a / b);
const x = (r: number | null) => (r == null ? '–' : `${r.toFixed(2)}×`);

/** Record pages: one per objective, indicator code, programme line. */
export const TIPI_RECORD = ['obiettivi', 'indicatori', 'incarichi'];
const PAGINE_GRAFICO = ['home', 'indice incarichi'];

function record(r: RisultatoScala) {
  const tipi = TIPI_RECORD.map((t) => r.dist.perTipo[t]).filter(Boolean);
  return {
    maxRaw: Math.max(...tipi.map((s) => s!.maxRaw)),
    maxGzip: Math.max(...tipi.map((s) => s!.maxGzip)),
    maxPagina: tipi.sort((a, b) => b!.maxRaw - a!.maxRaw)[0]?.maxPagina ?? '',
    medianaRaw: Math.max(...tipi.map((s) => s!.medianaRaw)),
  };
}

const jsTotale = (p: RisultatoScala['pagine'][string] | undefined) => (p && !p.errore ? { raw: p.js.raw + p.js.inlineRaw, gzip: p.js.gzip + p.js.inlineGzip } : null);
const cssTotale = (p: RisultatoScala['pagine'][string] | undefined) => (p && !p.errore ? { raw: p.css.raw + p.css.inlineRaw, gzip: p.css.gzip + p.css.inlineGzip } : null);

export interface Verdetto {
  budget: string;
  valore: string;
  esito: 'ok' | 'SUPERATO' | 'n/d';
  scala: number | null;
}

export function stampaRisultati(
  rs: RisultatoScala[],
  macchina: { nproc: number; cpu: string; memoriaGiB: number; node: string; caricoMedioInizio: number[] },
  durataMs: number,
): { verdetti: Verdetto[]; rapporti: Record<string, number | null>[] } {
  const righe: [string, ...string[]][] = [];
  const riga = (etichetta: string, f: (r: RisultatoScala) => string) => righe.push([etichetta, ...rs.map(f)]);
  const sezione = (t: string) => righe.push([`— ${t}`, ...rs.map(() => '')]);

  sezione('dati');
  riga('righe del documento', (r) => `${num(r.righeSorgente)} (${mb(r.byteSorgente)})`);
  riga('obiettivi', (r) => num(r.conteggi.obiettivi));
  riga('righe obiettivo-indicatore', (r) => num(r.conteggi.righeObiettivoIndicatore));
  riga('codici indicatore', (r) => num(r.conteggi.codiciIndicatore));
  riga('voci programma incarichi', (r) => num(r.conteggi.incarichi));
  riga('settori / persone / linee', (r) => `${num(r.conteggi.settori)} / ${num(r.conteggi.persone)} / ${num(r.conteggi.lineeStrategiche)}`);
  sezione('tempi');
  riga('ingest', (r) => sec(r.ingest.ms));
  riga('astro build (totale, wall; mediana)', (r) => sec(r.build.ms));
  riga('  content sync + tipi', (r) => sec(r.build.fasi.contenutiMs));
  riga('  bundle (vite)', (r) => sec(r.build.fasi.bundleMs));
  riga('  render pagine (Pagefind indicizza in parallelo)', (r) => sec(r.build.fasi.renderMs));
  riga('  scrittura indice Pagefind (in parallelo alle pagine finali)', (r) => sec(r.build.fasi.pagefindScritturaMs));
  riga('  Pagefind dopo il render (attesa)', (r) => sec(r.build.fasi.pagefindMs));
  riga('  resto (avvio, hook, sitemap)', (r) => {
    const f = r.build.fasi;
    return sec(r.build.ms - (f.contenutiMs ?? 0) - (f.bundleMs ?? 0) - (f.renderMs ?? 0) - (f.pagefindMs ?? 0));
  });
  riga('  render: sezione più lenta', (r) => {
    const s = r.build.fasi.renderPerSezione?.[0];
    return s ? `${s.sezione} ${sec(s.ms)} (${num(s.pagine)} p.)` : '–';
  });
  riga('  render: pagina più lenta', (r) => {
    const p = r.build.fasi.piuLente?.[0];
    return p ? `${p.pagina.replace(/index\.html$/, '')} ${msf(p.ms)}` : '–';
  });
  riga('render per pagina', (r) => (r.build.fasi.renderMs == null ? '–' : `${(r.build.fasi.renderMs / r.dist.pagine).toFixed(1)} ms`));
  riga('pavimento Astro (stesse pagine; mediana)', (r) => sec(r.pavimento?.ms));
  riga('build / pavimento (mediana delle coppie)', (r) => x(rapportoBuild(r)));
  riga('build / pavimento (minimo su minimo)', (r) => x(rapportoMinimi(r)));
  riga('  coppie build / pavimento', (r) =>
    (r.coppie ?? []).map((c) => `${sec(c.buildMs)} / ${sec(c.pavimentoMs)} = ${x(c.rapporto)}`).join('; ') || '–',
  );
  riga('pavimento con la concurrency del portale', (r) =>
    r.pavimentoConcorrente ? `${sec(r.pavimentoConcorrente.ms)} (${r.pavimentoConcorrente.concorrenza} pagine alla volta)` : '–',
  );
  riga('build / pavimento con concurrency', (r) => x(rapporto(r.build.ms, r.pavimentoConcorrente?.ms)));
  riga('carico medio 1 min (prima/dopo)', (r) => `${r.caricoMedio.prima[0]!.toFixed(1)} / ${r.caricoMedio.dopo[0]!.toFixed(1)}`);
  sezione('memoria (picco)');
  riga('albero processi build (Σ RSS)', (r) => mb(r.build.piccoAlberoKb * 1024));
  riga('singolo processo (VmHWM)', (r) => mb(r.build.piccoProcessoKb * 1024));
  riga('GNU time max RSS', (r) => (r.build.maxRssTimeKb == null ? '–' : mb(r.build.maxRssTimeKb * 1024)));
  riga('ingest (VmHWM)', (r) => mb(r.ingest.piccoProcessoKb * 1024));
  sezione('output');
  riga('pagine HTML', (r) => num(r.dist.pagine));
  riga('file / byte dist', (r) => `${num(r.dist.file)} / ${mb(r.dist.byte)}`);
  riga('indice Pagefind (dist/pagefind)', (r) => `${mb(r.dist.pagefind.byte)} (${num(r.dist.pagefind.file)} file)`);
  riga('HTML mediana raw / gzip', (r) => `${kb(r.dist.html.medianaRaw)} / ${kb(r.dist.html.medianaGzip)}`);
  riga('HTML max raw / gzip', (r) => `${kb(r.dist.html.maxRaw)} / ${kb(r.dist.html.maxGzip)}`);
  riga('  pagina più grande', (r) => r.dist.html.maxPagina.replace(/index\.html$/, ''));
  for (const t of TIPI_RECORD) {
    riga(`pagina ${t} mediana / max raw`, (r) => (r.dist.perTipo[t] ? `${kb(r.dist.perTipo[t].medianaRaw)} / ${kb(r.dist.perTipo[t].maxRaw)}` : '–'));
  }
  for (const t of ['obiettivi/', 'indicatori/', 'incarichi/', 'settori/', 'responsabili/', 'fonte/', 'dati/', 'qualita-dei-dati/']) {
    riga(`pagina /${t} raw / gzip`, (r) => (r.dist.perTipo[t] ? `${kb(r.dist.perTipo[t].maxRaw)} / ${kb(r.dist.perTipo[t].maxGzip)}` : '–'));
  }
  sezione('ricerca (raw = trasferito qui)');
  riga('query', (r) => (r.ricerca ? `"${r.ricerca.q1}", poi "${r.ricerca.q2}"` : '–'));
  riga('risultati', (r) => (r.ricerca ? `${r.ricerca.risultati1} / ${r.ricerca.risultati2}` : '–'));
  riga('1ª ricerca: richieste', (r) => num(r.ricerca?.prima.richieste));
  riga('1ª ricerca: raw / gzip-equiv', (r) => (r.ricerca ? `${kb(r.ricerca.prima.raw)} / ${kb(r.ricerca.prima.gzip)}` : '–'));
  riga('2ª ricerca: richieste', (r) => num(r.ricerca?.seconda.richieste));
  riga('2ª ricerca: raw / gzip-equiv', (r) => (r.ricerca ? `${kb(r.ricerca.seconda.raw)} / ${kb(r.ricerca.seconda.gzip)}` : '–'));
  sezione('JS / CSS al load (gzip)');
  const tipiPagina = [...new Set(rs.flatMap((r) => Object.keys(r.pagine)))];
  for (const t of tipiPagina) {
    riga(`JS ${t}`, (r) => {
      const j = jsTotale(r.pagine[t]);
      return j ? `${kb(j.gzip)} (${r.pagine[t]!.js.file} file)` : '–';
    });
  }
  for (const t of tipiPagina) riga(`CSS ${t}`, (r) => kb(cssTotale(r.pagine[t])?.gzip));
  sezione('LCP / TBT (Chromium, CPU 4×)');
  for (const t of tipiPagina.filter((t) => t !== 'cerca')) {
    riga(`${t}`, (r) => (r.pagine[t] ? (r.pagine[t].errore ? `load > ${LIMITE_CARICAMENTO_MS / 1000} s` : `${msf(r.pagine[t].lcpMs)} / ${msf(r.pagine[t].tbtMs)}`) : '–'));
  }

  const larghezze = righe[0]!.map((_, i) => Math.max(...righe.map((r) => r[i]!.length), i === 0 ? 0 : 8));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(larghezze[i]!) : c.padStart(larghezze[i]!))).join('  ');
  console.log('');
  console.log(
    `Macchina: ${macchina.nproc} core (${macchina.cpu}), ${macchina.memoriaGiB} GiB, Node ${macchina.node}; carico medio all'inizio ${macchina.caricoMedioInizio.map((v) => v.toFixed(1)).join(' ')}`,
  );
  console.log(fmt(['', ...rs.map((r) => `${r.scala}×`)]));
  console.log(fmt(larghezze.map((l) => '-'.repeat(l))));
  for (const r of righe) console.log(fmt(r));

  // Scaling ratios between consecutive scales
  const rapporti: Record<string, number | null>[] = [];
  console.log('\nRapporti di scala');
  for (let i = 1; i < rs.length; i++) {
    const a = rs[i - 1]!;
    const b = rs[i]!;
    const rec = (r: RisultatoScala) => (r.conteggi.obiettivi ?? 0) + (r.conteggi.codiciIndicatore ?? 0) + (r.conteggi.incarichi ?? 0);
    const rr = {
      da: a.scala,
      a: b.scala,
      record: rapporto(rec(b), rec(a)),
      pagine: rapporto(b.dist.pagine, a.dist.pagine),
      ingest: rapporto(b.ingest.ms, a.ingest.ms),
      build: rapporto(b.build.ms, a.build.ms),
      render: rapporto(b.build.fasi.renderMs, a.build.fasi.renderMs),
      // Pagefind's own work: the index writing wherever it ran (the wait after the render is now 0)
      pagefind: rapporto(scritturaPagefind(b), scritturaPagefind(a)),
      pavimento: rapporto(b.pavimento?.ms, a.pavimento?.ms),
      memoria: rapporto(b.build.piccoAlberoKb, a.build.piccoAlberoKb),
    };
    rapporti.push(rr);
    const lineare = (v: number | null) => (v == null || rr.record == null ? '' : v > rr.record * 1.25 ? ' (più che lineare)' : ' (≈ lineare o meno)');
    console.log(
      `  ${a.scala}× → ${b.scala}×: record ${x(rr.record)}, pagine ${x(rr.pagine)}; ingest ${x(rr.ingest)}${lineare(rr.ingest)}, build ${x(rr.build)}${lineare(rr.build)}, ` +
        `render ${x(rr.render)}${lineare(rr.render)}, Pagefind ${x(rr.pagefind)}${lineare(rr.pagefind)}, pavimento ${x(rr.pavimento)}, picco memoria ${x(rr.memoria)}`,
    );
  }

  // Budgets, on every scale run; the build-vs-floor budget is the 100× one
  const verdetti: Verdetto[] = [];
  const v = (budget: string, scala: number | null, valore: string, ok: boolean | null) =>
    verdetti.push({ budget, scala, valore, esito: ok == null ? 'n/d' : ok ? 'ok' : 'SUPERATO' });
  for (const r of rs) {
    const ob = jsTotale(r.pagine.obiettivo);
    v('pagina record: 0 byte di JS finché non si cerca', r.scala, ob ? `${ob.raw} B` : '–', ob ? ob.raw === 0 : null);
    const grafici = PAGINE_GRAFICO.map((t) => ({ t, j: jsTotale(r.pagine[t]) })).filter((g) => g.j);
    const peggiore = grafici.sort((a, b) => b.j!.gzip - a.j!.gzip)[0];
    v('pagina con grafici: < 60 KB gzip di JS', r.scala, peggiore ? `${kb(peggiore.j!.gzip)} (${peggiore.t})` : '–', peggiore ? peggiore.j!.gzip < 60 * KB : null);
    const rec = record(r);
    v('pagina record: < 30 KB HTML (max, raw)', r.scala, `${kb(rec.maxRaw)} raw, ${kb(rec.maxGzip)} gzip (${rec.maxPagina.replace(/index\.html$/, '')})`, rec.maxRaw < 30 * KB);
    const pf = r.ricerca?.prima;
    v('prima ricerca: < 150 KB trasferiti (server senza compressione)', r.scala, pf ? `${kb(pf.raw)} raw` : '–', pf ? pf.raw < 150 * KB : null);
    v('prima ricerca: < 150 KB trasferiti (host con gzip)', r.scala, pf ? `${kb(pf.gzip)} gzip-equiv` : '–', pf ? pf.gzip < 150 * KB : null);
    // Both statistics must hold: the pairs' median and the ratio of the fastest build to the fastest floor
    const rap = rapportoBuild(r);
    const min = rapportoMinimi(r);
    const entrambi = [rap, min].filter((n): n is number => n != null);
    v(
      `build entro 2× il pavimento Astro${r.scala === 100 ? ' (budget a 100×)' : ' (indicativo)'}`,
      r.scala,
      `${x(rap)} mediana coppie, ${x(min)} minimo su minimo`,
      entrambi.length ? entrambi.every((n) => n <= 2) : null,
    );
  }
  console.log('\nBudget');
  const lb = Math.max(...verdetti.map((b) => b.budget.length));
  for (const b of verdetti) console.log(`  ${b.esito.padEnd(8)} ${String(b.scala).padStart(4)}×  ${b.budget.padEnd(lb)}  ${b.valore}`);
  console.log(`\nDurata totale del bench: ${sec(durataMs)}`);
  return { verdetti, rapporti };
}

/**
 * Fastest build over fastest floor. Interference from the machine only ever adds time, so each
 * minimum is the best estimate of that build's own cost; with one pair it equals the pair's ratio.
 */
function rapportoMinimi(r: RisultatoScala): number | null {
  const coppie = (r.coppie ?? []).filter((c) => c.pavimentoMs != null);
  if (!coppie.length) return null;
  return Math.min(...coppie.map((c) => c.buildMs)) / Math.min(...coppie.map((c) => c.pavimentoMs!));
}

/** Time Pagefind took to write the index; older runs logged it only as the time after the render. */
function scritturaPagefind(r: RisultatoScala): number | null {
  return r.build.fasi.pagefindScritturaMs ?? r.build.fasi.pagefindMs;
}

/** Build over floor: the median of the (build, floor) pairs, or the single pair of older runs. */
function rapportoBuild(r: RisultatoScala): number | null {
  return r.rapportoPavimento ?? rapporto(r.build.ms, r.pavimento?.ms);
}

