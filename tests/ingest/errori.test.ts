// Bad input: each malformed source stops the ingest with `file:line: what is wrong`, a non-zero
// exit and the previous content untouched.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../src/ingest/errore.ts';
import { istantanea } from '../support/istantanea.ts';
import { ingest } from '../../src/ingest/ingest.ts';

const SORGENTE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const ANAGRAFICA = 'content/anagrafica/entita.json';
const righe = readFileSync(SORGENTE, 'utf8').split('\n');

/** The real document with line `n` (1-based) passed through `f`. */
function conRiga(n: number, f: (riga: string) => string): string {
  return righe.map((r, i) => (i === n - 1 ? f(r) : r)).join('\n');
}
function sostituisci(n: number, da: string, a: string): string {
  return conRiga(n, (r) => {
    if (!r.includes(da)) throw new Error(`la riga ${n} non contiene "${da}"`);
    return r.replace(da, a);
  });
}

function errore(testo: string | Uint8Array): IngestError {
  try {
    ingest({
      sorgente: typeof testo === 'string' ? new TextEncoder().encode(testo) : testo,
      fileSorgente: 'peg.txt',
      anagrafica: readFileSync(ANAGRAFICA),
      fileAnagrafica: ANAGRAFICA,
    });
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('il documento è stato accettato');
}

describe('input malformato: errore con file e riga', () => {
  test.each([
    [
      'settore sconosciuto nel prospetto',
      sostituisci(185, 'Politiche Sociali', 'Politiche Sanitarie'),
      /^peg\.txt:185: settore sconosciuta\/o "Settore Politiche Sanitarie"/,
    ],
    [
      'settore sconosciuto negli obiettivi',
      sostituisci(259, 'Politiche educative', 'Politiche ricreative'),
      /^peg\.txt:259: settore .*"Politiche ricreative/,
    ],
    [
      'persona sconosciuta',
      sostituisci(189, 'dott.a Eugenia Grossi', 'dott. Mario Rossi'),
      /^peg\.txt:189: persona .*"dott\. Mario Rossi"/,
    ],
    [
      'importo che non si legge',
      sostituisci(189, '7.000,00', '7.000,0O'),
      /^peg\.txt:189: importo "7\.000,0O" non è un numero/,
    ],
    [
      'peso che non si legge',
      sostituisci(260, '\t700\t20', '\t700\tventi'),
      /^peg\.txt:260: indicatore 287: peso "venti" non è un numero/,
    ],
    [
      'obiettivo duplicato con campi diversi',
      sostituisci(562, 'Applicazione', 'Disapplicazione'),
      /^peg\.txt:562: obiettivo C21_0007 ripetuto con titolo/,
    ],
    [
      'indicatore senza obiettivo sopra',
      conRiga(259, () => ''),
      /^peg\.txt:260: l'indicatore 287 non ha un obiettivo sopra di sé/,
    ],
    [
      'totale di settore che non torna',
      sostituisci(198, '259.000,00', '259.500,00'),
      /^peg\.txt:198: il Totale Settore stampato \(259\.500,00\) non è la somma delle righe \(259\.000,00\)/,
    ],
    [
      'totale complessivo che non torna',
      sostituisci(210, '561.038,00', '561.039,00'),
      /^peg\.txt:210: Spesa complessiva: il totale stampato/,
    ],
    [
      'quota corrente che non torna',
      sostituisci(210, '123.000,00', '124.000,00'),
      /^peg\.txt:210: di cui corrente/,
    ],
    [
      'file troncato nel prospetto',
      righe.slice(0, 150).join('\n'),
      /^peg\.txt:150: .*file troncato/,
    ],
    [
      'file troncato negli obiettivi',
      righe.slice(0, 400).join('\n'),
      /^peg\.txt:400: la linea strategica ".*" dell'indice non ha obiettivi: file troncato\?/,
    ],
    [
      'riga del prospetto con colonne mancanti',
      conRiga(189, (r) => r.split('\t').slice(0, 5).join('\t')),
      /^peg\.txt:189: riga incompleta/,
    ],
    [
      'indicatore con celle mancanti',
      conRiga(260, (r) => r.split('\t').slice(0, 8).join('\t')),
      /^peg\.txt:260: indicatore 287: attese 5 celle/,
    ],
    [
      'riga tabellare fuori dalle tabelle',
      conRiga(50, (r) => `${r}\tcella`),
      /^peg\.txt:50: riga tabellare fuori dalle tabelle note/,
    ],
    ['file vuoto', '', /^peg\.txt:1: il file è vuoto/],
    [
      'cella di 1 MB',
      sostituisci(259, 'Favorire il processo', 'x'.repeat(1_000_000)),
      /^peg\.txt:259: colonna 4: cella di 1\.000\.\d{3} caratteri, oltre il massimo di 10\.000/,
    ],
    [
      'peso enorme',
      sostituisci(260, '\t700\t20', '\t700\t1.000.000.000.000'),
      /^peg\.txt:260: indicatore 287: peso "1\.000\.000\.000\.000" oltre 100/,
    ],
  ])('%s', (_nome, testo, atteso) => {
    expect(errore(testo).message).toMatch(atteso);
  });

  test('file binario', () => {
    expect(errore(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01])).message).toMatch(
      /^peg\.txt:2: .*NUL/,
    );
  });

  test('byte Latin-1 invece di UTF-8', () => {
    const bytes = Buffer.from(
      sostituisci(185, 'Politiche Sociali', 'Politiche Sociali').replace(
        'Città che genera',
        'Citt\u00e0 che genera',
      ),
      'latin1',
    );
    expect(errore(bytes).message).toMatch(/^peg\.txt:\d+: byte 0x[0-9a-f]+ non valido in UTF-8/);
  });
});

describe('varianti innocue: stessi dati', () => {
  const base = () =>
    ingest({
      sorgente: readFileSync(SORGENTE),
      fileSorgente: 'peg.txt',
      anagrafica: readFileSync(ANAGRAFICA),
      fileAnagrafica: ANAGRAFICA,
    });

  test('fine riga CRLF e BOM UTF-8 danno gli stessi record', () => {
    const variante = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(righe.join('\r\n'), 'utf8'),
    ]);
    const d = ingest({
      sorgente: variante,
      fileSorgente: 'peg.txt',
      anagrafica: readFileSync(ANAGRAFICA),
      fileAnagrafica: ANAGRAFICA,
    });
    const b = base();
    expect(d.obiettivi).toEqual(b.obiettivi);
    expect(d.incarichi).toEqual(b.incarichi);
  });

  test.each([
    [
      'spazio a larghezza zero dopo un codice',
      259,
      (r: string) => r.replace('C59_0008', 'C59_0008\u200b'),
      'U+200B',
    ],
    ['CR isolato prima di un titolo', 254, (r: string) => `\r${r}`, 'ritorno a capo (CR) isolato'],
    [
      'BOM prima di un titolo',
      240,
      (r: string) => `\ufeff${r}`,
      'BOM / spazio a larghezza zero (U+FEFF)',
    ],
    [
      'inversione bidi in un titolo',
      259,
      (r: string) => r.replace('Favorire il', 'Favorire\u202e il'),
      'U+202E',
    ],
  ])('%s: stessi record, carattere rimosso, un rilievo con la riga', (_caso, n, f, nome) => {
    const d = ingest({
      sorgente: new TextEncoder().encode(conRiga(n, f)),
      fileSorgente: 'peg.txt',
      anagrafica: readFileSync(ANAGRAFICA),
      fileAnagrafica: ANAGRAFICA,
    });
    const b = base();
    expect(d.obiettivi).toEqual(b.obiettivi);
    expect(d.report.rilievi.filter((r) => r.tipo === 'caratteri-invisibili')).toEqual([
      {
        tipo: 'caratteri-invisibili',
        descrizione: `Riga ${n}: rimossi caratteri invisibili (${nome}).`,
        record: [],
        righe: [n],
      },
    ]);
  });

  test('markup nelle celle resta testo, non viene interpretato', () => {
    const testo = sostituisci(
      189,
      'Progetto ARCA 3',
      '<script>alert(1)</script>"><img src=x onerror=alert(2)> &amp; ARCA',
    );
    const d = ingest({
      sorgente: new TextEncoder().encode(testo),
      fileSorgente: 'peg.txt',
      anagrafica: readFileSync(ANAGRAFICA),
      fileAnagrafica: ANAGRAFICA,
    });
    const i = d.incarichi.find((x) => x.id === '2019-politiche-sociali-1')!;
    expect(i.ragione).toBe('<script>alert(1)</script>"><img src=x onerror=alert(2)> &amp; ARCA');
  });
});

describe('la CLI: uscita non zero e contenuto precedente intatto', () => {
  const run = promisify(execFile);
  const node = process.execPath;

  test('un errore non tocca content/data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peg-ingest-'));
    cpSync('content/data', join(dir, 'data'), { recursive: true });
    const prima = istantanea(join(dir, 'data'));
    writeFileSync(join(dir, 'peg.txt'), sostituisci(198, '259.000,00', '259.500,00'));
    const esito = await run(node, [
      'scripts/ingest.ts',
      '--sorgente',
      join(dir, 'peg.txt'),
      '--out',
      join(dir, 'data'),
    ]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(esito?.code).toBe(1);
    expect(esito?.stderr).toMatch(/peg\.txt:198: il Totale Settore stampato/);
    const dopo = istantanea(join(dir, 'data'));
    expect(dopo).toEqual(prima);
  });

  test('npm run ingest riproduce content/data byte per byte', async () => {
    const { stdout } = await run(node, ['scripts/ingest.ts', '--check']);
    expect(stdout).toMatch(
      /corrisponde alla fonte \(1 edizione; l'ultima, 2019-variazione-2: 129 obiettivi, 285 righe obiettivo-indicatore \(278 codici\), 29 incarichi/,
    );
  });
});
