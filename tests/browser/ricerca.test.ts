// Search in a real browser: each kind of record is found, filters narrow, codes as people type
// them find their record first, the URL restores the search and back/forward work.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { avviaChromium, sorveglia } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';

const incarichi: { tipologiaSpesa: string }[] = JSON.parse(
  readFileSync('content/data/incarichi.json', 'utf8'),
);
/** `285 risultati.` → 285 */
const numero = (stato: string) =>
  Number(
    /([\d.]+) risultat/.exec(stato)?.[1]?.replaceAll('.', '') ?? (stato.startsWith('1 ') ? 1 : 0),
  );

let server: ServerStatico;
let browser: Browser;

beforeAll(async () => {
  server = await serviDist();
  browser = await avviaChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.chiudi();
});

interface Scheda {
  tipo: string;
  titolo: string;
  href: string;
  dettagli: string;
  /** Links to the indicators whose row matched (objective cards). */
  indicatori: string[];
}

/** Opens /cerca/ with a query string and waits for the result list to settle. */
async function cerca(
  parametri: string,
  page?: Page,
): Promise<{ page: Page; schede: Scheda[]; stato: string }> {
  page ??= await browser.newPage();
  const guardia = sorveglia(page, server.base);
  await page.goto(`${server.base}/cerca/?${parametri}`);
  const schede = await leggiRisultati(page);
  expect(guardia.errori).toEqual([]);
  expect(guardia.esterne).toEqual([]);
  return { page, schede, stato: await page.locator('#stato-ricerca').innerText() };
}

async function leggiRisultati(page: Page): Promise<Scheda[]> {
  await page.waitForFunction(() => {
    const s = document.querySelector('#stato-ricerca')?.textContent ?? '';
    return /risultat/i.test(s) && !/in corso/.test(s);
  });
  return page.locator('#risultati > li').evaluateAll((lis) =>
    lis.map((li) => ({
      tipo: li.querySelector('.risultato-tipo')?.textContent ?? '',
      titolo: li.querySelector('h2')?.textContent ?? '',
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      dettagli: li.querySelector('.risultato-dettagli')?.textContent ?? '',
      indicatori: [...li.querySelectorAll('.risultato-indicatori a')].map(
        (a) => a.getAttribute('href') ?? '',
      ),
    })),
  );
}

describe('ogni tipo di record si trova tra i primi risultati', () => {
  test.each([
    ['q=Horizon%202020', 'Incarico', '/incarichi/2019/sviluppo-lavoro-e-ambiente/'],
    ['q=canile', 'Obiettivo', '/obiettivi/'],
    ['q=Corte%20dei%20Conti&tipo=Pagina%20normativa', 'Pagina normativa', '/normativa/'],
  ])('%s trova un %s', async (query, tipo, prefisso) => {
    const { schede, page } = await cerca(query);
    const primi = schede.slice(0, 5);
    expect(
      primi.some((s) => s.tipo.startsWith(tipo) && s.href.startsWith(prefisso)),
      JSON.stringify(primi),
    ).toBe(true);
    await page.close();
  });
});

describe('gli indicatori si trovano nella scheda del loro obiettivo', () => {
  test('PagoPA → obiettivo C23_0003 con i suoi tre indicatori PagoPA', async () => {
    const { schede, page } = await cerca('q=PagoPA');
    expect(schede[0]).toMatchObject({ tipo: 'Obiettivo · C23_0003', href: '/obiettivi/c23-0003/' });
    expect(schede[0]?.indicatori).toEqual([
      '/indicatori/1491/',
      '/indicatori/1492/',
      '/indicatori/1493/',
    ]);
    // No card is an indicator page: each indicator's text is indexed once, on its objective
    expect(schede.filter((s) => s.href.startsWith('/indicatori/'))).toEqual([]);
    await page.close();
  });

  test('un indicatore trovato porta alla sua pagina', async () => {
    const { schede, page } = await cerca('q=1495');
    await page.getByRole('link', { name: 'Indicatore 1495' }).first().click();
    await page.waitForURL(/\/indicatori\/1495\/$/);
    expect(await page.locator('h1').innerText()).toContain('Indicatore 1495');
    expect(schede[0]?.indicatori).toEqual(['/indicatori/1495/']);
    await page.close();
  });
});

describe('anche settori e responsabili dicono il loro tipo', () => {
  test('Mara Pesaro tra i responsabili, Polizia Locale tra i settori', async () => {
    const persona = await cerca('q=Mara%20Pesaro&tipo=Responsabile');
    expect(persona.schede[0]).toMatchObject({
      tipo: 'Responsabile',
      href: '/responsabili/mara-pesaro/',
    });
    const settore = await cerca('q=Polizia%20Locale&tipo=Settore');
    expect(settore.schede[0]).toMatchObject({ tipo: 'Settore', href: '/settori/polizia-locale/' });
    await Promise.all([persona.page.close(), settore.page.close()]);
  });
});

describe('i codici come li scrivono le persone', () => {
  test.each(['C59_0008', 'c59_0008', 'C59%200008', 'c59-0008'])(
    '%s → obiettivo C59_0008 per primo',
    async (q) => {
      const { schede, page } = await cerca(`q=${q}`);
      expect(schede[0]?.href).toBe('/obiettivi/c59-0008/');
      expect(schede[0]?.tipo).toBe('Obiettivo · C59_0008');
      await page.close();
    },
  );

  test("1495 → l'obiettivo C59_0008, che usa l'indicatore 1495, per primo", async () => {
    const { schede, page } = await cerca('q=1495');
    expect(schede[0]?.href).toBe('/obiettivi/c59-0008/');
    expect(schede[0]?.indicatori).toEqual(['/indicatori/1495/']);
    await page.close();
  });
});

describe('i filtri restringono i risultati', () => {
  test('tipo', async () => {
    const tutti = await cerca('q=progetto');
    const incarichi = await cerca('q=progetto&tipo=Incarico');
    expect(incarichi.schede.length).toBeGreaterThan(0);
    expect(numero(incarichi.stato)).toBeLessThan(numero(tutti.stato));
    expect(incarichi.schede.every((s) => s.tipo.startsWith('Incarico'))).toBe(true);
    await Promise.all([tutti.page.close(), incarichi.page.close()]);
  });

  test('settore, combinato con il tipo', async () => {
    const { schede, page } = await cerca('q=progetto&tipo=Obiettivo&settore=Politiche%20Sociali');
    expect(schede.length).toBeGreaterThan(0);
    expect(
      schede.every(
        (s) => s.tipo.startsWith('Obiettivo') && s.dettagli.includes('Politiche Sociali'),
      ),
    ).toBe(true);
    await page.close();
  });

  test('tipologia spesa e ordinamento per importo', async () => {
    const { schede, page } = await cerca('tipo=Incarico&spesa=vincolata&ordina=importo-desc');
    expect(schede.length).toBe(incarichi.filter((i) => i.tipologiaSpesa === 'vincolata').length);
    expect(schede[0]?.dettagli).toContain('€ 138.000,00');
    const importi = schede.map((s) =>
      Number(/€ ([\d.]+),/.exec(s.dettagli)![1]!.replaceAll('.', '')),
    );
    expect(importi).toEqual([...importi].sort((a, b) => b - a));
    await page.close();
  });

  test('area', async () => {
    const { schede, page } = await cerca('tipo=Incarico&area=Area%20Risorse');
    expect(schede.map((s) => s.href).sort()).toEqual([
      '/incarichi/2019/economico-finanziario-e-demografici/1/',
      '/incarichi/2019/provveditorato-ed-economato/1/',
      '/incarichi/2019/rapporti-di-lavoro/1/',
      '/incarichi/2019/rapporti-di-lavoro/2/',
    ]);
    await page.close();
  });
});

describe("l'indirizzo conserva la ricerca", () => {
  test('un indirizzo condiviso ripristina query e filtri', async () => {
    const { page, schede } = await cerca('q=pagopa&tipo=Obiettivo');
    expect(await page.locator('#q').inputValue()).toBe('pagopa');
    expect(await page.locator('#filtro-tipo').inputValue()).toBe('Obiettivo');
    expect(schede.length).toBeGreaterThan(0);
    await page.close();
  });

  test('avanti e indietro tornano alle ricerche precedenti', async () => {
    const { page } = await cerca('q=canile');
    await page.locator('#filtro-tipo').selectOption('Obiettivo');
    await page.waitForURL(/tipo=Obiettivo/);
    await leggiRisultati(page);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('tipo='));
    expect(await page.locator('#filtro-tipo').inputValue()).toBe('');
    await page.goForward();
    await page.waitForURL(/tipo=Obiettivo/);
    expect(await page.locator('#filtro-tipo').inputValue()).toBe('Obiettivo');
    await page.close();
  });

  test("la casella nell'intestazione di ogni pagina porta alla ricerca", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}/settori/`);
    await page.getByRole('searchbox', { name: 'Cerca nel portale' }).fill('SPRAR');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cerca\/\?q=SPRAR/);
    const schede = await leggiRisultati(page);
    expect(schede[0]?.href).toBe('/incarichi/2019/politiche-sociali/7/');
    await page.close();
  });
});
