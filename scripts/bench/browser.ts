/**
 * Measurements in Chromium (Debian's, via playwright-core; Lighthouse is not available offline):
 * bytes a search transfers, JS/CSS a page loads, LCP and total blocking time.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { gzip, medianaInferiore } from './analisi.ts';

export interface Trasferimento {
  richieste: number;
  raw: number;
  gzip: number;
  file: { url: string; raw: number; gzip: number }[];
}

export interface Ricerca {
  q1: string;
  q2: string;
  risultati1: string;
  risultati2: string;
  prima: Trasferimento;
  seconda: Trasferimento;
}

export interface RisorsePagina {
  pagina: string;
  js: { file: number; raw: number; gzip: number; inlineRaw: number; inlineGzip: number };
  css: { file: number; raw: number; gzip: number; inlineRaw: number; inlineGzip: number };
  /** Median over the runs, ms, with the CPU slowed down `cpu` times. */
  lcpMs: number | null;
  tbtMs: number | null;
  fcpMs: number | null;
  runs: number;
  cpu: number;
  /** Set when the page did not load within the time limit (the other figures are then missing). */
  errore?: string;
}

const NESSUNA = { file: 0, raw: 0, gzip: 0, inlineRaw: 0, inlineGzip: 0 };
/** Time limit for one page load, with the CPU slowed down. */
export const LIMITE_CARICAMENTO_MS = 60_000;

/** Collects response bodies matching a filter; `attesa()` resolves when none is pending. */
function raccoglitore(page: Page, filtro: (r: Response) => boolean) {
  const presi: { url: string; raw: number; gzip: number }[] = [];
  const inCorso = new Set<Promise<void>>();
  let inVolo = 0;
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) inVolo++;
  });
  const fine = (r: { url(): string }) => {
    if (r.url().includes('/pagefind/')) inVolo--;
  };
  page.on('requestfinished', fine);
  page.on('requestfailed', fine);
  page.on('response', (r) => {
    if (!filtro(r)) return;
    const p = r
      .body()
      .then((b) => {
        presi.push({ url: new URL(r.url()).pathname, raw: b.length, gzip: gzip(b) });
      })
      .catch(() => {})
      .finally(() => inCorso.delete(p));
    inCorso.add(p);
  });
  return {
    presi,
    async attesa(quieteMs = 600) {
      let quieto = 0;
      while (quieto < quieteMs) {
        await page.waitForTimeout(100);
        quieto = inVolo === 0 && inCorso.size === 0 ? quieto + 100 : 0;
      }
      await Promise.all(inCorso);
    },
    /** Takes what was collected so far and starts again. */
    svuota(): Trasferimento {
      const file = presi.splice(0);
      return { richieste: file.length, raw: somma(file, 'raw'), gzip: somma(file, 'gzip'), file };
    },
  };
}

const somma = <T,>(xs: T[], k: keyof T) => xs.reduce((n, x) => n + (x[k] as number), 0);

/** `parametri`: more of the search address (`&edizione=tutte`), kept for the second query too. */
export async function misuraRicerca(
  browser: Browser,
  base: string,
  q1: string,
  q2: string,
  parametri = '',
): Promise<Ricerca> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const rete = raccoglitore(page, (r) => r.url().includes('/pagefind/'));
    const stato = '#stato-ricerca';
    const finita = () =>
      page.waitForFunction(
        (sel) => {
          const t = document.querySelector(sel)?.textContent ?? '';
          return /risultat/i.test(t) && !/in corso/i.test(t);
        },
        stato,
        { timeout: 120_000 },
      );
    await page.goto(`${base}/cerca/?q=${encodeURIComponent(q1)}${parametri}`);
    await finita();
    await rete.attesa();
    const risultati1 = (await page.locator(stato).textContent()) ?? '';
    const prima = rete.svuota();
    await page.fill('#q', q2);
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, q2, { timeout: 30_000 });
    await finita();
    await rete.attesa();
    const risultati2 = (await page.locator(stato).textContent()) ?? '';
    return { q1, q2, risultati1, risultati2, prima, seconda: rete.svuota() };
  } finally {
    await context.close();
  }
}

/** Installed before any page script: LCP, long tasks and FCP, buffered. */
const OSSERVATORI = `
  window.__bench = { lcp: 0, fcp: 0, lunghi: [] };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.lcp = e.renderTime || e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.lunghi.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__bench.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch (e) { window.__bench.errore = String(e); }
`;


export async function misuraPagina(browser: Browser, base: string, pagina: string, runs = 3, cpu = 4): Promise<RisorsePagina> {
  const lcp: number[] = [];
  const tbt: number[] = [];
  const fcp: number[] = [];
  let risorse: Pick<RisorsePagina, 'js' | 'css'> | null = null;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    try {
      await context.addInitScript(OSSERVATORI);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const rete = raccoglitore(page, (r) => ['script', 'stylesheet'].includes(r.request().resourceType()));
      const tipi = new Map<string, string>();
      page.on('response', (r) => tipi.set(new URL(r.url()).pathname, r.request().resourceType()));
      try {
        await page.goto(`${base}${pagina}`, { waitUntil: 'load', timeout: LIMITE_CARICAMENTO_MS });
      } catch (e) {
        // A page that does not load in a minute is a finding, not a crash of the benchmark
        return {
          pagina,
          js: risorse?.js ?? NESSUNA,
          css: risorse?.css ?? NESSUNA,
          lcpMs: null,
          tbtMs: null,
          fcpMs: null,
          runs: run,
          cpu,
          errore: `load non raggiunto in ${LIMITE_CARICAMENTO_MS / 1000} s (CPU ${cpu}×): ${(e as Error).message.split('\n')[0]}`,
        };
      }
      await rete.attesa(1000);
      const m = await page.evaluate(() => {
        const b = (window as unknown as { __bench: { lcp: number; fcp: number; lunghi: [number, number][] } }).__bench;
        const eseguibili = [...document.querySelectorAll('script:not([src])')].filter((s) => {
          const t = (s.getAttribute('type') ?? '').toLowerCase();
          return t === '' || t === 'module' || t.includes('javascript');
        });
        return {
          ...b,
          inlineJs: eseguibili.map((s) => s.textContent ?? ''),
          inlineCss: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
        };
      });
      lcp.push(m.lcp);
      fcp.push(m.fcp);
      tbt.push(m.lunghi.filter(([inizio]) => inizio >= m.fcp).reduce((n, [, d]) => n + Math.max(0, d - 50), 0));
      if (!risorse) {
        const t = rete.svuota().file;
        const di = (tipo: string) => t.filter((f) => tipi.get(f.url) === tipo);
        const enc = new TextEncoder();
        const inl = (xs: string[]) => ({
          inlineRaw: xs.reduce((n, s) => n + enc.encode(s).length, 0),
          inlineGzip: xs.reduce((n, s) => n + (s ? gzip(enc.encode(s)) : 0), 0),
        });
        const js = di('script');
        const css = di('stylesheet');
        risorse = {
          js: { file: js.length, raw: somma(js, 'raw'), gzip: somma(js, 'gzip'), ...inl(m.inlineJs) },
          css: { file: css.length, raw: somma(css, 'raw'), gzip: somma(css, 'gzip'), ...inl(m.inlineCss) },
        };
      }
    } finally {
      await context.close();
    }
  }
  return { pagina, ...risorse!, lcpMs: medianaInferiore(lcp), tbtMs: medianaInferiore(tbt), fcpMs: medianaInferiore(fcp), runs, cpu };
}
