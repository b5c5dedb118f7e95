// Conferred engagements as editors will publish them (fixtures, never content/): they appear on
// their programme line, in the ANAC section and in the downloads; engagements beyond a line's
// ceiling stop the build with a clear message.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const astro = join('node_modules', '.bin', 'astro');
const cartelle: string[] = [];
let dist: string;

async function build(
  conferiti: string,
): Promise<{ dist: string; esito: { code?: number; stdout: string; stderr: string } }> {
  const out = mkdtempSync(join(tmpdir(), 'peg-conferiti-'));
  cartelle.push(out);
  const esito = await run(astro, ['build', '--outDir', join(out, 'dist')], {
    env: {
      ...process.env,
      PEG_CONFERITI_DIR: conferiti,
      PEG_ALLEGATI_DIR: 'tests/fixtures/allegati',
      PEG_CACHE_DIR: join(out, '.cache'),
    },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    (r) => ({ ...r, code: 0 }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  return { dist: join(out, 'dist'), esito };
}

beforeAll(async () => {
  const r = await build('tests/fixtures/conferiti');
  expect(r.esito.code, r.esito.stderr).toBe(0);
  dist = r.dist;
}, 300_000);
afterAll(() => cartelle.forEach((c) => rmSync(c, { recursive: true, force: true })));

const leggi = (f: string) => readFileSync(join(dist, f), 'utf8');
const SOGGETTO = 'Professionista di prova (fixture di test)';

describe('incarichi conferiti (fixture)', () => {
  test('compaiono sulla loro voce del programma', () => {
    const pagina = leggi('incarichi/2019/politiche-sociali/7/index.html');
    expect(pagina).toContain(SOGGETTO);
    expect(pagina).toContain('Determinazione dirigenziale n. 0 (fixture)');
    expect(pagina).toContain('€ 20.000,00');
  });

  test("compaiono nella sezione Consulenti e collaboratori dell'albero ANAC", () => {
    const pagina = leggi(
      'amministrazione-trasparente/consulenti-e-collaboratori/titolari-di-incarichi-di-collaborazione-o-consulenza/index.html',
    );
    expect(pagina).toContain(SOGGETTO);
    expect(pagina).toContain('€ 5.000,00');
  });

  test('compaiono nei dati scaricabili', () => {
    expect(leggi('dati/incarichi-conferiti.csv')).toContain(SOGGETTO);
    expect(JSON.parse(leggi('dati/incarichi-conferiti.json'))).toHaveLength(1);
  });

  test(
    'oltre il tetto della voce il build si ferma con un messaggio chiaro',
    { timeout: 300_000 },
    async () => {
      const r = await build('tests/fixtures/conferiti-oltre-tetto');
      expect(r.esito.code).not.toBe(0);
      expect(r.esito.stdout + r.esito.stderr).toMatch(
        /voce "2019-politiche-sociali-7".*impegnano 140000\.00 euro, oltre il tetto di 138000\.00 euro/,
      );
    },
  );
});
