// The built portal in a real browser: a page of each kind shows what a reader expects, every
// template passes axe (WCAG 2.1 A/AA), and the site works without JavaScript and at 320 px.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { violazioniAxe } from '../support/axe.ts';
import { avviaChromium, sorveglia } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';

let server: ServerStatico;
let browser: Browser;
let context: BrowserContext;
/** axe is injected as a script, which the site's CSP rightly forbids: only its context bypasses CSP. */
let contextAxe: BrowserContext;

beforeAll(async () => {
  server = await serviDist();
  browser = await avviaChromium();
  context = await browser.newContext();
  contextAxe = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.chiudi();
});

/** Opens a path and fails on console errors or requests leaving the site. */
async function apri(percorso: string, ctx: BrowserContext = context): Promise<Page> {
  const page = await ctx.newPage();
  const guardia = sorveglia(page, server.base);
  const risposta = await page.goto(server.base + percorso);
  expect(risposta?.status(), percorso).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(guardia.errori, `errori in console su ${percorso}`).toEqual([]);
  expect(guardia.esterne, `richieste fuori dal sito da ${percorso}`).toEqual([]);
  return page;
}

const testo = (page: Page, selettore: string) => page.locator(selettore).first().innerText();

describe('una pagina di ogni tipo mostra i dati del documento', () => {
  test('home: cifre principali', async () => {
    const page = await apri('/');
    const corpo = await testo(page, 'main');
    for (const cifra of ['129', '278', '29', '€ 561.038,00', '€ 123.000,00', '€ 438.038,00'])
      expect(corpo).toContain(cifra);
    expect(await page.getAttribute('html', 'lang')).toBe('it');
  });

  test('obiettivo C59_0008: indicatori, pesi, provenienza', async () => {
    const page = await apri('/obiettivi/c59-0008/');
    expect(await testo(page, 'h1')).toContain('C59_0008');
    const righe = page.locator('tr[id^="indicatore-"]');
    expect(await righe.count()).toBe(5);
    expect(await page.locator('#indicatore-1495').innerText()).toContain(
      'Realizzazione del nuovo sistema',
    );
    expect(await testo(page, 'main')).toContain(
      'Politiche Educative, Piano Locale Giovani, Istruzione e Sport',
    );
    // Provenance into the edition's own text, whose line numbers never change meaning
    await page.locator('main a[href="/edizioni/2019-variazione-2/fonte/#L259"]').first().click();
    await page.waitForURL('**/edizioni/2019-variazione-2/fonte/#L259');
    expect(await page.locator('#L259').innerText()).toContain('C59_0008');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('L259');
  });

  test('obiettivo con pesi che non sommano a 100: segnalato a parole', async () => {
    const page = await apri('/obiettivi/c55-0003/');
    expect(await testo(page, 'main')).toMatch(/La somma dei pesi è 90, non 100/);
  });

  test('codice indicatore condiviso: ogni obiettivo con il suo target', async () => {
    const page = await apri('/indicatori/881/');
    const corpo = await testo(page, 'main');
    expect(corpo).toContain('C28_0006');
    expect(corpo).toContain('C28_0007');
    expect(corpo).toContain('500.000');
    expect(corpo).toContain('558.900');
  });

  test('voce del programma incarichi: importi, capitolo PEG, quota del settore', async () => {
    const page = await apri('/incarichi/2019/sviluppo-lavoro-e-ambiente/3/');
    const corpo = await testo(page, 'main');
    expect(corpo).toContain('Revisore U.E. -VOCE D3 H2020-PROGETTO HORIZON');
    expect(corpo).toContain('€ 14.175,00');
    expect(corpo).toContain('16754/999 e 16748/3');
    expect(corpo).toContain('€ 35.888,00');
    expect(corpo).toMatch(/non ancora individuat/i);
  });

  test('settore: obiettivi e incarichi insieme', async () => {
    const page = await apri('/settori/politiche-sociali/');
    const corpo = await testo(page, 'main');
    expect(corpo).toContain('Eugenia Grossi');
    expect(corpo).toContain('€ 259.000,00');
    expect(corpo).toContain('C100_0003');
  });

  test('responsabile: tutte le grafie del nome nel documento', async () => {
    const page = await apri('/responsabili/maurilio-segalini/');
    const corpo = await testo(page, 'main');
    expect(corpo).toContain('Segalini Maurizio');
    expect(corpo).toContain('sig. Maurilio Segalini');
  });

  test('albero di Amministrazione trasparente: etichette ANAC esatte', async () => {
    const page = await apri('/amministrazione-trasparente/');
    for (const etichetta of [
      'Consulenti e collaboratori',
      'Performance',
      'Piano della Performance',
      'Titolari di incarichi di collaborazione o consulenza',
    ]) {
      expect(
        await page.getByRole('link', { name: etichetta, exact: true }).count(),
        etichetta,
      ).toBeGreaterThan(0);
    }
    await page
      .getByRole('link', {
        name: 'Titolari di incarichi di collaborazione o consulenza',
        exact: true,
      })
      .first()
      .click();
    await page.waitForLoadState();
    const intestazioni = (await page.locator('main table th[scope="col"]').allInnerTexts()).join(
      ' | ',
    );
    expect(intestazioni).toMatch(/Soggetto percettore/i);
    expect(intestazioni).toMatch(/Ragione/i);
    expect(intestazioni).toMatch(/Importo/i);
    expect(await testo(page, 'main')).toContain('€ 561.038,00');
    expect(await page.locator('nav[aria-label="Percorso"]').innerText()).toContain(
      'Consulenti e collaboratori',
    );
  });

  test('normativa: il testo con gli «omissis» del documento', async () => {
    const page = await apri('/normativa/regolamento-articolo-3/');
    expect(await testo(page, 'main')).toContain('... omissis ...');
  });
});

describe('accessibilità (axe-core, WCAG 2.1 A e AA)', () => {
  const campione = [
    '/',
    '/obiettivi/',
    '/obiettivi/c59-0008/',
    '/obiettivi/c60-0004/',
    '/indicatori/',
    '/indicatori/1411/',
    '/incarichi/',
    '/incarichi/2019/politiche-educative/1/',
    '/incarichi/2019/',
    '/incarichi/2019/politiche-sociali/',
    '/settori/',
    '/settori/polizia-locale/',
    '/responsabili/',
    '/responsabili/gabriella-di-girolamo/',
    '/aree/',
    '/aree/risorse/',
    '/linee-strategiche/',
    '/linee-strategiche/obiettivi-gestionali/',
    '/amministrazione-trasparente/',
    '/amministrazione-trasparente/consulenti-e-collaboratori/titolari-di-incarichi-di-collaborazione-o-consulenza/',
    '/amministrazione-trasparente/performance/piano-della-performance/',
    '/normativa/',
    '/normativa/regolamento-articolo-8/',
    '/dati/',
    '/qualita-dei-dati/',
    '/cerca/?q=pagopa',
    '/note-legali/',
    '/accessibilita/',
  ];
  test.each(campione)('%s: nessuna violazione', async (percorso) => {
    const page = await apri(percorso, contextAxe);
    expect(await violazioniAxe(page)).toEqual([]);
    await page.close();
  });

  test('la pagina non trovata (404): nessuna violazione', async () => {
    const page = await contextAxe.newPage();
    const guardia = sorveglia(page, server.base);
    const risposta = await page.goto(`${server.base}/obiettivi/c999-9999/`);
    expect(risposta?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    expect(await testo(page, 'h1')).toMatch(/non trovata/i);
    // Chromium logs the 404 document itself as a failed resource: that one is expected
    expect(guardia.errori.filter((e) => !e.includes('status of 404'))).toEqual([]);
    expect(await violazioniAxe(page)).toEqual([]);
    await page.close();
  });

  // A redirect page sends the browser on at once (<meta http-equiv="refresh" content="0; …">): the
  // target answers 204 No Content, so the browser stays on the redirect page and axe checks it
  test.each(['/obiettivi/C59_0008/', '/obiettivi/c59_0008/'])(
    'il rinvio %s: nessuna violazione',
    async (percorso) => {
      const page = await contextAxe.newPage();
      const guardia = sorveglia(page, server.base);
      let rinviata = false;
      await page.route(`${server.base}/obiettivi/c59-0008/`, (r) => {
        rinviata = true;
        return r.fulfill({ status: 204 });
      });
      const risposta = await page.goto(server.base + percorso);
      expect(risposta?.status()).toBe(200);
      await expect.poll(() => rinviata).toBe(true);
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).pathname).toBe(percorso);
      expect(await testo(page, 'h1')).toBe('Obiettivo C59_0008');
      expect(guardia.errori).toEqual([]);
      expect(await violazioniAxe(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('sicurezza', () => {
  test('CSP senza unsafe-inline che blocca davvero uno script iniettato; intestazioni di deploy', async () => {
    const page = await context.newPage();
    const risposta = await page.goto(server.base + '/cerca/');
    const h = risposta!.headers();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    const csp = (await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content'))!;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    const esito = await page.evaluate(
      () =>
        new Promise<{ eseguito: boolean; violazione: string }>((ok) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            ok({ eseguito: 'iniettato' in window, violazione: e.violatedDirective }),
          );
          const s = document.createElement('script');
          s.textContent = 'window.iniettato = true';
          document.body.append(s);
        }),
    );
    expect(esito).toEqual({ eseguito: false, violazione: 'script-src-elem' });
  });
});

describe('senza JavaScript e a 320 px', () => {
  test('si naviga dalla home a un obiettivo e a un incarico senza JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await apri('/', ctx);
    await page.getByRole('link', { name: 'Obiettivi', exact: true }).first().click();
    await page.waitForURL('**/obiettivi/');
    await page.locator('main a[href="/obiettivi/c59-0008/"]').first().click();
    expect(await testo(page, 'h1')).toContain('C59_0008');
    const cerca = await apri('/cerca/?q=pagopa', ctx);
    const avviso = cerca.locator('#senza-js');
    expect(await avviso.isVisible()).toBe(true);
    expect(await avviso.innerText()).toMatch(/JavaScript/);
    await ctx.close();
  });

  test('a 320 px di larghezza la pagina non scorre in orizzontale', async () => {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
    for (const percorso of [
      '/',
      '/obiettivi/c59-0008/',
      '/incarichi/',
      '/amministrazione-trasparente/',
    ]) {
      const page = await apri(percorso, ctx);
      const larghezza = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(larghezza, percorso).toBeLessThanOrEqual(320);
      await page.close();
    }
    await ctx.close();
  });

  test('una pagina di record non carica JavaScript', async () => {
    const page = await context.newPage();
    const script: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') script.push(r.url());
    });
    await page.goto(server.base + '/obiettivi/c59-0008/');
    await page.waitForLoadState('networkidle');
    expect(script).toEqual([]);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  });
});
