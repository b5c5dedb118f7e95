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
  estratto: string;
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
      estratto: li.querySelector('.risultato-estratto')?.textContent ?? '',
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

test('con una sola edizione pubblicata, nessun risultato non propone di cercare in tutte le edizioni', async () => {
  const { page, schede, stato } = await cerca('q=zzzqqq');
  expect(schede).toEqual([]);
  expect(stato).toBe('Nessun risultato.');
  expect(await page.locator('#prova-tutte').isVisible()).toBe(false);
  await page.close();
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

describe('estratti, tipi, sinonimi', () => {
  test("l'estratto è fatto delle parole del record, non dei testi nascosti dell'indice", async () => {
    const codice = await cerca('q=C23_0003');
    expect(codice.schede[0]?.href).toBe('/obiettivi/c23-0003/');
    expect(codice.schede[0]?.estratto).toContain('Diffondere il sistema');
    expect(codice.schede[0]?.estratto).not.toMatch(/C23 0003|C230003|strategica\d/);
    const persona = await cerca('q=Grossi&tipo=Incarico');
    expect(persona.schede.length).toBeGreaterThan(0);
    for (const s of persona.schede) {
      expect(s.estratto, s.href).not.toMatch(
        /AreaArea|Settore[A-Z]|procedura[A-Z]|\p{Ll}[A-Z]{2}/u,
      );
      expect(s.estratto, s.href).not.toMatch(/Dirigente responsabile di procedura/);
    }
    await Promise.all([codice.page.close(), persona.page.close()]);
  });

  test('C230003, scritto senza separatore, trova C23_0003', async () => {
    const { schede, page } = await cerca('q=C230003');
    expect(schede[0]?.href).toBe('/obiettivi/c23-0003/');
    await page.close();
  });

  test("le pagine dell'albero ANAC hanno un tipo", async () => {
    const { schede, page } = await cerca('q=Titolari%20di%20incarichi');
    expect(schede.length).toBeGreaterThan(0);
    expect(schede.filter((s) => !s.tipo.trim())).toEqual([]);
    expect(schede.find((s) => s.href.startsWith('/amministrazione-trasparente/'))?.tipo).toBe(
      'Amministrazione trasparente',
    );
    await page.close();
  });

  test('«horizon 2020» trova le tre voci H2020, «H2020» trova anche Horizon 2020', async () => {
    const horizon = await cerca('q=horizon%202020');
    const voci = horizon.schede.map((s) => s.href);
    for (const n of [3, 4, 5])
      expect(voci, JSON.stringify(voci)).toContain(
        `/incarichi/2019/sviluppo-lavoro-e-ambiente/${n}/`,
      );
    const h2020 = await cerca('q=H2020');
    expect(h2020.schede.map((s) => s.href)).toContain('/obiettivi/c86-0003/');
    await Promise.all([horizon.page.close(), h2020.page.close()]);
  });
});

describe('filtri: conteggi, azzeramento, valori sconosciuti', () => {
  test('accanto a ogni valore il numero di risultati, che il filtro poi dà', async () => {
    const { page } = await cerca('q=progetto');
    // the counts come with the filter index, loaded when the reader goes to the filters
    await page.locator('#filtro-tipo').focus();
    const opzione = page.locator('#filtro-tipo option[value="Incarico"]');
    await expect.poll(() => opzione.innerText()).toMatch(/\(\d+\)/);
    const etichetta = await opzione.innerText();
    const n = Number(/\((\d+)\)/.exec(etichetta)?.[1]);
    expect(n, etichetta).toBeGreaterThan(0);
    await page.locator('#filtro-tipo').selectOption('Incarico');
    await page.waitForURL(/tipo=Incarico/);
    await leggiRisultati(page);
    expect(numero(await page.locator('#stato-ricerca').innerText())).toBe(n);
    await page.close();
  });

  test('«Azzera i filtri» toglie i filtri e tiene la query', async () => {
    const { page } = await cerca('q=progetto&tipo=Incarico&spesa=vincolata');
    await page.locator('#azzera-filtri').click();
    await page.waitForURL((u) => !u.search.includes('tipo=') && !u.search.includes('spesa='));
    expect(new URL(page.url()).searchParams.get('q')).toBe('progetto');
    expect(await page.locator('#filtro-tipo').inputValue()).toBe('');
    await page.close();
  });

  test("un valore sconosciuto nell'indirizzo è segnalato, non dà zero risultati in silenzio", async () => {
    const ignoto = await cerca('q=progetto&settore=settore-che-non-esiste');
    const avviso = ignoto.page.locator('#avviso-filtri');
    expect(await avviso.isVisible()).toBe(true);
    expect(await avviso.innerText()).toContain('settore-che-non-esiste');
    expect(ignoto.schede.length).toBeGreaterThan(0);
    // the id of a settore, as in its URL, is read as the settore
    const id = await cerca('q=progetto&settore=politiche-sociali');
    expect(await id.page.locator('#filtro-settore').inputValue()).toBe('Politiche Sociali');
    expect(await id.page.locator('#avviso-filtri').innerText()).toContain('Politiche Sociali');
    expect(id.schede.every((s) => s.dettagli.includes('Politiche Sociali'))).toBe(true);
    expect(new URL(id.page.url()).searchParams.get('settore')).toBe('Politiche Sociali');
    await Promise.all([ignoto.page.close(), id.page.close()]);
  });

  test('il titolo della pagina dice la query e quanti risultati', async () => {
    const { page, stato } = await cerca('q=pagopa');
    expect(await page.title()).toBe(
      `«pagopa»: ${stato.replace(/\.$/, '')} · Cerca · Comune di Cremona`,
    );
    await page.close();
  });
});

describe('la ricerca su un telefono e senza JavaScript', () => {
  test('a 390×844 i filtri sono chiusi e il primo risultato è nella prima schermata', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await cerca('q=progetto&tipo=Incarico', await ctx.newPage());
    expect(await page.locator('#filtri-ricerca').getAttribute('open')).toBeNull();
    expect(await page.locator('#filtri-ricerca summary').innerText()).toContain('1 attivo');
    const y = await page
      .locator('#risultati > li')
      .first()
      .evaluate((e) => e.getBoundingClientRect().top);
    expect(y).toBeLessThan(844 * 0.75);
    await ctx.close();
  });

  test('senza JavaScript nessun modulo che non può funzionare, e gli elenchi', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.base}/cerca/?q=pagopa`);
    expect(await page.locator('#ricerca').isVisible()).toBe(false);
    const avviso = page.locator('#senza-js');
    expect(await avviso.innerText()).toMatch(/JavaScript/);
    for (const elenco of ['/obiettivi/', '/incarichi/', '/responsabili/'])
      expect(await avviso.locator(`a[href="${elenco}"]`).count()).toBe(1);
    await ctx.close();
  });
});

describe('il CSV dei risultati', () => {
  test('ha responsabile, target e pesi', async () => {
    const { page } = await cerca('q=pagopa&tipo=Obiettivo');
    const [scaricamento] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#scarica-risultati').click(),
    ]);
    const testo = readFileSync((await scaricamento.path())!, 'utf8');
    const [intestazione, prima] = testo.split(/\r?\n/);
    expect(intestazione).toBe('tipo,codice,title,settore,responsabile,importo,target,pesi,url');
    expect(prima).toContain('C23_0003');
    expect(prima).toMatch(/1491: [^;]+; 1492: [^;]+; 1493: /);
    expect(prima).toContain('Paolo Viani');
    const [perExcel] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#scarica-risultati-excel').click(),
    ]);
    const excel = readFileSync((await perExcel.path())!, 'utf8');
    expect(
      excel.startsWith('\uFEFFtipo;codice;title;settore;responsabile;importo;target;pesi;url\r\n'),
    ).toBe(true);
    expect(excel.split('\r\n')[1]).toContain('C23_0003');
    await page.close();
  });
});
