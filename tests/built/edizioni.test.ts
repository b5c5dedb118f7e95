// A series of editions, built as the transparency officer publishes it: a copy of the project where
// the two invented fixture editions (tests/fixtures/edizioni: a third 2019 variation and a 2020 plan)
// are registered with `npm run edizione -- aggiungi`, imported with `npm run ingest` and built. Then
// read as an auditor would: permalinks keep what each edition said, the unversioned page shows the
// latest, the change pages list exactly the edits the fixtures made, retention and archive, URLs.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copiaProgetto } from '../../scripts/lib/progetto.ts';
import { avviaChromium } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';

const run = promisify(execFile);
const FIXTURE = join(process.cwd(), 'tests/fixtures/edizioni');
const MODIFICHE = JSON.parse(readFileSync(join(FIXTURE, 'modifiche.json'), 'utf8'));
/** The build's "today": the 2019 editions are past retention (31/12/2024), the 2020 plan is not. */
const OGGI = '2025-03-01';

let cartella: string;
let dist: string;
let primoIngest: string;

beforeAll(async () => {
  cartella = copiaProgetto('peg-edizioni-');
  const opzioni = {
    cwd: cartella,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PEG_OGGI: OGGI },
  };
  const node = (...args: string[]) => run(process.execPath, args, opzioni);
  await node(
    'scripts/edizione.ts',
    'aggiungi',
    join(FIXTURE, 'peg-2019-2021-terza-variazione.txt'),
    '--anno',
    '2019',
    '--variazione',
    '3',
    '--atto',
    'Deliberazione di Giunta comunale n. 123 del 15/10/2019',
    '--pubblicazione',
    '2019-10-20',
    '--oggi',
    '2019-10-20',
  );
  await node(
    'scripts/edizione.ts',
    'aggiungi',
    join(FIXTURE, 'peg-2020-2022.txt'),
    '--anno',
    '2020',
    '--variazione',
    '0',
    '--atto',
    'Deliberazione di Giunta comunale n. 45 del 10/03/2020',
    '--pubblicazione',
    '2020-03-20',
    '--oggi',
    '2020-03-20',
  );
  primoIngest = (await node('scripts/ingest.ts')).stdout;
  await run(join(cartella, 'node_modules', '.bin', 'astro'), ['build'], opzioni);
  dist = join(cartella, 'dist');
}, 300_000);

afterAll(() => {
  if (cartella) rmSync(cartella, { recursive: true, force: true });
});

const pagina = (percorso: string): HTMLElement =>
  parse(readFileSync(join(dist, percorso, 'index.html'), 'utf8'));
const testo = (e: HTMLElement | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The target an objective page shows for one indicator. */
const target = (percorso: string, indicatore: string) => {
  const riga = pagina(percorso)
    .querySelectorAll('tbody tr')
    .find((r) => testo(r.querySelector('th')) === indicatore);
  return testo(riga?.querySelector('[data-etichetta="Target atteso"]') ?? null);
};

describe('registrare e importare una serie di edizioni', () => {
  test("l'importazione legge le tre edizioni e ne scrive i dati, una cartella ciascuna", () => {
    expect(primoIngest).toMatch(/3 edizioni; l'ultima, 2020-variazione-0/);
    expect(readdirSync(join(cartella, 'content/data/edizioni')).sort()).toEqual([
      '2019-variazione-2',
      '2019-variazione-3',
      '2020-variazione-0',
    ]);
  });

  test("un'edizione non cambiata si riproduce byte per byte, e ingest --check lo conferma", async () => {
    const reale = join(process.cwd(), 'content/data/edizioni/2019-variazione-2');
    const copia = join(cartella, 'content/data/edizioni/2019-variazione-2');
    for (const f of readdirSync(reale))
      expect(readFileSync(join(copia, f), 'utf8'), f).toBe(readFileSync(join(reale, f), 'utf8'));
    const { stdout } = await run(process.execPath, ['scripts/ingest.ts', '--check'], {
      cwd: cartella,
    });
    expect(stdout).toMatch(/corrisponde alla fonte \(3 edizioni/);
  });
});

describe('indirizzi che non cambiano significato', () => {
  test('ogni versione di C59_0008 mostra il target della sua edizione, la pagina senza edizione il più recente', () => {
    expect(target('obiettivi/c59-0008/2019-variazione-2', '287')).toBe('700');
    expect(target('obiettivi/c59-0008/2019-variazione-3', '287')).toBe('800');
    expect(target('obiettivi/c59-0008/2020-variazione-0', '287')).toBe('900');
    expect(target('obiettivi/c59-0008', '287')).toBe('900');
    const p = pagina('obiettivi/c59-0008');
    expect(testo(p.querySelector('.versione'))).toContain('PEG 2020-2022, piano approvato');
    expect(p.querySelectorAll('.versioni > li')).toHaveLength(3);
    // "Come citare" names the permalink of the version shown, not the moving URL
    expect(testo(p.querySelector('.citazione blockquote'))).toContain(
      'https://trasparenza.comune.cremona.it/obiettivi/c59-0008/2020-variazione-0/',
    );
  });

  test('la provenienza di un permalink porta al testo della sua edizione, alla riga che dice quel valore', () => {
    const p = pagina('obiettivi/c59-0008/2019-variazione-2');
    const riga = p
      .querySelectorAll('tbody tr')
      .find((r) => testo(r.querySelector('th')) === '287')!;
    const href = riga.querySelector('[data-etichetta="Riga della fonte"] a')!.getAttribute('href')!;
    expect(href).toMatch(/^\/edizioni\/2019-variazione-2\/fonte\/#L\d+$/);
    const [percorso, ancora] = href.split('#');
    const linea = pagina(percorso!.slice(1)).querySelector(`#${ancora}`);
    expect(testo(linea)).toContain('700');
    const nuova = pagina('obiettivi/c59-0008/2019-variazione-3')
      .querySelectorAll('tbody tr')
      .find((r) => testo(r.querySelector('th')) === '287')!;
    const [p3, a3] = nuova
      .querySelector('[data-etichetta="Riga della fonte"] a')!
      .getAttribute('href')!
      .split('#');
    expect(testo(pagina(p3!.slice(1)).querySelector(`#${a3}`))).toContain('800');
  });

  test('un obiettivo tolto da una variazione resta raggiungibile, segnato come non più in vigore', () => {
    const p = pagina('obiettivi/c64-0007');
    expect(testo(p.querySelector('.storia'))).toMatch(
      /Non più in vigore dall'edizione terzo provvedimento di variazione del PEG 2019-2021/,
    );
    expect(existsSync(join(dist, 'obiettivi/c64-0007/2019-variazione-2/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'obiettivi/c64-0007/2019-variazione-3'))).toBe(false);
  });

  test('una versione non cambiata è resa una volta: la terza variazione aggiunge solo gli obiettivi che cambia', () => {
    const m = MODIFICHE['2019-variazione-3'];
    const toccati = new Set<string>([
      ...m.obiettiviAggiunti,
      ...m.obiettiviModificati.map((x: { obiettivo: string }) => x.obiettivo),
      ...[
        ...m.indicatoriAggiunti,
        ...m.indicatoriRimossi,
        ...m.indicatoriModificati,
        ...m.pesiModificati,
      ]
        .map((x: { obiettivo: string }) => x.obiettivo)
        .filter((o: string) => !m.obiettiviRimossi.includes(o)),
    ]);
    const permalink = readdirSync(join(dist, 'obiettivi')).filter((d) =>
      existsSync(join(dist, 'obiettivi', d, '2019-variazione-3', 'index.html')),
    );
    expect(permalink.sort()).toEqual(
      [...toccati].map((c) => c.toLowerCase().replace('_', '-')).sort(),
    );
    // the unchanged versions are referenced by the edition page at the earlier edition's permalink
    const elenco = pagina('edizioni/2019-variazione-3').querySelectorAll(
      '#obiettivi ~ section a, .tabella a',
    );
    const c55 = elenco.find((a) => testo(a) === 'C55_0003');
    expect(c55?.getAttribute('href')).toBe('/obiettivi/c55-0003/2019-variazione-2/');
  });

  test('la voce di programma cambiata ha un permalink per importo, e la pagina senza edizione il più recente', () => {
    const importo = (p: string) =>
      testo(
        pagina(p)
          .querySelectorAll('dt')
          .find((d) => testo(d).startsWith('Importo complessivo'))!.nextElementSibling,
      );
    expect(importo('incarichi/2019/politiche-educative/1/2019-variazione-2')).toBe('€ 20.000,00');
    expect(importo('incarichi/2019/politiche-educative/1/2019-variazione-3')).toBe('€ 25.000,00');
    expect(importo('incarichi/2019/politiche-educative/1')).toBe('€ 25.000,00');
  });

  test('ogni indirizzo pubblicato in tests/url-pubbliche.txt esiste anche con tre edizioni', () => {
    const mancanti = readFileSync('tests/url-pubbliche.txt', 'utf8')
      .split('\n')
      .filter((u) => u && !u.startsWith('#'))
      .filter((u) => {
        const f = u.endsWith('/') ? join(dist, u, 'index.html') : join(dist, u);
        return !existsSync(f);
      });
    expect(mancanti).toEqual([]);
  });
});

/** The rows the fixtures' list of edits expects on a change page, as `tipo|genere|chiave|campo|prima|dopo`. */
function attese(id: string): string[] {
  const m = MODIFICHE[id];
  const CAMPO: Record<string, string> = {
    linea: 'linea strategica',
    finalita: 'finalità',
    importoCorrente: 'corrente',
    importoVincolato: 'vincolata',
    capitoloPeg: 'capitolo PEG',
    ragione: 'attività o progetto',
  };
  const c = (x: string) => CAMPO[x] ?? x;
  const riga = (...x: unknown[]) =>
    [...x, null, null, null]
      .slice(0, 6)
      .map((v) => (v === null || v === undefined ? '' : String(v)))
      .join('|');
  return [
    ...m.obiettiviAggiunti.map((o: string) => riga('aggiunto', 'obiettivo', o)),
    ...m.obiettiviRimossi.map((o: string) => riga('rimosso', 'obiettivo', o)),
    ...m.obiettiviModificati.map((x: Record<string, string>) =>
      riga('modificato', 'obiettivo', x.obiettivo, c(x.campo!), x.prima, x.dopo),
    ),
    ...m.indicatoriAggiunti.map((x: Record<string, string>) =>
      riga('aggiunto', 'indicatore', `${x.obiettivo}/${x.indicatore}`),
    ),
    ...m.indicatoriRimossi.map((x: Record<string, string>) =>
      riga('rimosso', 'indicatore', `${x.obiettivo}/${x.indicatore}`),
    ),
    ...[...m.indicatoriModificati, ...m.pesiModificati].map((x: Record<string, string>) =>
      riga(
        'modificato',
        'indicatore',
        `${x.obiettivo}/${x.indicatore}`,
        c(x.campo!),
        x.prima,
        x.dopo,
      ),
    ),
    ...m.incarichiModificati.map((x: Record<string, string>) =>
      riga('modificato', 'voce di programma', x.id, c(x.campo!), x.prima, x.dopo),
    ),
  ].sort();
}

describe('cosa cambia', () => {
  for (const id of ['2019-variazione-3', '2020-variazione-0']) {
    test(`${id}: il JSON e il CSV elencano esattamente le modifiche fatte, campo per campo`, () => {
      const righe = JSON.parse(readFileSync(join(dist, `dati/cosa-cambia-${id}.json`), 'utf8'));
      const lette = righe
        .map((r: Record<string, unknown>) =>
          ['tipo', 'genere', 'chiave', 'campo', 'prima', 'dopo']
            .map((k) => (r[k] === null ? '' : String(r[k])))
            .join('|'),
        )
        .sort();
      expect(lette).toEqual(attese(id));
      const csv = readFileSync(join(dist, `dati/cosa-cambia-${id}.csv`), 'utf8')
        .trimEnd()
        .split('\r\n');
      expect(csv).toHaveLength(righe.length + 1);
      expect(
        righe.every(
          (r: Record<string, string>) => r.edizionePrecedente === MODIFICHE[id].rispettoA,
        ),
      ).toBe(true);
    });
  }

  test('la pagina della terza variazione mostra prima e dopo, con i link alle due versioni', () => {
    const p = pagina('edizioni/2019-variazione-3/cosa-cambia');
    const riga = p.querySelectorAll('tbody tr').find((r) => testo(r).includes('C59_0008/287'))!;
    expect(testo(riga.querySelector('[data-etichetta="Prima"]'))).toMatch(/^700 /);
    expect(testo(riga.querySelector('[data-etichetta="Dopo"]'))).toMatch(/^800 /);
    expect(riga.querySelector('[data-etichetta="Prima"] a')!.getAttribute('href')).toBe(
      '/obiettivi/c59-0008/2019-variazione-2/',
    );
    expect(riga.querySelector('[data-etichetta="Dopo"] a')!.getAttribute('href')).toBe(
      '/obiettivi/c59-0008/2019-variazione-3/',
    );
    const importo = p
      .querySelectorAll('tbody tr')
      .find((r) => testo(r).includes('2019-politiche-educative-1'))!;
    expect(testo(importo.querySelector('[data-etichetta="Campo"]'))).toBe('importo');
    expect(testo(importo.querySelector('[data-etichetta="Prima"]'))).toMatch(/^€ 20\.000,00 /);
    expect(testo(importo.querySelector('[data-etichetta="Dopo"]'))).toMatch(/^€ 25\.000,00 /);
  });

  test('tra due anni: obiettivi proseguiti, nuovi e conclusi, e il programma per settore con grafico e tabella', () => {
    const a = MODIFICHE['2020-variazione-0'].annoSuAnno;
    const p = pagina('edizioni/2020-variazione-0/cosa-cambia');
    const sezione = testo(p.querySelector('[aria-labelledby="anno-su-anno"]'));
    expect(sezione).toContain(
      `${a.obiettiviContinuati} proseguono con lo stesso codice, ${a.obiettiviNuovi.length} sono nuovi, ${a.obiettiviConclusi.length} non sono più presenti`,
    );
    const grafico = p.querySelector('#programma-anno-su-anno')!;
    expect(grafico.querySelector('canvas')).not.toBeNull();
    const righe = grafico.querySelectorAll('tbody tr');
    expect(righe).toHaveLength(a.totaliSettore.length);
    const sociali = righe.find((r) => testo(r).startsWith('Politiche Sociali'))!;
    expect(sociali.querySelectorAll('th, td').map(testo)).toEqual([
      'Politiche Sociali',
      '€ 259.000,00',
      '€ 243.000,00',
    ]);
  });
});

describe('dati aperti per edizione', () => {
  test("il file di un'edizione non cambia quando ne escono altre; quello senza edizione è l'alias della corrente", () => {
    for (const f of ['obiettivi.csv', 'incarichi.json', 'indicatori.csv']) {
      const reale = join(process.cwd(), 'dist/dati/edizioni/2019-variazione-2', f);
      expect(readFileSync(join(dist, 'dati/edizioni/2019-variazione-2', f), 'utf8'), f).toBe(
        readFileSync(reale, 'utf8'),
      );
    }
    expect(readFileSync(join(dist, 'dati/obiettivi.csv'), 'utf8')).toBe(
      readFileSync(join(dist, 'dati/edizioni/2020-variazione-0/obiettivi.csv'), 'utf8'),
    );
    const csv = readFileSync(join(dist, 'dati/edizioni/2019-variazione-3/obiettivi.csv'), 'utf8');
    expect(csv).toContain('/edizioni/2019-variazione-3/fonte/#L');
  });
});

describe('elenco delle edizioni e conservazione', () => {
  test("ogni edizione con atto e date; quelle oltre i cinque anni dell'art. 8 sono nell'archivio", () => {
    const p = pagina('edizioni');
    const inVigore = p.querySelector('#in-vigore')!.nextElementSibling!;
    const archivio = p.querySelector('#archivio')!.parentNode;
    expect(testo(inVigore)).toContain('PEG 2020-2022, piano approvato (corrente)');
    expect(testo(inVigore)).toContain('Deliberazione di Giunta comunale n. 45 del 10/03/2020');
    expect(testo(inVigore)).toContain('31 dicembre 2025');
    expect(testo(inVigore)).not.toContain('2019-2021');
    const dopoArchivio = testo(archivio).split('Archivio')[1]!;
    expect(dopoArchivio).toContain('PEG 2019-2021, terzo provvedimento di variazione');
    expect(dopoArchivio).toContain('PEG 2019-2021, secondo provvedimento di variazione');
    expect(dopoArchivio).toContain('31 dicembre 2024');
  });
});

describe('nel browser', () => {
  let server: ServerStatico;
  let browser: Browser;
  beforeAll(async () => {
    server = await serviDist(dist);
    browser = await avviaChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.chiudi();
  });

  test("il selettore d'edizione porta dall'elenco degli obiettivi a quelli di un'altra edizione", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.base}/obiettivi/`);
    const selettore = page.getByRole('navigation', { name: 'Edizione' });
    await expect(selettore.textContent()).resolves.toContain(
      'PEG 2020-2022, piano approvato (corrente)',
    );
    await selettore.getByText('Altre edizioni (2)').click();
    await selettore
      .getByRole('link', { name: 'PEG 2019-2021, terzo provvedimento di variazione' })
      .click();
    await page.waitForURL('**/edizioni/2019-variazione-3/#obiettivi');
    await expect(page.locator('h1').textContent()).resolves.toContain(
      'terzo provvedimento di variazione',
    );
    await page.getByRole('link', { name: 'C59_0008', exact: true }).click();
    await page.waitForURL('**/obiettivi/c59-0008/2019-variazione-3/');
    await expect(page.locator('.versione').textContent()).resolves.toContain('Versione stabile');
    await page.close();
  });

  /** Searches on /cerca/ and returns each result's link and details line. */
  async function cerca(parametri: string) {
    const page = await browser.newPage();
    await page.goto(`${server.base}/cerca/?${parametri}`);
    await page.waitForFunction(() => {
      const s = document.querySelector('#stato-ricerca')?.textContent ?? '';
      return /risultat/i.test(s) && !/in corso/.test(s);
    });
    const schede = await page.locator('#risultati > li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        dettagli: li.querySelector('.risultato-dettagli')?.textContent ?? '',
      })),
    );
    const edizione = await page.locator('#edizione').inputValue();
    await page.close();
    return { schede, edizione };
  }

  test("la ricerca legge l'edizione corrente; un'altra edizione, o tutte, a richiesta, con l'edizione su ogni risultato", async () => {
    const corrente = await cerca('q=C59_0008');
    expect(corrente.edizione).toBe('');
    expect(corrente.schede[0]?.href).toBe('/obiettivi/c59-0008/');
    expect(corrente.schede.some((r) => /\/20\d\d-variazione-\d\/$/.test(r.href))).toBe(false);

    const seconda = await cerca('q=C59_0008&edizione=2019-variazione-2');
    expect(seconda.edizione).toBe('2019-variazione-2');
    expect(seconda.schede[0]?.href).toBe('/obiettivi/c59-0008/2019-variazione-2/');
    expect(seconda.schede[0]?.dettagli).toContain(
      'Edizione: PEG 2019-2021, secondo provvedimento di variazione',
    );
    // Only versions that edition states: none of the later ones
    expect(seconda.schede.some((r) => r.href.includes('2019-variazione-3'))).toBe(false);

    const tutte = await cerca('q=C59_0008&edizione=tutte');
    const c59 = tutte.schede
      .filter((r) => r.href.startsWith('/obiettivi/c59-0008/'))
      .map((r) => r.href);
    expect(c59.sort()).toEqual([
      '/obiettivi/c59-0008/2019-variazione-2/',
      '/obiettivi/c59-0008/2019-variazione-3/',
      '/obiettivi/c59-0008/2020-variazione-0/',
    ]);
  });

  test("un obiettivo tolto da una variazione non è tra i risultati dell'edizione corrente, ma in tutte le edizioni sì", async () => {
    // C64_0007: in the second 2019 variation, removed by the third, absent from the 2020 plan
    const corrente = await cerca('q=C64_0007');
    expect(corrente.schede.some((r) => r.href.startsWith('/obiettivi/c64-0007/'))).toBe(false);
    const tutte = await cerca('q=C64_0007&edizione=tutte');
    expect(tutte.schede.map((r) => r.href)).toContain('/obiettivi/c64-0007/2019-variazione-2/');
    // Its unversioned page still exists, for the links saved before
    expect(existsSync(join(dist, 'obiettivi/c64-0007/index.html'))).toBe(true);
  });

  test("senza risultati nell'edizione corrente, la pagina propone tutte le edizioni e ci porta", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}/cerca/?q=C64_0007&tipo=Obiettivo`);
    const invito = page.locator('#prova-tutte');
    await page.waitForFunction(() =>
      /Nessun risultato/.test(document.querySelector('#stato-ricerca')?.textContent ?? ''),
    );
    await expect(invito.isVisible()).resolves.toBe(true);
    await invito.getByRole('link', { name: 'Cerca in tutte le edizioni' }).click();
    await page.waitForURL(/edizione=tutte/);
    // Query and filters stay
    expect(new URL(page.url()).searchParams.get('q')).toBe('C64_0007');
    expect(new URL(page.url()).searchParams.get('tipo')).toBe('Obiettivo');
    await page.waitForFunction(() =>
      /\d+ risultat/.test(document.querySelector('#stato-ricerca')?.textContent ?? ''),
    );
    const hrefs = await page
      .locator('#risultati h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/obiettivi/c64-0007/2019-variazione-2/');
    await expect(invito.isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('la pagina Cosa cambia si legge su un telefono senza scorrere di lato', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.base}/edizioni/2019-variazione-3/cosa-cambia/`);
    const larghezza = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(larghezza).toBeLessThanOrEqual(390);
    await page.close();
  });
});
