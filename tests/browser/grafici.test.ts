// The charts in a real browser: they draw, they draw the numbers of the table beside them, and they
// cost nothing to readers without JavaScript or on a 320 px screen.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { violazioniAxe } from '../support/axe.ts';
import { avviaChromium, sorveglia } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';

let server: ServerStatico;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serviDist();
  browser = await avviaChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.chiudi();
});

/** Opens a path, waits until every chart on it is drawn, and fails on console errors or requests leaving the site. */
async function apri(
  percorso: string,
  ctx: BrowserContext = context,
): Promise<{ page: Page; errori: string[] }> {
  const page = await ctx.newPage();
  const guardia = sorveglia(page, server.base);
  const risposta = await page.goto(server.base + percorso);
  expect(risposta?.status(), percorso).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(guardia.esterne, `richieste fuori dal sito da ${percorso}`).toEqual([]);
  return { page, errori: guardia.errori };
}

/** Scrolls to every chart (each loads chart.js only when it comes into view) and waits until all are drawn. */
async function attendiGrafici(page: Page): Promise<number> {
  const n = await page.locator('figure[data-grafico]').count();
  for (const f of await page.locator('figure[data-grafico]').all())
    await f.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('figure[data-grafico] canvas[data-disegnato="true"]').length === n,
    n,
  );
  return n;
}

/** `€ 377.650,00` → 377650; `1.600` → 1600. */
const numeroItaliano = (testo: string) =>
  Number(
    testo
      .replace(/[€\s\u00a0]/g, '')
      .replace(/\./g, '')
      .replace(',', '.'),
  );

interface Figura {
  id: string;
  disegnati: number[][];
  json: { etichette: string[]; serie: { valori: number[] }[] };
  righe: { etichetta: string; celle: string[] }[];
}

/** For each chart: the values the drawn chart holds, its JSON, and the table's rows as text. */
function leggiFigure(page: Page): Promise<Figura[]> {
  return page.$$eval('figure[data-grafico]', (figure) =>
    figure.map((f) => ({
      id: f.id,
      disegnati: JSON.parse(f.querySelector('canvas')!.dataset.valori!),
      json: JSON.parse(f.querySelector('script[type="application/json"]')!.textContent!),
      righe: [...f.querySelectorAll('tbody tr')].map((tr) => ({
        etichetta: tr.querySelector('th')!.textContent!.trim(),
        celle: [...tr.querySelectorAll('td[data-serie]')].map((td) => td.textContent!.trim()),
      })),
    })),
  );
}

describe('i grafici disegnano i numeri delle loro tabelle', () => {
  test.each([
    ['/incarichi/', ['spesa-per-area', 'spesa-per-settore', 'spesa-corrente-vincolata']],
    ['/', ['spesa-per-area', 'spesa-corrente-vincolata']],
    ['/linee-strategiche/', ['obiettivi-per-linea']],
    ['/settori/politiche-sociali/', ['quota-programma']],
  ])('%s', async (percorso, attesi) => {
    const { page, errori } = await apri(percorso);
    expect(await attendiGrafici(page)).toBe(attesi.length);
    const figure = await leggiFigure(page);
    expect(figure.map((f) => f.id)).toEqual(attesi);
    for (const f of figure) {
      // The chart holds one array per series; the table one row per label with a cell per series.
      expect(f.disegnati, f.id).toEqual(f.json.serie.map((s) => s.valori));
      expect(
        f.righe.map((r) => r.etichetta),
        f.id,
      ).toEqual(f.json.etichette);
      const dallaTabella = f.json.serie.map((_, s) =>
        f.righe.map((r) => numeroItaliano(r.celle[s]!)),
      );
      expect(dallaTabella, f.id).toEqual(f.disegnati);
    }
    // The drawn canvas has a size and stays inside its figure.
    for (const c of await page.locator('figure[data-grafico] canvas').all()) {
      const [tela, figura] = await Promise.all([
        c.boundingBox(),
        c.locator('xpath=ancestor::figure').boundingBox(),
      ]);
      expect(tela!.width).toBeGreaterThan(0);
      expect(tela!.height).toBeGreaterThan(0);
      expect(tela!.x + tela!.width).toBeLessThanOrEqual(figura!.x + figura!.width + 0.5);
    }
    expect(errori, `errori in console su ${percorso}`).toEqual([]);
    await page.close();
  });

  test('/incarichi/: il programma somma a € 561.038,00, di cui € 123.000,00 corrente e € 438.038,00 vincolata', async () => {
    const { page } = await apri('/incarichi/');
    await attendiGrafici(page);
    const figure = await leggiFigure(page);
    const somma = (xs: number[]) => xs.reduce((n, x) => n + Math.round(x * 100), 0) / 100;
    const perId = new Map(figure.map((f) => [f.id, f.disegnati]));
    expect(somma(perId.get('spesa-per-area')![0]!)).toBe(561038);
    expect(somma(perId.get('spesa-per-settore')![0]!)).toBe(561038);
    expect(perId.get('spesa-corrente-vincolata')!.map(somma)).toEqual([123000, 438038]);
    const canvas = page.locator('#spesa-per-area canvas');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toContain('€ 561.038,00');
    await page.close();
  });

  test('un settore senza voci di programma non ha grafico né JavaScript', async () => {
    const { page } = await apri('/settori/polizia-locale/');
    expect(await page.locator('figure[data-grafico]').count()).toBe(0);
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.close();
  });
});

describe('accessibilità dei grafici disegnati (axe-core, WCAG 2.1 A e AA)', () => {
  // axe is injected as an inline script, which the site's CSP rightly blocks: this context alone bypasses it.
  test.each(['/', '/incarichi/', '/linee-strategiche/', '/settori/politiche-sociali/'])(
    '%s',
    async (percorso) => {
      const ctx = await browser.newContext({ bypassCSP: true });
      const { page, errori } = await apri(percorso, ctx);
      await attendiGrafici(page);
      expect(await violazioniAxe(page)).toEqual([]);
      expect(errori).toEqual([]);
      await ctx.close();
    },
  );
});

describe('caricamento dei grafici', () => {
  test('chart.js arriva solo quando un grafico entra nella finestra, e disegnarlo non sposta nulla', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    const caricati: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('grafici-disegno')) caricati.push(r.url());
    });
    await page.goto(server.base + '/incarichi/');
    await page.waitForLoadState('networkidle');
    const figura = page.locator('figure[data-grafico]').last();
    // Loaded at once only if a chart is already near the first screen (200 px ahead, as grafici.ts observes)
    const vicini = await page.$$eval('figure[data-grafico]', (ff) =>
      ff.some((f) => f.getBoundingClientRect().top < innerHeight + 200),
    );
    expect((await figura.boundingBox())!.y).toBeGreaterThan(844 + 200);
    expect(caricati.length).toBe(vicini ? 1 : 0);
    const area = figura.locator('.grafico__area');
    const prima = await area.boundingBox();
    expect(prima!.height).toBeGreaterThan(100);
    await figura.scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('figure[data-grafico] canvas')].some(
        (c) => (c as HTMLCanvasElement).dataset.disegnato === 'true',
      ),
    );
    expect(caricati.length).toBe(1);
    await figura.locator('canvas[data-disegnato="true"]').waitFor();
    // The area had its final height before chart.js ran
    expect((await area.boundingBox())!.height).toBeCloseTo(prima!.height, 0);
    await ctx.close();
  });
});

describe('senza JavaScript, con movimento ridotto e a 320 px', () => {
  test('senza JavaScript la sintesi e la tabella ci sono, l’area del grafico vuota no', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await apri('/incarichi/', ctx);
    const figura = page.locator('#spesa-corrente-vincolata');
    expect(await figura.locator('canvas').isVisible()).toBe(false);
    expect(await figura.locator('.grafico__sintesi').innerText()).toContain('€ 438.038,00');
    // on /incarichi/ the data tables are closed (the programme comes first): one click, no script
    expect(await figura.locator('table').isVisible()).toBe(false);
    await figura.locator('summary').click();
    expect(await figura.locator('table').isVisible()).toBe(true);
    expect(await figura.locator('tfoot').innerText()).toContain('€ 561.038,00');
    await ctx.close();
  });

  test('con prefers-reduced-motion i grafici si disegnano senza errori', async () => {
    const ctx = await browser.newContext({ reducedMotion: 'reduce' });
    const { page, errori } = await apri('/incarichi/', ctx);
    expect(await attendiGrafici(page)).toBe(3);
    expect(errori).toEqual([]);
    await ctx.close();
  });

  test('a 320 px i grafici non fanno scorrere la pagina in orizzontale', async () => {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
    for (const percorso of [
      '/',
      '/incarichi/',
      '/linee-strategiche/',
      '/settori/politiche-sociali/',
    ]) {
      const { page, errori } = await apri(percorso, ctx);
      await attendiGrafici(page);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        percorso,
      ).toBeLessThanOrEqual(320);
      for (const c of await page.locator('figure[data-grafico] canvas').all()) {
        const box = await c.boundingBox();
        expect(box!.x + box!.width, percorso).toBeLessThanOrEqual(320);
      }
      expect(errori).toEqual([]);
      await page.close();
    }
    await ctx.close();
  });
});
