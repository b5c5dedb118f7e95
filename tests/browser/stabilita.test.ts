// Nothing moves under the reader's eyes while a page loads: the cumulative layout shift (CLS) of the
// pages Lighthouse measures, on a phone (390×844) and a desktop, with the CPU slowed 4× as Lighthouse's
// mobile preset does. CLS is a property of the layout (what is drawn before the results, the fonts
// or the charts arrive), not a timing: every shift Chromium reports counts, with or without input.
// Before the fix /cerca/?q=pagopa shifted 0.24 on a phone (the results pushed the footer off the
// first screen, after the status line had pushed it down) and 0.08 on a desktop (the filters opened).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { avviaChromium } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';

let server: ServerStatico;
let browser: Browser;
beforeAll(async () => {
  server = await serviDist(undefined, { comprimi: true });
  browser = await avviaChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.chiudi();
});

interface Spostamento {
  valore: number;
  elementi: string[];
}

/** Every layout shift while `percorso` loads (and its search runs), with the elements that moved. */
async function spostamenti(percorso: string, telefono: boolean): Promise<Spostamento[]> {
  const ctx = await browser.newContext(
    telefono
      ? {
          viewport: { width: 390, height: 844 },
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
        }
      : { viewport: { width: 1350, height: 940 } },
  );
  try {
    await ctx.addInitScript(() => {
      const w = window as unknown as { __spostamenti: Spostamento[] };
      w.__spostamenti = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as unknown as {
          value: number;
          sources: { node?: Node | null }[];
        }[])
          w.__spostamenti.push({
            valore: e.value,
            elementi: e.sources.map((s) => {
              const n = s.node as HTMLElement | null | undefined;
              return n
                ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className ? `.${String(n.className).split(' ')[0]}` : ''}`
                : '?';
            }),
          });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.base + percorso);
    if (percorso.startsWith('/cerca/'))
      await page.waitForFunction(
        () =>
          /\d+ risultat|Nessun risultato/.test(
            document.querySelector('#stato-ricerca')?.textContent ?? '',
          ),
        null,
        { timeout: 30_000 },
      );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return await page.evaluate(
      () => (window as unknown as { __spostamenti: Spostamento[] }).__spostamenti,
    );
  } finally {
    await ctx.close();
  }
}

const PAGINE = [
  '/cerca/?q=pagopa',
  '/cerca/?q=horizon+2020&tipo=Obiettivo',
  '/',
  '/incarichi/',
  '/obiettivi/c59-0008/',
  '/settori/centrale-unica-acquisti/',
];

describe.each([
  ['a 390×844 (telefono)', true],
  ['a 1350×940 (desktop)', false],
])('spostamenti del layout %s', (_, telefono) => {
  test.each(PAGINE)('%s: CLS al massimo 0,05', async (percorso) => {
    const s = await spostamenti(percorso, telefono);
    const cls = s.reduce((n, x) => n + x.valore, 0);
    const dettaglio = s.map((x) => `${x.valore.toFixed(3)} ${x.elementi.join(', ')}`).join('; ');
    expect(cls, `${percorso}: ${dettaglio}`).toBeLessThanOrEqual(0.05);
  });
});
