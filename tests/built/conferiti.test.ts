// Conferred engagements end to end, as the transparency officer publishes them (fixtures only, in a
// copy of the project: content/ stays free of invented data): the invented `;` CSV of 37 engagements
// and a three-row XLSX made by LibreOffice go into content/incarichi-conferiti/, their PDFs into
// documenti/; `npm run ingest`, then `npm run build` on 1 March 2023 (PEG_OGGI). Every engagement is
// on its page, its soggetto's page, its line (ceiling committed), settore and area, in the ANAC
// table or the archive, in the downloads and in search; read in Chromium, checked with axe.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { copiaProgetto } from '../../scripts/lib/progetto.ts';
import { fileDist } from '../../scripts/lib/dist.ts';
import { avviaChromium, sorveglia } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';
import { violazioniAxe } from '../support/axe.ts';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/conferiti-fogli';
let cartella: string;
let dist: string;
let server: ServerStatico;
let browser: Browser;

async function node(argomenti: string[], env: Record<string, string> = {}) {
  const r = await run(process.execPath, argomenti, {
    cwd: cartella,
    env: { ...process.env, PEG_CACHE_DIR: join(cartella, '.cache'), ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    (x) => ({ code: 0, output: x.stdout + x.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      output: e.stdout + e.stderr,
    }),
  );
  expect(r.code, r.output).toBe(0);
  return r.output;
}

let uscitaIngest: string;
beforeAll(async () => {
  cartella = copiaProgetto('peg-conferiti-');
  const dest = join(cartella, 'content/incarichi-conferiti');
  cpSync(join(FIXTURE, 'incarichi-punto-e-virgola.csv'), join(dest, 'incarichi-2019.csv'));
  cpSync(join(FIXTURE, 'tre-righe.xlsx'), join(dest, 'incarichi-2019-aggiunte.xlsx'));
  cpSync(join(FIXTURE, 'documenti'), join(dest, 'documenti'), { recursive: true });
  uscitaIngest = await node(['scripts/ingest.ts', '--host-registro', 'registro.example.org']);
  await node(['scripts/build.ts'], { PEG_OGGI: '2023-03-01' });
  dist = join(cartella, 'dist');
  server = await serviDist(dist);
  browser = await avviaChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.chiudi();
  if (cartella) rmSync(cartella, { recursive: true, force: true });
});

const leggi = (f: string) => readFileSync(join(dist, f), 'utf8');
/** The visible text of a built page's <main>, spaces collapsed. */
const testo = (f: string) =>
  /<main[\s\S]*<\/main>/
    .exec(leggi(f))![0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const DICIOTTO =
  'incarichi-conferiti/2019-politiche-educative-4-professionista-diciotto/index.html';
const ALFA = 'incarichi-conferiti/2019-cultura-musei-city-branding-1-studio-alfa-srl/index.html';
const ANAC =
  'amministrazione-trasparente/consulenti-e-collaboratori/titolari-di-incarichi-di-collaborazione-o-consulenza/index.html';

describe('dal foglio al sito (fixture)', () => {
  test("l'importazione legge il CSV e l'XLSX: 40 incarichi, 78 documenti", () => {
    expect(uscitaIngest).toMatch(/40 incarichi conferiti da 2 file \(78 documenti\)/);
  });

  test('ogni incarico ha la sua pagina: soggetto, compensi a parte, erogato, date, atto, documenti, voce e tetto impegnato', () => {
    const t = testo(DICIOTTO);
    for (const atteso of [
      'Soggetto percettore Professionista Diciotto',
      'Compenso previsto € 8.000,00',
      'Parte variabile del compenso € 1.500,00',
      'Ammontare erogato € 2.000,00',
      'Data di inizio 7 aprile 2019',
      'Data di fine 30 giugno 2021',
      'Determinazione dirigenziale n. 138 (inventata) del 12 marzo 2019',
      'Docente a contratto presso un ente inventato',
      'Tetto di spesa della voce € 53.650,00',
      // 43.650 of the 37 + 8.000 + 1.500
      '€ 53.150,00',
      'fino al 30 giugno 2024',
    ])
      expect(t).toContain(atteso);
    const html = leggi(DICIOTTO);
    expect(html).toContain('href="/incarichi-conferiti/documenti/cv-professionista-diciotto.pdf"');
    expect(html).toContain('href="/incarichi/2019/politiche-educative/4/"');
    expect(html).toContain('href="/soggetti-percettori/professionista-diciotto/"');
  });

  test('i documenti sono pubblicati byte per byte al loro indirizzo', () => {
    for (const f of ['cv-professionista-diciotto.pdf', 'attestazione-studio-alfa-srl.pdf'])
      expect(readFileSync(join(dist, 'incarichi-conferiti/documenti', f))).toEqual(
        readFileSync(join(FIXTURE, 'documenti', f)),
      );
  });

  test('la pagina del soggetto percettore elenca i suoi incarichi', () => {
    const t = testo('soggetti-percettori/professionista-nove/index.html');
    expect(t).toContain('Professionista Nove');
    expect(t).toContain('2 incarichi');
    expect(leggi('soggetti-percettori/professionista-nove/index.html')).toContain(
      'href="/incarichi-conferiti/2019-politiche-sociali-4-professionista-nove-2/"',
    );
  });

  test('la voce del programma, il settore e l’area elencano gli incarichi', () => {
    const voce = testo('incarichi/2019/politiche-educative/4/index.html');
    expect(voce).toContain('Professionista Diciotto');
    expect(voce).toContain('Cooperativa Theta');
    expect(voce).toMatch(/€ 53\.150,00 su un tetto di € 53\.650,00/);
    expect(testo('settori/politiche-educative/index.html')).toContain('Professionista Diciotto');
    const area = leggi('aree/index.html').match(/href="\/aree\/([^/"]+)\/"/g)!;
    expect(
      area.some((a) => {
        const id = /\/aree\/([^/"]+)\//.exec(a)![1];
        return testo(`aree/${id}/index.html`).includes('Professionista Diciotto');
      }),
    ).toBe(true);
  });

  test("la tabella ANAC mostra gli incarichi in pubblicazione; quelli oltre i tre anni sono nell'archivio", () => {
    const anac = testo(ANAC);
    expect(anac).toContain('Professionista Diciotto');
    expect(anac).toContain('€ 8.000,00');
    expect(anac).toContain('€ 1.500,00');
    expect(anac).not.toContain('Studio Alfa Srl');
    const archivio = testo('incarichi-conferiti/archivio/index.html');
    expect(archivio).toContain('Studio Alfa Srl');
    expect(archivio).not.toContain('Professionista Diciotto');
    expect(testo(ALFA)).toContain('In archivio');
  });

  test('grafici di tetto, impegnato ed erogato per settore e per area, con le loro tabelle', () => {
    const html = leggi('incarichi-conferiti/index.html');
    expect(html).toContain('id="conferiti-per-settore"');
    expect(html).toContain('id="conferiti-per-area"');
    const t = testo('incarichi-conferiti/index.html');
    expect(t).toContain('Tetto del programma');
    expect(t).toContain('Impegnato dagli incarichi');
    expect(t).toContain('€ 561.038,00');
  });

  test('le pagine nuove sono HTML valido (html-validate)', async () => {
    const validatore = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
    const pagine = fileDist(dist).filter(
      (f) =>
        f.endsWith('.html') &&
        /^(incarichi-conferiti|soggetti-percettori|amministrazione-trasparente\/consulenti|settori\/politiche-educative|incarichi\/2019\/politiche-educative\/4|dati\/index)/.test(
          f,
        ),
    );
    expect(pagine.length).toBeGreaterThan(70);
    const errori: string[] = [];
    for (const pagina of pagine) {
      const report = await validatore.validateString(
        readFileSync(join(dist, pagina), 'utf8'),
        pagina,
      );
      for (const r of report.results)
        for (const m of r.messages)
          errori.push(`${pagina}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errori.slice(0, 20), `${errori.length} errori`).toEqual([]);
  });

  test('i dati scaricabili contengono tutti gli incarichi', () => {
    expect(leggi('dati/incarichi-conferiti.csv')).toContain('Professionista Diciotto');
    expect(JSON.parse(leggi('dati/incarichi-conferiti.json'))).toHaveLength(40);
  });
});

describe('in Chromium', () => {
  async function apri(percorso: string): Promise<Page> {
    const page = await browser.newPage();
    const guardia = sorveglia(page, server.base);
    expect((await page.goto(server.base + percorso))?.status(), percorso).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(guardia.errori).toEqual([]);
    expect(guardia.esterne).toEqual([]);
    return page;
  }

  test('la pagina di un incarico si legge, il CV si apre, e passa axe', async () => {
    const page = await apri(
      '/incarichi-conferiti/2019-politiche-educative-4-professionista-diciotto/',
    );
    const main = await page.locator('main').innerText();
    expect(main).toContain('Professionista Diciotto');
    expect(main).toContain('€ 8.000,00');
    expect(main).toContain('€ 1.500,00');
    const cv = await page.request.get(
      server.base + '/incarichi-conferiti/documenti/cv-professionista-diciotto.pdf',
    );
    expect(cv.status()).toBe(200);
    expect((await cv.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const ctx = await browser.newContext({ bypassCSP: true });
    const p2 = await ctx.newPage();
    await p2.goto(
      server.base + '/incarichi-conferiti/2019-politiche-educative-4-professionista-diciotto/',
    );
    expect(await violazioniAxe(p2)).toEqual([]);
    await ctx.close();
  });

  test('la tabella ANAC: una riga per incarico, ogni cella con la sua etichetta su un telefono', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.base + '/' + ANAC.replace('index.html', ''));
    const righe = page.locator('table:has(caption:text("art. 15")) tbody tr');
    expect(await righe.count()).toBe(2);
    const prima = await righe.filter({ hasText: 'Professionista Diciotto' }).innerText();
    expect(prima).toContain('€ 8.000,00');
    expect(prima).toContain('Curriculum vitae (PDF)');
    // Below 40 rem each row is a card: every cell carries its column's label
    const celle = righe.first().locator('th, td');
    const etichette = await celle.evaluateAll((cs) =>
      cs.map((c) => c.getAttribute('data-etichetta')),
    );
    expect(etichette.every(Boolean), JSON.stringify(etichette)).toBe(true);
    const larghezza = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(larghezza).toBeLessThanOrEqual(390);
    const ctx = await browser.newContext({ bypassCSP: true });
    const p2 = await ctx.newPage();
    await p2.goto(server.base + '/' + ANAC.replace('index.html', ''));
    expect(await violazioniAxe(p2)).toEqual([]);
    await ctx.close();
  });

  test('la ricerca trova un incarico conferito e lo filtra per soggetto', async () => {
    const page = await apri('/cerca/?q=diciotto&soggetto=Professionista%20Diciotto');
    await page.waitForFunction(() => {
      const s = document.querySelector('#stato-ricerca')?.textContent ?? '';
      return /risultat/i.test(s) && !/in corso/.test(s);
    });
    const href = await page
      .locator('#risultati > li h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(href).toContain(
      '/incarichi-conferiti/2019-politiche-educative-4-professionista-diciotto/',
    );
    expect(await page.locator('#filtro-soggetto').inputValue()).toBe('Professionista Diciotto');
  });
});
