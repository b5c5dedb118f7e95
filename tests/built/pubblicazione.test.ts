// The built site as search engines and auditors receive it: sitemap, robots.txt, citation and retention on every
// record page, JSON-LD that parses, per-settore CSVs behind their links, publiccode.yml. Runs on PEG_DIST or dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIST = process.env.PEG_DIST ?? 'dist';
if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(
    `${DIST}/index.html non esiste: eseguire prima "npm run build" (o indicare la cartella con PEG_DIST)`,
  );
}

/** Every HTML page as its site path (`/obiettivi/c59-0008/`), 404 excluded. */
function pagine(cartella = DIST): string[] {
  return readdirSync(cartella, { withFileTypes: true }).flatMap((e) => {
    const percorso = join(cartella, e.name);
    if (e.isDirectory()) return pagine(percorso);
    if (e.name !== 'index.html') return [];
    const rel = relative(DIST, cartella).split(sep).join('/');
    return rel === '' ? ['/'] : [`/${rel}/`];
  });
}
const html = (percorso: string) => readFileSync(join(DIST, percorso, 'index.html'), 'utf8');
const decodifica = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
const canonico = (pagina: string) => /<link rel="canonical" href="([^"]+)"/.exec(pagina)?.[1];

/** The official code spellings (`/obiettivi/C59_0008/`) are redirect pages: tests/built/indirizzi.test.ts. */
const rinvio = (p: string) => html(p).includes('<meta http-equiv="refresh"');
const TUTTE = pagine().filter((p) => p !== '/404/' && !rinvio(p));
const RECORD =
  /^\/(?:obiettivi|indicatori|settori|responsabili|aree|linee-strategiche|normativa)\/[^/]+\/$|^\/incarichi\/\d{4}\/[^/]+\/\d+\/$/;
const RECORD_PAGINE = TUTTE.filter((p) => RECORD.test(p));
const ORIGINE = new URL(canonico(html('/'))!).origin;
const CONSERVAZIONE_PEG =
  'Conservazione (art. 8, comma 3, D.Lgs. 33/2013): pubblicato nel 2019; 5 anni dal 1° gennaio 2020 → fino al 31 dicembre 2024, e comunque finché gli atti producono effetti.';

describe('sitemap.xml e robots.txt (art. 9 D.Lgs. 33/2013)', () => {
  it('la sitemap elenca esattamente le pagine HTML costruite', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const loc = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      m[1]!.replaceAll('&amp;', '&'),
    );
    expect(loc.length).toBeGreaterThan(500);
    expect(new Set(loc).size).toBe(loc.length);
    expect([...loc].sort()).toEqual(TUTTE.map((p) => new URL(p, ORIGINE).href).sort());
  });

  it('robots.txt consente tutto e indica la sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow: *\S/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${ORIGINE}/sitemap\\.xml$`, 'm'));
  });

  it('nessuna pagina chiede di non essere indicizzata, ognuna ha il suo indirizzo canonico', () => {
    for (const p of TUTTE) {
      const pagina = html(p);
      expect(pagina, p).not.toMatch(/<meta name="robots"[^>]*noindex/);
      expect(canonico(pagina), p).toBe(new URL(p, ORIGINE).href);
    }
  });
});

describe('ogni pagina di record: citazione e conservazione', () => {
  it('ci sono tutte le pagine di record', () => {
    const conta = (re: RegExp) => RECORD_PAGINE.filter((p) => re.test(p)).length;
    expect(conta(/^\/obiettivi\//)).toBe(129);
    expect(conta(/^\/incarichi\//)).toBe(29);
    expect(conta(/^\/indicatori\//)).toBe(278);
  });

  it.each(RECORD_PAGINE)('%s', (p) => {
    const pagina = html(p);
    const blocco = /<div class="citazione[^"]*"[^>]*>([\s\S]*?)<\/figure>/.exec(pagina)?.[1];
    expect(blocco, 'blocco di citazione').toBeDefined();
    const testo = decodifica(blocco!);
    expect(testo).toContain('Come citare questa pagina');
    expect(testo).toContain(new URL(p, ORIGINE).href);
    expect(testo).toMatch(/PEG 2019-2021, secondo provvedimento di variazione, (?:riga|righe) \d+/);
    expect(testo).toMatch(/aggiornati al \d{1,2}°? \p{L}+ \d{4}\./u);
    expect(testo).toContain('Licenza CC BY 4.0');
    expect(testo).toContain(CONSERVAZIONE_PEG);
  });
});

describe('JSON-LD', () => {
  it('su ogni pagina si legge con JSON.parse e nomina il Comune come GovernmentOrganization', () => {
    for (const p of TUTTE) {
      const blocchi = [
        ...html(p).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ];
      expect(blocchi.length, p).toBeGreaterThan(0);
      const dati = blocchi.map((b) => JSON.parse(b[1]!));
      expect(JSON.stringify(dati), p).toContain('"@type":"GovernmentOrganization"');
    }
  });

  it('un obiettivo è descritto come record con codice, indirizzo e fonte', () => {
    const [blocco] = [
      ...html('/obiettivi/c59-0008/').matchAll(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
      ),
    ];
    const pagina = JSON.parse(blocco![1]!)['@graph'][1];
    expect(pagina.mainEntity).toMatchObject({
      identifier: 'C59_0008',
      url: `${ORIGINE}/obiettivi/c59-0008/`,
      isBasedOn: {
        url: expect.stringMatching(
          new RegExp(`^${ORIGINE}/edizioni/2019-variazione-2/fonte/#L\\d+$`),
        ),
      },
    });
  });
});

describe('scaricare ciò che si sta guardando', () => {
  it('gli indici portano al CSV e al JSON del loro dataset', () => {
    for (const [p, d] of [
      ['/obiettivi/', 'obiettivi'],
      ['/indicatori/', 'indicatori'],
      ['/incarichi/', 'incarichi'],
      ['/settori/', 'settori'],
    ]) {
      const pagina = html(p!);
      expect(pagina, p).toContain(`href="/dati/${d}.csv"`);
      expect(pagina, p).toContain(`href="/dati/${d}.json"`);
      expect(decodifica(pagina), p).toContain('Scarica in CSV / JSON');
    }
  });

  it('ogni file /dati/ collegato da una pagina esiste', () => {
    let collegati = 0;
    for (const p of TUTTE) {
      for (const m of html(p).matchAll(/href="(\/dati\/[^"#]+\.(?:csv|json))"/g)) {
        collegati++;
        expect(existsSync(join(DIST, m[1]!)), `${p} → ${m[1]}`).toBe(true);
      }
    }
    expect(collegati).toBeGreaterThan(8);
  });

  it('il CSV di un settore ha le stesse colonne del dataset completo e solo le sue righe', () => {
    const completo = readFileSync(join(DIST, 'dati/obiettivi.csv'), 'utf8');
    const parte = readFileSync(join(DIST, 'dati/settori/politiche-sociali/obiettivi.csv'), 'utf8');
    const intestazione = (csv: string) => csv.slice(0, csv.indexOf('\r\n'));
    expect(intestazione(parte)).toBe(intestazione(completo));
    expect(html('/settori/politiche-sociali/')).toContain(
      'href="/dati/settori/politiche-sociali/obiettivi.csv"',
    );
    const righe = parte.split('\r\n').filter(Boolean).slice(1);
    expect(righe.length).toBeGreaterThan(0);
    for (const r of righe) expect(completo).toContain(r);
  });
});

describe('publiccode.yml', () => {
  const testo = readFileSync('publiccode.yml', 'utf8');
  const pc = parse(testo);
  it('si legge come YAML e ha le chiavi obbligatorie dello standard 0.4', () => {
    expect(pc.publiccodeYmlVersion).toBe('0.4');
    for (const chiave of [
      'name',
      'url',
      'platforms',
      'categories',
      'developmentStatus',
      'softwareType',
      'description',
      'legal',
      'maintenance',
      'localisation',
    ]) {
      expect(pc, chiave).toHaveProperty(chiave);
    }
    expect(pc.platforms).toContain('web');
    expect(pc.softwareType).toBe('standalone/web');
    expect(pc.developmentStatus).toBe('beta');
    expect(pc.legal.license).toBe('EUPL-1.2');
    expect(['internal', 'contract', 'community', 'none']).toContain(pc.maintenance.type);
    expect(typeof pc.localisation.localisationReady).toBe('boolean');
    expect(pc.localisation.availableLanguages).toContain('it');
  });
  it('rispetta i limiti di lunghezza dello standard', () => {
    const it = pc.description.it;
    expect(it.shortDescription.length).toBeLessThanOrEqual(150);
    expect(it.longDescription.length).toBeGreaterThanOrEqual(150);
    expect(it.longDescription.length).toBeLessThanOrEqual(10000);
    expect(it.features.length).toBeGreaterThan(0);
    for (const f of it.features) expect(f.length, f).toBeLessThanOrEqual(100);
  });
  it('non ha segnaposto: indirizzo reale e contatti veri dove lo standard li chiede', () => {
    expect(testo).not.toMatch(/example\.(org|com)|DA[ _-]INDICARE|PLACEHOLDER/i);
    // The url is a page of this portal that exists in the build (the repository has no public address yet)
    const u = new URL(pc.url);
    expect(u.protocol).toBe('https:');
    expect(`${u.origin}/`).toBe(pc.landingURL);
    const pagina = readFileSync(join(DIST, u.pathname, 'index.html'), 'utf8');
    if (u.hash) expect(pagina).toContain(`id="${u.hash.slice(1)}"`);
    if (['internal', 'contract'].includes(pc.maintenance.type)) {
      expect(pc.maintenance.contacts.length).toBeGreaterThan(0);
      for (const c of pc.maintenance.contacts) expect(c.name).toMatch(/\p{L}+ \p{L}+/u);
    }
  });
});
