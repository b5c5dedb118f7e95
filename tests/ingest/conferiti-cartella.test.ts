// `npm run ingest` over the folder of conferred engagements (fixtures only, in temporary folders):
// the office's spreadsheets, legacy JSON and documenti/ become content/data/incarichi-conferiti.json;
// an unreadable amount, a missing document, an impossible date or engagements over a line's ceiling
// are refused naming file, row and column (or the line and the amounts), with exit 1 and the data
// folder byte for byte as it was; `--check` fails when the committed JSON differs.
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { leggiTabella } from '../../src/ingest/conferiti/index.ts';
import { intestazioniModello, modelloCsv } from '../../src/ingest/conferiti/modello.ts';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/conferiti-fogli';
const radici: string[] = [];
afterAll(() => radici.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A folder of engagements and a copy of content/data to write into. */
function ambiente(): { conferiti: string; dati: string } {
  const r = mkdtempSync(join(tmpdir(), 'peg-conferiti-cartella-'));
  radici.push(r);
  const conferiti = join(r, 'incarichi-conferiti');
  mkdirSync(join(conferiti, 'documenti'), { recursive: true });
  cpSync('content/data', join(r, 'data'), { recursive: true });
  return { conferiti, dati: join(r, 'data') };
}

const documento = (nome: string) => readFileSync(join(FIXTURE, 'documenti', nome));
function conDocumenti(cartella: string, ...nomi: string[]) {
  for (const n of nomi) writeFileSync(join(cartella, 'documenti', n), documento(n));
}

async function ingest(
  a: { conferiti: string; dati: string },
  ...altro: string[]
): Promise<{ code: number; output: string }> {
  return run(
    process.execPath,
    [
      'scripts/ingest.ts',
      '--conferiti',
      a.conferiti,
      '--out',
      a.dati,
      '--oggi',
      '2026-12-01',
      '--host-registro',
      'registro.example.org',
      ...altro,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  ).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      output: e.stdout + e.stderr,
    }),
  );
}

/** Every file of the data folder (edizioni/ included), by path. */
const istantanea = (dati: string) =>
  Object.fromEntries(
    readdirSync(dati, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort()
      .map((f) => [f, readFileSync(f, 'utf8')]),
  );

const INTESTAZIONI = intestazioniModello();
const VALIDA: Record<string, string> = {
  'Soggetto percettore': 'Studio Prova Srl (inventato)',
  "Ragione dell'incarico": 'Incarico inventato per i test',
  "Estremi dell'atto di conferimento": 'Determinazione dirigenziale n. 1 (inventata)',
  "Data dell'atto": '01/04/2019',
  'Data di inizio': '15/04/2019',
  'Data di fine': '31/12/2019',
  'Compenso previsto': '10.000,00',
  'Parte variabile': '',
  'Ammontare erogato': '',
  'Curriculum vitae': 'cv-studio-pi.pdf',
  'Attestazione di assenza di conflitto di interessi': 'attestazione-studio-pi.pdf',
  'Altri incarichi o attività professionali': '',
  Settore: 'Settore Politiche Sociali',
  'Scheda del programma': '7',
  'Data di pubblicazione': '20/04/2019',
  'Collegamento al registro nazionale': '',
};
/** A `;` CSV with BOM, the template's headings and one row per override of the valid row. */
function csv(...righe: Record<string, string>[]): string {
  return (
    '\uFEFF' +
    [INTESTAZIONI, ...righe.map((r) => INTESTAZIONI.map((h) => r[h] ?? VALIDA[h]!))]
      .map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
      .join('\r\n') +
    '\r\n'
  );
}

describe('npm run ingest con i fogli degli incarichi conferiti', () => {
  let csvScritto: string;

  beforeAll(async () => {
    const a = ambiente();
    cpSync(join(FIXTURE, 'incarichi-punto-e-virgola.csv'), join(a.conferiti, 'incarichi.csv'));
    cpSync(join(FIXTURE, 'documenti'), join(a.conferiti, 'documenti'), { recursive: true });
    const r = await ingest(a);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/37 incarichi conferiti da 1 file \(72 documenti\)/);
    csvScritto = readFileSync(join(a.dati, 'incarichi-conferiti.json'), 'utf8');
  });

  test('il foglio CSV con ; diventa content/data/incarichi-conferiti.json, con i documenti al loro indirizzo', () => {
    const conferiti = JSON.parse(csvScritto);
    expect(conferiti).toHaveLength(37);
    const alfa = conferiti.find(
      (c: { id: string }) => c.id === '2019-cultura-musei-city-branding-1-studio-alfa-srl',
    );
    expect(alfa).toMatchObject({
      compensoPrevisto: 6000,
      compensoErogato: 3000,
      curriculum: '/incarichi-conferiti/documenti/cv-studio-alfa-srl.pdf',
      collegamentoRegistro: 'https://registro.example.org/incarico/1',
    });
  });

  test('lo stesso elenco salvato come XLSX da LibreOffice scrive gli stessi byte', async () => {
    const a = ambiente();
    cpSync(join(FIXTURE, 'incarichi-celle.xlsx'), join(a.conferiti, 'incarichi.xlsx'));
    cpSync(join(FIXTURE, 'documenti'), join(a.conferiti, 'documenti'), { recursive: true });
    const r = await ingest(a);
    expect(r.code, r.output).toBe(0);
    expect(readFileSync(join(a.dati, 'incarichi-conferiti.json'), 'utf8')).toBe(csvScritto);
  });

  test('un foglio e un record JSON di prima si leggono insieme; --check vede una modifica a mano', async () => {
    const a = ambiente();
    writeFileSync(join(a.conferiti, 'incarichi.csv'), csv({}));
    conDocumenti(a.conferiti, 'cv-studio-pi.pdf', 'attestazione-studio-pi.pdf');
    mkdirSync(join(a.conferiti, '..', 'public', 'fixture'), { recursive: true });
    cpSync('tests/fixtures/allegati/fixture', join(a.conferiti, '..', 'public', 'fixture'), {
      recursive: true,
    });
    cpSync(
      'tests/fixtures/conferiti/2019-politiche-sociali-7-esempio.json',
      join(a.conferiti, '2019-politiche-sociali-7-esempio.json'),
    );
    const allegati = ['--allegati', join(a.conferiti, '..', 'public')];
    const r = await ingest(a, ...allegati);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/2 incarichi conferiti da 2 file/);
    expect(
      JSON.parse(readFileSync(join(a.dati, 'incarichi-conferiti.json'), 'utf8')).map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([
      '2019-politiche-sociali-7-esempio',
      '2019-politiche-sociali-7-studio-prova-srl-inventato',
    ]);
    expect((await ingest(a, ...allegati, '--check')).code).toBe(0);
    const f = join(a.dati, 'incarichi-conferiti.json');
    writeFileSync(f, readFileSync(f, 'utf8').replace('10000', '10001'));
    const check = await ingest(a, ...allegati, '--check');
    expect(check.code).toBe(1);
    expect(check.output).toMatch(
      /incarichi-conferiti\.json, esecuzione\.json in .* non corrispondono|incarichi-conferiti\.json.*non corrispondono/,
    );
  });
});

describe('rifiuti: file, riga e colonna, uscita 1, content/data intatto', () => {
  test.each([
    [
      'importo illeggibile',
      () => csv({}, { 'Compenso previsto': '10.000,0x' }),
      /incarichi\.csv, riga 3, colonna «Compenso previsto»: importo illeggibile "10\.000,0x"/,
    ],
    [
      'documento mancante',
      () => csv({ 'Curriculum vitae': 'cv-non-esiste.pdf' }),
      /incarichi\.csv, riga 2, colonna «Curriculum vitae»: documento mancante: il file "cv-non-esiste\.pdf" non è in .*documenti/,
    ],
    [
      'data impossibile',
      () => csv({ 'Data di fine': '31/04/2020' }),
      /incarichi\.csv, riga 2, colonna «Data di fine»: .*31\/04\/2020/,
    ],
    [
      'documento remoto non https',
      () => csv({ 'Curriculum vitae': 'http://example.org/cv.pdf' }),
      /incarichi\.csv, riga 2, colonna «Curriculum vitae»: indirizzo "http:\/\/example\.org\/cv\.pdf" non sicuro/,
    ],
    [
      'registro nazionale su un altro host',
      () => csv({ 'Collegamento al registro nazionale': 'https://altro.example.com/x' }),
      /incarichi\.csv, riga 2, colonna «Collegamento al registro nazionale»: host "altro\.example\.com" non ammesso/,
    ],
    [
      'dato personale',
      () => csv({ 'Altri incarichi o attività professionali': 'scrivere a mario.rossi@gmail.com' }),
      /incarichi\.csv, riga 2, colonna «Altri incarichi o attività professionali»: contiene un dato personale/,
    ],
  ])('%s', async (_caso, contenuto, atteso) => {
    const a = ambiente();
    writeFileSync(join(a.conferiti, 'incarichi.csv'), contenuto());
    conDocumenti(a.conferiti, 'cv-studio-pi.pdf', 'attestazione-studio-pi.pdf');
    const prima = istantanea(a.dati);
    const r = await ingest(a);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/^errore: .*nulla è stato scritto/m);
    expect(r.output).toMatch(atteso);
    expect(istantanea(a.dati)).toEqual(prima);
  });

  test('oltre il tetto, sommando due fogli: la voce e gli importi', async () => {
    const a = ambiente();
    // Line 2019-politiche-sociali-7 has a ceiling of € 138.000,00
    writeFileSync(join(a.conferiti, 'a.csv'), csv({ 'Compenso previsto': '100.000,00' }));
    writeFileSync(
      join(a.conferiti, 'b.csv'),
      csv({
        'Soggetto percettore': 'Professionista Prova (inventato)',
        'Compenso previsto': '30.000,00',
        'Parte variabile': '8.000,01',
      }),
    );
    conDocumenti(a.conferiti, 'cv-studio-pi.pdf', 'attestazione-studio-pi.pdf');
    const prima = istantanea(a.dati);
    const r = await ingest(a);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(
      /voce del programma «2019-politiche-sociali-7» \(.*\): gli incarichi conferiti impegnano € 138\.000,01 \(compenso previsto più parte variabile\), oltre il tetto di € 138\.000,00 in vigore il \d\d\/\d\d\/\d{4}, data dell'atto \(edizione 2019-variazione-2\); incarichi: .*a\.csv, riga 2; .*b\.csv, riga 2/,
    );
    expect(istantanea(a.dati)).toEqual(prima);
  });

  test('un PDF che non è un PDF e un file estraneo nella cartella', async () => {
    const a = ambiente();
    writeFileSync(join(a.conferiti, 'incarichi.csv'), csv({}));
    conDocumenti(a.conferiti, 'cv-studio-pi.pdf');
    writeFileSync(join(a.conferiti, 'documenti', 'attestazione-studio-pi.pdf'), 'non un pdf');
    writeFileSync(join(a.conferiti, 'note.txt'), 'appunti');
    const prima = istantanea(a.dati);
    const r = await ingest(a);
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/attestazione-studio-pi\.pdf: non è un PDF/);
    expect(r.output).toMatch(/note\.txt: non è un foglio \.csv o \.xlsx né un record \.json/);
    expect(istantanea(a.dati)).toEqual(prima);
  });
});

describe('il modello su /dati/', () => {
  test('il CSV pubblicato è il modello di src/ingest/conferiti/modello.ts', () => {
    expect(readFileSync('public/dati/modello-incarichi-conferiti.csv', 'utf8')).toBe(modelloCsv());
  });
  test("l'XLSX pubblicato (fatto con LibreOffice) ha le stesse intestazioni e nessuna riga", async () => {
    const t = await leggiTabella(
      readFileSync('public/dati/modello-incarichi-conferiti.xlsx'),
      'modello-incarichi-conferiti.xlsx',
    );
    expect(t.intestazioni).toEqual(INTESTAZIONI);
    expect(t.righe).toEqual([]);
  });
});
