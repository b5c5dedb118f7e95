// The portal on a phone (390×844), at 200 % zoom and in landscape, as a reader would try it: a
// compact header with a Menu button that works without JavaScript, the page title on the first
// screen, no sideways scrolling of the page, and no amount hidden off-screen in a table. Also the
// 404 page, the trimmed URLs, the redirects of the official code spellings, and printing.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { avviaChromium, sorveglia } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';

let server: ServerStatico;
let browser: Browser;
let telefono: BrowserContext;

beforeAll(async () => {
  server = await serviDist();
  browser = await avviaChromium();
  telefono = await browser.newContext({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.chiudi();
});

async function apri(percorso: string, ctx: BrowserContext, stato = 200): Promise<Page> {
  const page = await ctx.newPage();
  const guardia = sorveglia(page, server.base);
  const risposta = await page.goto(server.base + percorso);
  expect(risposta?.status(), percorso).toBe(stato);
  await page.waitForLoadState('networkidle');
  // the 404 page itself is logged by Chromium as a failed resource: that one is expected
  const errori = guardia.errori.filter((e) => stato !== 404 || !e.includes('status of 404'));
  expect(errori, `errori in console su ${percorso}`).toEqual([]);
  return page;
}

interface Misure {
  intestazione: number;
  h1: number;
  larghezza: number;
  /** Amount cells (`.importo`) whose box ends right of the screen or is clipped by a scrolling table. */
  importiNascosti: string[];
  /** Tables that scroll sideways without the scroll cue (a background shadow). */
  senzaIndizio: string[];
}

const misura = (page: Page) =>
  page.evaluate((): Misure => {
    const vw = document.documentElement.clientWidth;
    const importiNascosti: string[] = [];
    for (const c of document.querySelectorAll<HTMLElement>('main .importo')) {
      if (!c.getClientRects().length) continue; // inside a closed <details>
      const r = c.getBoundingClientRect();
      const regione = c.closest<HTMLElement>('.tabella')?.getBoundingClientRect();
      const destra = Math.min(vw, regione?.right ?? vw);
      if (r.right > destra + 1 || r.left < 0) importiNascosti.push(c.innerText);
    }
    const senzaIndizio = [...document.querySelectorAll<HTMLElement>('main .tabella')]
      .filter((t) => t.getClientRects().length && t.scrollWidth > t.clientWidth + 1)
      .filter((t) => !getComputedStyle(t).backgroundImage.includes('gradient'))
      .map((t) => t.getAttribute('aria-label') ?? '');
    return {
      intestazione: document.querySelector('header')!.getBoundingClientRect().height,
      h1: document.querySelector('h1')!.getBoundingClientRect().top,
      larghezza: document.documentElement.scrollWidth,
      importiNascosti,
      senzaIndizio,
    };
  });

describe('a 390×844, un modello di pagina alla volta', () => {
  const modelli = [
    '/',
    '/obiettivi/',
    '/obiettivi/c59-0008/',
    '/obiettivi/c55-0003/',
    '/indicatori/',
    '/indicatori/1411/',
    '/incarichi/',
    '/incarichi/2019/',
    '/incarichi/2019/politiche-sociali/',
    '/incarichi/2019/politiche-educative/1/',
    '/settori/',
    '/settori/polizia-locale/',
    '/responsabili/',
    '/responsabili/gabriella-di-girolamo/',
    '/aree/',
    '/aree/risorse/',
    '/linee-strategiche/',
    '/linee-strategiche/obiettivi-gestionali/',
    '/amministrazione-trasparente/',
    '/amministrazione-trasparente/performance/piano-della-performance/',
    '/normativa/',
    '/normativa/regolamento-articolo-8/',
    '/dati/',
    '/qualita-dei-dati/',
    '/cerca/?q=pagopa',
    '/note-legali/',
    '/accessibilita/',
  ];
  test.each(modelli)(
    '%s: intestazione ≤ 120 px, titolo nella prima schermata, nessun importo fuori schermo',
    async (percorso) => {
      const page = await apri(percorso, telefono);
      const m = await misura(page);
      expect(m.intestazione, 'altezza dell’intestazione').toBeLessThanOrEqual(120);
      expect(m.h1, 'posizione del titolo').toBeLessThan(844 / 2);
      expect(m.larghezza, 'scorrimento orizzontale della pagina').toBeLessThanOrEqual(390);
      expect(m.importiNascosti, 'importi fuori schermo').toEqual([]);
      expect(m.senzaIndizio, 'tabelle che scorrono senza indizio visibile').toEqual([]);
      await page.close();
    },
  );

  test('404: stessa intestazione compatta', async () => {
    const page = await apri('/obiettivi/c59-9999/', telefono, 404);
    const m = await misura(page);
    expect(m.intestazione).toBeLessThanOrEqual(120);
    expect(m.h1).toBeLessThan(844 / 2);
  });

  test('/incarichi/: la prima voce del programma nelle prime due schermate, le tabelle dei grafici chiuse', async () => {
    const page = await apri('/incarichi/', telefono);
    const y = await page
      .locator('#per-area ~ section tbody tr')
      .first()
      .evaluate((e) => e.getBoundingClientRect().top + scrollY);
    expect(y).toBeLessThan(2 * 844);
    const tabelleGrafici = page.locator('.grafico__dati');
    expect(await tabelleGrafici.count()).toBe(3);
    for (const d of await tabelleGrafici.all()) expect(await d.getAttribute('open')).toBeNull();
    // the figures stay in the page as tables, for whoever opens them (and for screen readers)
    await tabelleGrafici.first().locator('summary').click();
    expect(await tabelleGrafici.first().locator('table').isVisible()).toBe(true);
  });

  test('programma di un settore: ogni voce è una scheda con l’importo etichettato', async () => {
    const page = await apri('/incarichi/2019/politiche-sociali/', telefono);
    const importo = page.locator('tbody .importo').first();
    const etichetta = await importo.evaluate((e) => getComputedStyle(e, '::before').content);
    expect(etichetta).toBe('"Importo: "');
    expect(await page.locator('tfoot .importo').innerText()).toMatch(/^€ [\d.]+,\d\d$/);
  });

  test('obiettivo con pesi che non sommano a 100: l’avviso si legge, non si sovrappone', async () => {
    for (const percorso of [
      '/obiettivi/c55-0003/',
      '/obiettivi/c98-0002/',
      '/obiettivi/c103-0003/',
    ]) {
      for (const ctx of [
        telefono,
        await browser.newContext({ viewport: { width: 1280, height: 800 } }),
      ]) {
        const page = await apri(percorso, ctx);
        const avviso = page.locator('.pesi-incompleti strong');
        expect(await avviso.innerText()).toMatch(/La somma dei pesi è \d+, non 100/);
        // one box per line, each below the previous one: no line drawn over another
        const righe = await avviso.evaluate((e) =>
          [...e.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom })),
        );
        for (let i = 1; i < righe.length; i++)
          expect(righe[i]!.top).toBeGreaterThanOrEqual(righe[i - 1]!.bottom - 1);
        const cella = await page.locator('.pesi-incompleti').boundingBox();
        const testo = await avviso.boundingBox();
        expect(testo!.y + testo!.height).toBeLessThanOrEqual(cella!.y + cella!.height + 1);
        await page.close();
      }
    }
  });
});

describe('il menu', () => {
  test('senza JavaScript, a 390 px: chiuso, si apre con il pulsante Menu, e porta alle sezioni', async () => {
    const ctx = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    const page = await apri('/obiettivi/c59-0008/', ctx);
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    expect(await menu.isVisible()).toBe(false);
    const pulsante = page.locator('summary', { hasText: 'Menu' });
    expect(await pulsante.getAttribute('aria-expanded')).toBeNull(); // native <details> state
    await pulsante.click();
    expect(await menu.isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Cerca nel portale' }).isVisible()).toBe(true);
    await menu.getByRole('link', { name: 'Responsabili' }).click();
    await page.waitForURL('**/responsabili/');
    await ctx.close();
  });

  test('in orizzontale (844×390) e a 200 % di zoom (640×400 px CSS): intestazione compatta', async () => {
    for (const viewport of [
      { width: 844, height: 390 },
      { width: 640, height: 400 },
      { width: 195, height: 422 },
    ]) {
      const ctx = await browser.newContext({ viewport });
      const page = await apri('/incarichi/2019/politiche-educative/1/', ctx);
      const m = await misura(page);
      const limite = viewport.width < 320 ? 180 : 120;
      expect(m.intestazione, JSON.stringify(viewport)).toBeLessThanOrEqual(limite);
      expect(m.h1, JSON.stringify(viewport)).toBeLessThan(viewport.height);
      expect(m.larghezza).toBeLessThanOrEqual(viewport.width);
      await ctx.close();
    }
  });

  test('su uno schermo largo il menu e la ricerca sono visibili senza aprire nulla', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await apri('/', ctx);
    expect(await page.locator('summary', { hasText: 'Menu' }).isVisible()).toBe(false);
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    for (const voce of ['Obiettivi', 'Incarichi', 'Responsabili', 'Aree', 'Dati aperti'])
      expect(await menu.getByRole('link', { name: voce, exact: true }).isVisible()).toBe(true);
    const intestazione = page.locator('header');
    expect(
      await intestazione.getByRole('searchbox', { name: 'Cerca nel portale' }).isVisible(),
    ).toBe(true);
    await ctx.close();
  });
});

describe('404, indirizzi accorciati, grafie ufficiali dei codici', () => {
  test('un indirizzo sbagliato dà 404 con la ricerca e gli elenchi principali', async () => {
    const page = await apri('/obiettivi/c59-9999/', telefono, 404);
    expect(await page.locator('h1').innerText()).toBe('Pagina non trovata');
    const cerca = page.locator('main form[action="/cerca/"]');
    await cerca.locator('input[name="q"]').fill('C59_0008');
    await cerca.locator('button').click();
    await page.waitForURL('**/cerca/?q=C59_0008');
    const pagina = await apri('/nessuna-pagina/', telefono, 404);
    for (const elenco of ['/obiettivi/', '/incarichi/', '/settori/', '/responsabili/', '/dati/'])
      expect(await pagina.locator(`main a[href="${elenco}"]`).count(), elenco).toBe(1);
  });

  test('/incarichi/2019/ e /incarichi/2019/<settore>/ elencano ciò che sta sotto', async () => {
    const anno = await apri('/incarichi/2019/', telefono);
    expect(await anno.locator('h1').innerText()).toContain('2019');
    expect(await anno.locator('main a[href="/incarichi/2019/politiche-sociali/"]').count()).toBe(1);
    expect(await anno.locator('main').innerText()).toContain('€ 561.038,00');
    const settore = await apri('/incarichi/2019/politiche-sociali/', telefono);
    expect(await settore.locator('h1').innerText()).toContain('Politiche Sociali');
    const voci = settore.locator('main tbody a[href^="/incarichi/2019/politiche-sociali/"]');
    expect(await voci.count()).toBeGreaterThan(0);
    await voci.first().click();
    await settore.waitForURL(/\/incarichi\/2019\/politiche-sociali\/\d+\/$/);
  });

  test('/obiettivi/C59_0008/ e /obiettivi/c59_0008/ portano a /obiettivi/c59-0008/, anche senza JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    for (const grafia of ['/obiettivi/C59_0008/', '/obiettivi/c59_0008/']) {
      const page = await ctx.newPage();
      await page.goto(server.base + grafia);
      await page.waitForURL('**/obiettivi/c59-0008/');
      expect(await page.locator('h1').innerText()).toContain('C59_0008');
      await page.close();
    }
    await ctx.close();
  });
});

describe('stampa', () => {
  test('i collegamenti interni si stampano con l’indirizzo assoluto', async () => {
    const page = await apri('/obiettivi/c59-0008/', telefono);
    await page.emulateMedia({ media: 'print' });
    const dopo = await page
      .locator('main a[href^="/settori/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(dopo).toMatch(/https:\/\/trasparenza\.comune\.cremona\.it\/settori\/[a-z-]+\//);
  });
});
