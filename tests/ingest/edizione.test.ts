// Registering an edition as the transparency officer does (`npm run edizione -- aggiungi`): the text
// is copied byte for byte and its entry written, both or neither; a duplicate edition, a text already
// registered, a malformed document or an impossible date is refused naming what is wrong.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import {
  aggiungiEdizione,
  dataIso,
  denominazione,
  fileEdizione,
} from '../../src/ingest/registrazione.ts';

const run = promisify(execFile);
const SORGENTE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const originale = readFileSync(SORGENTE, 'utf8');
let cartelle: string[] = [];
afterEach(() => {
  for (const c of cartelle) rmSync(c, { recursive: true, force: true });
  cartelle = [];
});

/** A copy of the project's content/ to register editions in. */
function progetto(): string {
  const dir = mkdtempSync(join(tmpdir(), 'peg-edizione-'));
  cartelle.push(dir);
  cpSync('content', join(dir, 'content'), { recursive: true });
  return dir;
}

async function edizione(dir: string, args: string[]) {
  return run(process.execPath, [resolve('scripts/edizione.ts'), ...args], { cwd: dir }).then(
    ({ stdout }) => ({ codice: 0, stdout, stderr: '' }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      codice: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
}

const registroDi = (dir: string) => readFileSync(join(dir, 'content/edizioni.json'), 'utf8');

/** The real document with indicator 287's target of C59_0008 (line 260) changed from 700 to 800. */
const terzaVariazione = originale
  .split('\n')
  .map((r, i) => (i === 259 ? r.replace(/\t700\t/, '\t800\t') : r))
  .join('\n');

describe('npm run edizione -- aggiungi', () => {
  test('registra una variazione: testo copiato identico, voce nel registro, poi l’importazione la legge', async () => {
    expect(terzaVariazione).not.toBe(originale);
    const dir = progetto();
    writeFileSync(join(dir, 'terza.txt'), terzaVariazione);
    const esito = await edizione(dir, [
      'aggiungi',
      'terza.txt',
      '--anno',
      '2019',
      '--variazione',
      '3',
      '--atto',
      'Deliberazione di Giunta comunale n. 123 del 15/10/2019',
      '--pubblicazione',
      '20/10/2019',
      '--oggi',
      '2026-12-01',
    ]);
    expect(esito.stderr).toBe('');
    expect(esito.stdout).toMatch(
      /registrata 2019-variazione-3 \(terzo provvedimento di variazione\)/,
    );
    const copia = join(dir, 'content/sources/peg-2019-2021-terza-variazione.txt');
    expect(readFileSync(copia, 'utf8')).toBe(terzaVariazione);
    const registro = JSON.parse(registroDi(dir));
    expect(registro.at(-1)).toEqual({
      id: '2019-variazione-3',
      anno: 2019,
      triennio: '2019-2021',
      variazione: 3,
      titolo: 'Piano Esecutivo di Gestione / Piano della Performance 2019-2021',
      denominazione: 'terzo provvedimento di variazione',
      atto: 'Deliberazione di Giunta comunale n. 123 del 15/10/2019',
      annoPubblicazione: 2019,
      dataPubblicazione: '2019-10-20',
      aggiornamento: '2026-12-01',
      file: 'content/sources/peg-2019-2021-terza-variazione.txt',
      sha256: createHash('sha256').update(terzaVariazione).digest('hex'),
      sostituisce: '2019-variazione-2',
    });
    // The ingest now reads the latest edition: its record names it, with the text's fingerprint
    await run(
      process.execPath,
      [resolve('scripts/ingest.ts'), '--out', join(dir, 'content/data')],
      {
        cwd: dir,
      },
    );
    const e = JSON.parse(readFileSync(join(dir, 'content/data/edizione.json'), 'utf8'));
    expect(e).toEqual(registro.at(-1));
    const obiettivi = JSON.parse(readFileSync(join(dir, 'content/data/obiettivi.json'), 'utf8'));
    const c59 = obiettivi.find((o: { codice: string }) => o.codice === 'C59_0008');
    expect(c59.indicatori.find((i: { codice: string }) => i.codice === '287').target).toBe('800');
  });

  test.each([
    [
      'un’edizione già registrata',
      ['--variazione', '2'],
      SORGENTE,
      /l'edizione 2019, variazione 2 è già registrata \(content\/sources\/peg-2019-2021-seconda-variazione\.txt\)/,
    ],
    [
      'un testo già registrato',
      ['--variazione', '3'],
      SORGENTE,
      /questo testo è già registrato come content\/sources\/peg-2019-2021-seconda-variazione\.txt/,
    ],
    [
      'una data di pubblicazione impossibile',
      ['--variazione', '3', '--pubblicazione', '31/02/2019'],
      'terza.txt',
      /--pubblicazione "31\/02\/2019": attesa una data/,
    ],
    [
      'una pubblicazione nel futuro',
      ['--variazione', '3', '--pubblicazione', '2099-01-01'],
      'terza.txt',
      /--pubblicazione 2099-01-01 è nel futuro/,
    ],
    [
      'un documento che non si importa (riga e motivo)',
      ['--variazione', '3'],
      'rotto.txt',
      /rotto\.txt:198: il Totale Settore stampato/,
    ],
  ])('rifiuta %s: uscita 1, registro e fonti intatti', async (_, extra, file, messaggio) => {
    const dir = progetto();
    writeFileSync(join(dir, 'terza.txt'), terzaVariazione);
    writeFileSync(
      join(dir, 'rotto.txt'),
      originale
        .split('\n')
        .map((r, i) => (i === 197 ? r.replace('259.000,00', '259.500,00') : r))
        .join('\n'),
    );
    const prima = registroDi(dir);
    const args = [
      'aggiungi',
      file,
      '--anno',
      '2019',
      '--pubblicazione',
      '2019-10-20',
      '--oggi',
      '2026-12-01',
    ];
    const esito = await edizione(dir, [...args, ...extra]);
    expect(esito.codice).toBe(1);
    expect(esito.stderr).toMatch(messaggio);
    expect(registroDi(dir)).toBe(prima);
    expect(existsSync(join(dir, 'content/sources/peg-2019-2021-terza-variazione.txt'))).toBe(false);
  });
});

test('un testo registrato e poi modificato non si importa: l’impronta non è quella registrata', async () => {
  const dir = progetto();
  writeFileSync(join(dir, SORGENTE), originale.slice(0, -1));
  const esito = await run(process.execPath, [resolve('scripts/ingest.ts')], { cwd: dir }).then(
    () => null,
    (e: { code: number; stderr: string }) => e,
  );
  expect(esito?.code).toBe(1);
  expect(esito?.stderr).toMatch(
    /peg-2019-2021-seconda-variazione\.txt:1: il testo non è l'edizione 2019-variazione-2 registrata in content\/edizioni\.json: impronta SHA-256/,
  );
});

describe('nomi e date di un’edizione', () => {
  test('denominazione e file dal numero di variazione', () => {
    expect(denominazione(0)).toBe('piano approvato');
    expect(denominazione(2)).toBe('secondo provvedimento di variazione');
    expect(fileEdizione('2020-2022', 0)).toBe('content/sources/peg-2020-2022.txt');
    expect(fileEdizione('2019-2021', 3)).toBe('content/sources/peg-2019-2021-terza-variazione.txt');
  });
  test('date come le scrive un ufficio o come ISO; giorni che non esistono rifiutati', () => {
    expect(dataIso('15/10/2019')).toBe('2019-10-15');
    expect(dataIso('5/1/2020')).toBe('2020-01-05');
    expect(dataIso('2019-10-15')).toBe('2019-10-15');
    for (const x of ['31/02/2019', '2019-13-01', '15-10-2019', '', 'ieri'])
      expect(dataIso(x), x).toBeNull();
  });
  test('una variazione di un altro anno non sostituisce nulla; il registro resta in ordine di anno', () => {
    const base = JSON.parse(readFileSync('content/edizioni.json', 'utf8'));
    const { registro, voce } = aggiungiEdizione(
      base,
      new Map(),
      new TextEncoder().encode('piano 2020'),
      { anno: 2020, variazione: 0, atto: null, pubblicazione: '2020-03-01', oggi: '2026-12-01' },
      'content/edizioni.json',
    );
    expect(voce).toMatchObject({
      id: '2020-variazione-0',
      triennio: '2020-2022',
      sostituisce: null,
    });
    expect(registro.map((v) => v.id)).toEqual(['2019-variazione-2', '2020-variazione-0']);
  });
});
