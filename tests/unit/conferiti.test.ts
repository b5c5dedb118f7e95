// Conferred engagements that can't go wrong: every case the issue found is refused, naming the
// file and the field, in Italian; the good fixture loads. leggiConferiti is what the content
// loader runs on every build (src/content.config.ts), so these are the build's own refusals.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ErroreConferiti, leggiConferiti } from '../../src/ingest/conferiti.ts';

const FIXTURE = 'tests/fixtures/conferiti/2019-politiche-sociali-7-esempio.json';
const buono = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
const ALLEGATI = 'tests/fixtures/allegati';
const OGGI = '2026-12-01';

/** A folder with the given files (name → JSON value or raw text); returns the loader's problems. */
function problemi(files: Record<string, unknown>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'peg-conferiti-'));
  for (const [nome, v] of Object.entries(files))
    writeFileSync(join(dir, nome), typeof v === 'string' ? v : JSON.stringify(v));
  try {
    leggiConferiti({ cartella: dir, allegati: ALLEGATI, oggi: OGGI });
    return [];
  } catch (e) {
    if (!(e instanceof ErroreConferiti)) throw e;
    return e.problemi.map((p) => p.slice(dir.length + 1));
  }
}
const con = (campi: Record<string, unknown>) => ({ ...buono, ...campi });
const NOME = '2019-politiche-sociali-7-esempio.json';

describe('il record buono', () => {
  test('si carica', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peg-conferiti-'));
    writeFileSync(join(dir, NOME), JSON.stringify(buono));
    writeFileSync(join(dir, '.gitkeep'), '');
    expect(
      leggiConferiti({ cartella: dir, allegati: ALLEGATI, oggi: OGGI }).map((c) => c.id),
    ).toEqual(['2019-politiche-sociali-7-esempio']);
  });
});

describe('collegamenti', () => {
  test.each([
    ['javascript:', 'javascript:alert(1)', /il collegamento deve cominciare con https:\/\//],
    ['data:', 'data:text/html,<script>alert(1)</script>', /deve cominciare con https:\/\//],
    ['//host', '//esempio.invalid/cv.pdf', /deve cominciare con https:\/\//],
    ['host senza nome', 'https://192.168.1.1/cv.pdf', /non punta a un host con nome/],
    ['host locale', 'http://localhost/cv.pdf', /non punta a un host con nome/],
    ['URL malformato', 'https://exa mple.it/cv.pdf', /contiene spazi/],
    ['credenziali', 'https://utente:pw@esempio.it/cv.pdf', /nome utente o password/],
    ['percorso con ..', '/../../etc/passwd', /non può contenere "\." o "\.\."/],
    [
      'file del sito che non esiste',
      '/allegati/manca.pdf',
      /il file del sito \/allegati\/manca\.pdf non esiste/,
    ],
  ])('%s è rifiutato', (_caso, url, atteso) => {
    const p = problemi({ [NOME]: con({ curriculum: url }) });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(new RegExp(`^${NOME}: campo curriculum: `));
    expect(p[0]).toMatch(atteso);
  });
  test('https verso un host con nome e file del sito esistente vanno bene', () => {
    expect(
      problemi({ [NOME]: con({ curriculum: 'https://www.comune.cremona.it/cv.pdf' }) }),
    ).toEqual([]);
    expect(
      problemi({ [NOME]: con({ atto: { ...(buono.atto as object), url: '/fixture/cv.pdf' } }) }),
    ).toEqual([]);
  });
});

describe('dati personali in ogni campo di testo', () => {
  test.each([
    ['soggettoPercettore', 'Mario Rossi, C.F. RSSMRA80A01D150X', 'codice fiscale'],
    ['ragione', 'Consulenza; accredito IBAN IT60X0542811101000000123456', 'IBAN'],
    ['altriIncarichi', 'Contatti: mario.rossi@gmail.com', 'indirizzo e-mail non istituzionale'],
    ['altriIncarichi', 'cell. 347 1234567', 'numero di telefono'],
    ['soggettoPercettore', 'Mario Rossi P.IVA 01234567897', 'partita IVA'],
    ['altriIncarichi', 'in malattia da marzo', 'dato sulla salute'],
  ])('%s con %s', (campo, valore, tipo) => {
    const p = problemi({ [NOME]: con({ [campo]: valore }) });
    expect(p).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${NOME}: campo ${campo}: contiene un dato personale da non pubblicare \\(${tipo}: .*Garante privacy del 15 maggio 2014`,
        ),
      ),
    ]);
    expect(p[0]).not.toContain(valore.split(' ').at(-1)); // the datum is masked in the message
  });
  test("anche negli estremi dell'atto", () => {
    const p = problemi({
      [NOME]: con({ atto: { ...(buono.atto as object), estremi: 'Det. n. 5, tel. 0372 407111' } }),
    });
    expect(p).toEqual([
      expect.stringMatching(/campo atto\.estremi: contiene un dato personale .*numero di telefono/),
    ]);
  });
});

describe('file nella cartella: caricati o rifiutati per nome, mai saltati', () => {
  test('file nascosto, .JSON, nome non valido, non-JSON, sottocartella', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peg-conferiti-'));
    writeFileSync(join(dir, '.2019-politiche-sociali-7-esempio.json'), JSON.stringify(buono));
    writeFileSync(join(dir, '2019-politiche-sociali-7-esempio.JSON'), JSON.stringify(buono));
    writeFileSync(join(dir, '2019 Politiche Sociali.json'), JSON.stringify(buono));
    writeFileSync(join(dir, 'note.txt'), 'appunti');
    mkdirSync(join(dir, '2020'));
    let msg = '';
    try {
      leggiConferiti({ cartella: dir, allegati: ALLEGATI, oggi: OGGI });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/\.2019-politiche-sociali-7-esempio\.json: file nascosto/);
    expect(msg).toMatch(/2019-politiche-sociali-7-esempio\.JSON: estensione in maiuscolo/);
    expect(msg).toMatch(/2019 Politiche Sociali\.json: nome non valido/);
    expect(msg).toMatch(/note\.txt: non è un foglio \.csv o \.xlsx né un record \.json/);
    expect(msg).toMatch(/2020: sottocartella non ammessa/);
  });
  test('id diverso dal nome del file (e quindi due file con lo stesso id)', () => {
    const p = problemi({ [NOME]: buono, 'copia.json': buono });
    expect(p).toEqual([
      'copia.json: campo id: "2019-politiche-sociali-7-esempio" diverso dal nome del file: il file va chiamato 2019-politiche-sociali-7-esempio.json',
      expect.stringMatching(
        /^copia\.json: campo id: "2019-politiche-sociali-7-esempio" è già usato da .*2019-politiche-sociali-7-esempio\.json$/,
      ),
    ]);
  });
  test('una cartella configurata che non esiste è un errore', () => {
    expect(() =>
      leggiConferiti({ cartella: '/non/esiste', allegati: ALLEGATI, oggi: OGGI }),
    ).toThrow(
      /^un incarico conferito rifiutato:\n\/non\/esiste: la cartella degli incarichi conferiti non esiste/,
    );
  });
  test('file vuoto, record vuoto, JSON rotto: un messaggio ciascuno, non "Required"', () => {
    expect(problemi({ 'a.json': '', 'b.json': {}, 'c.json': '{"id": ' })).toEqual([
      'a.json: il file è vuoto: scriverci il record o toglierlo',
      'b.json: record vuoto ({}): mancano tutti i campi (vedi il modello in README, «Incarichi conferiti»)',
      expect.stringMatching(/^c\.json: JSON non valido/),
    ]);
  });
  test('un campo mancante è detto in italiano, con il suo nome', () => {
    const { soggettoPercettore: _, ...senza } = buono;
    expect(problemi({ [NOME]: senza })).toEqual([
      `${NOME}: campo soggettoPercettore: campo obbligatorio mancante`,
    ]);
  });
});

describe('date e testi impossibili', () => {
  test.each([
    ['soggetto vuoto', { soggettoPercettore: '   ' }, 'campo soggettoPercettore: il testo è vuoto'],
    [
      'pubblicazione nel futuro',
      { dataPubblicazione: '2099-01-01' },
      'campo dataPubblicazione: 2099-01-01 è nel futuro (oggi è 2026-12-01)',
    ],
    [
      "atto dopo l'inizio",
      { atto: { ...(buono.atto as object), data: '2019-05-01' } },
      "campo atto.data: l'atto di conferimento è datato dopo l'inizio dell'incarico",
    ],
    [
      "fine prima dell'inizio",
      { dataFine: '2019-04-01' },
      'campo dataFine: la data di fine precede la data di inizio',
    ],
    [
      'data che non esiste',
      { dataFine: '2019-02-30' },
      'campo dataFine: data inesistente nel calendario',
    ],
    [
      "pubblicazione prima dell'atto",
      { dataPubblicazione: '2019-03-01' },
      "campo dataPubblicazione: la data di pubblicazione precede l'atto di conferimento",
    ],
    [
      'testo di 1 MB',
      { ragione: 'x'.repeat(1_000_000) },
      'campo ragione: testo troppo lungo: 1.000.000 caratteri, al massimo 2000',
    ],
    [
      'inversione bidi',
      { soggettoPercettore: 'Mario \u202eissoR' },
      'campo soggettoPercettore: contiene caratteri invisibili (U+202E)',
    ],
    [
      'spazio a larghezza zero',
      { ragione: 'Supporto\u200b al progetto' },
      'campo ragione: contiene caratteri invisibili (U+200B)',
    ],
    [
      'importo enorme',
      { compensoPrevisto: 1_000_000_000_000 },
      'campo compensoPrevisto: importo non plausibile',
    ],
    [
      'campo sconosciuto',
      { codiceFiscale: 'x' },
      'campo (record): campi non previsti: codiceFiscale',
    ],
  ])('%s', (_caso, campi, atteso) => {
    const p = problemi({ [NOME]: con(campi) });
    expect(p.length, p.join('\n')).toBeGreaterThanOrEqual(1);
    expect(p[0]).toContain(`${NOME}: ${atteso}`);
  });
});
