// Consistent data or no build, and the last good site kept: in a copy of the project (so the real
// content/data/ and dist/ are never touched), after a good build with a warm Astro cache, a broken
// data file, a data file from another run, or a build that stops in Astro all exit non-zero with
// `file: what is wrong`, and dist/ stays byte for byte the previous site.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copiaProgetto } from '../../scripts/lib/progetto.ts';
import { fileDist } from '../../scripts/lib/dist.ts';
import { conManifesto, jsonStabile, MANIFESTO } from '../../src/ingest/scrittura.ts';

const run = promisify(execFile);
let cartella: string;
let sitoBuono: string;

/** The whole built site as one string: file list and every byte of index.html and a record page. */
function impronta(): string {
  const dist = join(cartella, 'dist');
  if (!existsSync(dist)) return 'dist assente';
  return JSON.stringify([
    fileDist(dist),
    readFileSync(join(dist, 'index.html'), 'utf8'),
    readFileSync(join(dist, 'obiettivi/c59-0008/index.html'), 'utf8'),
  ]);
}

async function build(comando: string[], env: Record<string, string> = {}) {
  return run(process.execPath, comando, {
    cwd: cartella,
    env: { ...process.env, PEG_CACHE_DIR: join(cartella, '.cache'), ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      output: e.stdout + e.stderr,
    }),
  );
}
const npmRunBuild = () => build(['scripts/build.ts']);
const astroBuild = () => build(['node_modules/astro/bin/astro.mjs', 'build']);
const OBIETTIVI = 'content/data/obiettivi.json';

beforeAll(async () => {
  cartella = copiaProgetto('peg-build-sicura-');
  const r = await npmRunBuild();
  expect(r.code, r.output).toBe(0);
  expect(r.output).toMatch(/build: dist\/ sostituito dal nuovo sito/);
  sitoBuono = impronta();
}, 300_000);
afterAll(() => {
  if (cartella) rmSync(cartella, { recursive: true, force: true });
});

describe('dati coerenti o nessuna build', () => {
  const buono = () => readFileSync(join(process.cwd(), OBIETTIVI), 'utf8');
  const ripristina = () => writeFileSync(join(cartella, OBIETTIVI), buono());

  test.each([
    [
      'JSON rotto',
      () => '[{"id": "c59-0008", "titolo": ',
      /content\/data\/obiettivi\.json: JSON non valido/,
    ],
    ['file vuoto', () => '', /content\/data\/obiettivi\.json: JSON non valido/],
    [
      'record che non rispetta lo schema',
      () => buono().replace('"codice": "C02_0003"', '"codice": "X"'),
      /content\/data\/obiettivi\.json: record 1 \(c02-0003\), campo codice: /,
    ],
    [
      "file valido ma di un'altra importazione",
      () =>
        buono().replace(
          'Sviluppo attività formative',
          'Sviluppo attività formative (altra versione)',
        ),
      /content\/data\/obiettivi\.json: non è il file scritto dall'importazione [0-9a-f]{16} insieme agli altri/,
    ],
  ])(
    '%s: npm run build si ferma e dist/ resta quello di prima',
    async (_caso, contenuto, atteso) => {
      writeFileSync(join(cartella, OBIETTIVI), contenuto());
      try {
        for (const b of [npmRunBuild, astroBuild]) {
          const r = await b();
          expect(r.code, r.output).not.toBe(0);
          expect(r.output).toMatch(atteso);
          expect(r.output).toMatch(/eseguire npm run ingest/);
        }
        expect(impronta()).toBe(sitoBuono);
      } finally {
        ripristina();
      }
    },
    120_000,
  );

  test('un residuo nella cartella dei dati ferma la build', async () => {
    writeFileSync(join(cartella, 'content/data/obiettivi.json.123.tmp'), '[]');
    try {
      const r = await npmRunBuild();
      expect(r.code).not.toBe(0);
      expect(r.output).toMatch(/content\/data\/obiettivi\.json\.123\.tmp: file estraneo ai dati/);
      expect(r.output).toMatch(
        /dist\/ non è stato toccato: resta pubblicabile il sito della build precedente/,
      );
    } finally {
      rmSync(join(cartella, 'content/data/obiettivi.json.123.tmp'));
    }
  }, 60_000);
});

describe("l'ultimo sito buono resta", () => {
  test("una cartella dei conferiti che non esiste ferma l'importazione e content/data resta com'era", async () => {
    const prima = readFileSync(join(cartella, 'content/data/esecuzione.json'), 'utf8');
    const r = await build(['scripts/ingest.ts', '--conferiti', join(cartella, 'non-esiste')]);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/non-esiste: la cartella degli incarichi conferiti non esiste/);
    expect(readFileSync(join(cartella, 'content/data/esecuzione.json'), 'utf8')).toBe(prima);
    expect(impronta()).toBe(sitoBuono);
  }, 120_000);

  test('una build che si ferma in Astro (conferiti oltre il tetto) lascia dist/ intatto e lo dice', async () => {
    // Data the ingest would refuse, written by hand with a matching manifest: only the site's own
    // check of the ceilings (src/dominio/programma.ts) can stop this build
    const dati = join(cartella, 'content/data');
    const originali = new Map(
      readdirSync(dati, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dati, join(d.parentPath, d.name)))
        .map((f) => [f, readFileSync(join(dati, f), 'utf8')]),
    );
    const fixture = JSON.parse(
      readFileSync('tests/fixtures/conferiti/2019-politiche-sociali-7-esempio.json', 'utf8'),
    );
    const oltre = [fixture, { ...fixture, id: `${fixture.id}-oltre`, compensoPrevisto: 120000 }];
    const { files } = conManifesto(
      new Map(
        [...originali]
          .filter(([f]) => f !== MANIFESTO)
          .map(([f, t]) => [f, f === 'incarichi-conferiti.json' ? jsonStabile(oltre) : t]),
      ),
    );
    for (const [f, t] of files) writeFileSync(join(dati, f), t);
    let r;
    try {
      r = await build(['scripts/build.ts']);
    } finally {
      for (const [f, t] of originali) writeFileSync(join(dati, f), t);
    }
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/impegnano 140000\.00 euro, oltre il tetto/);
    expect(r.output).toMatch(/build non riuscita: astro build è uscito con codice 1/);
    expect(r.output).toMatch(
      /dist\/ non è stato toccato: resta pubblicabile il sito della build precedente/,
    );
    expect(impronta()).toBe(sitoBuono);
    expect(readdirSync(cartella).filter((f) => f.startsWith('dist.'))).toEqual([]);
  }, 300_000);
});
