// The README's workflow for a new variation, followed as the transparency officer would: a copy of
// the real document with one target and one programme amount changed (with the totals the document
// prints) is saved as a text file, registered with `npm run edizione -- aggiungi`, imported with
// `npm run ingest` and published with `npm run build`. The old permalink keeps the old figures, the
// current URL shows the new ones, and the change page lists exactly those two changes.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copiaProgetto } from '../../scripts/lib/progetto.ts';

const run = promisify(execFile);
const REALE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const TERZA = 'tests/fixtures/edizioni/peg-2019-2021-terza-variazione.txt';

/**
 * The real text with only the lines the officer edits taken from the fixture third variation: the
 * cover (lines 11 and 21), target 287 of C59_0008 (line 260), and line 1 of Politiche Educative with
 * its settore total and the programme total (lines 204, 208, 210). Both texts have the same lines
 * up to 260.
 */
function terzaVariazione(): string {
  const reale = readFileSync(REALE, 'utf8').split('\n');
  const terza = readFileSync(TERZA, 'utf8').split('\n');
  for (const n of [11, 21, 204, 208, 210, 260]) reale[n - 1] = terza[n - 1]!;
  return reale.join('\n');
}

let cartella: string;
let dist: string;
beforeAll(async () => {
  cartella = copiaProgetto('peg-ufficio-');
  writeFileSync(join(cartella, 'terza-variazione.txt'), terzaVariazione());
  const opzioni = { cwd: cartella, maxBuffer: 64 * 1024 * 1024 };
  const npm = (...args: string[]) => run('npm', ['run', '--silent', ...args], opzioni);
  await npm(
    'edizione',
    '--',
    'aggiungi',
    'terza-variazione.txt',
    '--anno',
    '2019',
    '--variazione',
    '3',
    '--atto',
    'Deliberazione di Giunta comunale n. 123 del 15/10/2019',
    '--pubblicazione',
    '20/10/2019',
  );
  await npm('ingest');
  await npm('build');
  dist = join(cartella, 'dist');
}, 300_000);
afterAll(() => {
  if (cartella) rmSync(cartella, { recursive: true, force: true });
});

const pagina = (p: string) => parse(readFileSync(join(dist, p, 'index.html'), 'utf8'));
const testo = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const target = (p: string) =>
  testo(
    pagina(p)
      .querySelectorAll('tbody tr')
      .find((r) => testo(r.querySelector('th')?.textContent) === '287')
      ?.querySelector('[data-etichetta="Target atteso"]')?.textContent,
  );
const importo = (p: string) =>
  testo(
    pagina(p)
      .querySelectorAll('dt')
      .find((d) => testo(d.textContent).startsWith('Importo complessivo'))?.nextElementSibling
      ?.textContent,
  );

test("il vecchio permalink mostra le vecchie cifre, l'indirizzo corrente le nuove", () => {
  expect(target('obiettivi/c59-0008/2019-variazione-2')).toBe('700');
  expect(target('obiettivi/c59-0008')).toBe('800');
  expect(target('obiettivi/c59-0008/2019-variazione-3')).toBe('800');
  expect(importo('incarichi/2019/politiche-educative/1/2019-variazione-2')).toBe('€ 20.000,00');
  expect(importo('incarichi/2019/politiche-educative/1')).toBe('€ 25.000,00');
});

test('la pagina Cosa cambia elenca esattamente le due modifiche', () => {
  const righe = JSON.parse(
    readFileSync(join(dist, 'dati/cosa-cambia-2019-variazione-3.json'), 'utf8'),
  );
  const record = [...new Set(righe.map((r: { chiave: string }) => r.chiave))];
  expect(record).toEqual(['C59_0008/287', '2019-politiche-educative-1']);
  expect(righe.map((r: Record<string, unknown>) => [r.chiave, r.campo, r.prima, r.dopo])).toEqual([
    ['C59_0008/287', 'target', '700', '800'],
    ['2019-politiche-educative-1', 'importo', 20000, 25000],
    ['2019-politiche-educative-1', 'corrente', 2000, 4000],
    ['2019-politiche-educative-1', 'vincolata', 18000, 21000],
  ]);
  const p = pagina('edizioni/2019-variazione-3/cosa-cambia');
  expect(p.querySelectorAll('tbody tr').length).toBe(4);
  expect(testo(p.querySelector('main')?.textContent)).toContain(
    'Obiettivi: 0 aggiunti, 0 rimossi, 0 modificati',
  );
});
