// Hostile input end to end: a document whose cells carry markup, script, entities and spreadsheet
// formulas is imported, built and opened in Chromium. Everything must come out as text, escaped for
// each context: HTML, attributes, JSON-LD, CSV cells, search metadata and result cards.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copiaProgetto } from '../../scripts/lib/progetto.ts';
import { avviaChromium } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';
import { sostituisciTestoRegistrato } from '../../scripts/lib/registro.ts';

const run = promisify(execFile);
const SORGENTE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const SCRIPT = '<script>alert("xss")</script>';
const ATTRIBUTO = '"><img src=x onerror=alert(2)>';
const LINK_JS = '<a href="javascript:alert(5)">clic</a>';
const LINK_ATTRIBUTO = '<a href="http://esempio.invalid/" onclick="alert(6)">sito</a>';

/** The real document with hostile text in a programme row, an objective title and an indicator formula. */
function documentoOstile(): string {
  const righe = readFileSync(SORGENTE, 'utf8').split('\n');
  const sostituisci = (n: number, da: string, a: string) => {
    if (!righe[n - 1]!.includes(da)) throw new Error(`riga ${n}: "${da}" non trovato`);
    righe[n - 1] = righe[n - 1]!.replace(da, a);
  };
  sostituisci(
    189,
    'Progetto ARCA 3',
    `Progetto ARCA 3 ${SCRIPT} ${ATTRIBUTO} &amp; <i>corsivo</i>`,
  );
  sostituisci(189, '233/888 e nuovo in corso istit.', '=HYPERLINK("http://esempio.invalid")');
  sostituisci(
    259,
    'Favorire il processo di occupabilità dei giovani del territorio',
    `Favorire l'occupabilità </script><script>alert(3)</script>`,
  );
  sostituisci(260, 'Numero profili richiesti dalle aziende', '@SUM(1+1)');
  // Links in the definition: only http(s) may become a link (src/lib/testo-fonte.ts)
  sostituisci(
    259,
    'Favorire e sostenere il processo',
    `${LINK_JS} ${LINK_ATTRIBUTO} Favorire e sostenere il processo`,
  );
  // Invisible characters: a bidi override that would show the title reversed, a zero-width space
  sostituisci(261, 'Esiti occupazionali', 'Esiti\u202e occupazionali\u200b');
  return righe.join('\n');
}

let cartella: string;
let dist: string;
let server: ServerStatico;

beforeAll(async () => {
  // A copy of the project with the hostile document as its source, built end to end
  cartella = copiaProgetto('peg-ostile-');
  sostituisciTestoRegistrato(cartella, documentoOstile());
  mkdirSync(join(cartella, 'content', 'incarichi-conferiti'), { recursive: true });
  const opzioni = { cwd: cartella, maxBuffer: 64 * 1024 * 1024 };
  await run(process.execPath, ['scripts/ingest.ts'], opzioni);
  await run(join(cartella, 'node_modules', '.bin', 'astro'), ['build'], opzioni);
  dist = join(cartella, 'dist');
  server = await serviDist(dist);
}, 300_000);

afterAll(async () => {
  await server?.chiudi();
  if (cartella) rmSync(cartella, { recursive: true, force: true });
});

const leggi = (f: string) => readFileSync(join(dist, f), 'utf8');

describe('input ostile: il markup resta testo', () => {
  test("l'importazione conserva il testo com'è", () => {
    const incarichi = JSON.parse(
      readFileSync(join(cartella, 'content/data/incarichi.json'), 'utf8'),
    );
    const arca = incarichi.find((i: { id: string }) => i.id === '2019-politiche-sociali-1');
    expect(arca.ragione).toContain(SCRIPT);
    expect(arca.capitoloPeg).toBe('=HYPERLINK("http://esempio.invalid")');
  });

  test('HTML: nessun elemento iniettato, il testo è visibile come tale', () => {
    const pagina = leggi('incarichi/2019/politiche-sociali/1/index.html');
    // In text the markup is entity-escaped; inside attribute values only " and & need escaping,
    // so the parsed DOM (checked in the browser below) is what proves nothing was injected
    expect(pagina).toContain(
      '<h1>Progetto ARCA 3 &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; &quot;&gt;&lt;img src=x',
    );
    const obiettivo = leggi('obiettivi/c59-0008/index.html');
    expect(obiettivo).toMatch(
      /<h1>C59_0008 — Favorire l&#39;occupabilità &lt;\/script&gt;&lt;script&gt;alert\(3\)&lt;\/script&gt;<\/h1>/,
    );
  });

  test('collegamenti della fonte: solo https, nessuno schema o attributo in più', () => {
    const obiettivo = leggi('obiettivi/c59-0008/index.html');
    expect(obiettivo).not.toMatch(/href="javascript:/i);
    expect(obiettivo).not.toMatch(/<a [^>]*onclick/i);
    // the javascript: link keeps its text; the link with an extra attribute stays visible as text
    expect(obiettivo).toContain('<p>clic &lt;a href=&quot;http://esempio.invalid/&quot; onclick=');
  });

  test('attributi e JSON-LD: nessuna uscita dal contesto', () => {
    const pagina = leggi('incarichi/2019/politiche-sociali/1/index.html');
    for (const m of pagina.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      expect(m[1]).not.toMatch(/<\/?script/i);
      expect(() => JSON.parse(m[1]!)).not.toThrow();
    }
    expect(pagina).not.toMatch(/content="[^"]*"><img/);
  });

  test('caratteri invisibili: rimossi dal testo pubblicato, un rilievo sulla pagina di qualità', () => {
    const obiettivo = leggi('obiettivi/c59-0008/index.html');
    expect(obiettivo).toContain('Esiti occupazionali');
    expect(obiettivo).not.toMatch(/[\u202e\u200b]/);
    const qualita = leggi('qualita-dei-dati/index.html');
    expect(qualita).toContain('Caratteri invisibili rimossi');
    expect(qualita).toContain('Riga 261: rimossi caratteri invisibili (U+202E, U+200B).');
  });

  test('CSV: celle che inizierebbero una formula sono neutralizzate', () => {
    const csv = leggi('dati/incarichi.csv');
    expect(csv).toContain(`"'=HYPERLINK(""http://esempio.invalid"")"`);
    expect(leggi('dati/indicatori.csv')).toContain("'@SUM(1+1)");
  });

  test('nel browser: la ricerca mostra il markup come testo e nessuno script parte', async () => {
    const browser = await avviaChromium();
    try {
      const page = await browser.newPage();
      const dialoghi: string[] = [];
      page.on('dialog', (d) => {
        dialoghi.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.base}/incarichi/2019/politiche-sociali/1/`);
      expect(await page.locator('h1').innerText()).toContain(SCRIPT);
      expect(await page.locator('img, i').count()).toBe(0);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(await page.getAttribute('meta[name="description"]', 'content')).toContain(
        `${SCRIPT} ${ATTRIBUTO}`,
      );
      await page.goto(`${server.base}/cerca/?q=ARCA&tipo=Incarico`);
      await page.waitForFunction(() =>
        /risultat/.test(document.querySelector('#stato-ricerca')?.textContent ?? ''),
      );
      const titolo = await page.locator('#risultati h2').first().innerText();
      expect(titolo).toContain(SCRIPT);
      expect(await page.locator('#risultati img, #risultati script, #risultati i').count()).toBe(0);
      await page.goto(`${server.base}/obiettivi/c59-0008/`);
      expect(await page.locator('h1').innerText()).toContain('</script><script>alert(3)</script>');
      expect(dialoghi).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
