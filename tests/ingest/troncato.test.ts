// A source cut short is refused: by the document's own structure wherever the cut breaks a row,
// and by the registered SHA-256 (content/edizioni.json) for a cut that falls exactly between
// two complete objectives, which no structure can see. Every cut tried, from one byte up to half
// the document, must be refused; the set is bounded to keep the test around ten seconds.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { leggiRegistro, scegliEdizione, verificaEdizione } from '../../src/ingest/edizione.ts';
import { IngestError } from '../../src/ingest/errore.ts';
import { istantanea } from '../support/istantanea.ts';
import { ingest } from '../../src/ingest/ingest.ts';

const SORGENTE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const REGISTRO = 'content/edizioni.json';
const intero = readFileSync(SORGENTE);
const anagrafica = readFileSync('content/anagrafica/entita.json');
const voce = scegliEdizione(leggiRegistro(readFileSync(REGISTRO), REGISTRO), REGISTRO);

/** Who refuses the document cut by `k` bytes: its structure, its registered hash, or nobody. */
function chiRifiuta(k: number): { da: 'struttura' | 'impronta' | 'nessuno'; messaggio: string } {
  const byte = intero.subarray(0, intero.length - k);
  try {
    ingest({ sorgente: byte, fileSorgente: SORGENTE, anagrafica, fileAnagrafica: 'a.json' });
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return { da: 'struttura', messaggio: e.message };
  }
  try {
    verificaEdizione(voce, byte, SORGENTE, REGISTRO);
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return { da: 'impronta', messaggio: e.message };
  }
  return { da: 'nessuno', messaggio: '' };
}

/** True when the cut leaves the last non-blank line whole (only trailing blanks or tabs lost). */
function finisceSuRigaIntera(k: number): boolean {
  const testo = intero.subarray(0, intero.length - k).toString('utf8');
  const righe = testo.replace(/\s+$/, '').split('\n');
  const n = righe.length;
  const originale = intero.toString('utf8').split('\n')[n - 1]!.replace(/\s+$/, '');
  return righe[n - 1] === originale;
}

// The cut lengths: every byte of the last line and its newline; the end of each of the last 50 lines
// and one byte either side; 150 lengths spread up to half the document (seeded, reproducible).
const righe = intero.toString('utf8').split('\n');
const lunghezze = new Set<number>();
const ultimaRiga = Buffer.byteLength(righe.at(-1)!) + 2;
for (let k = 1; k <= ultimaRiga; k++) lunghezze.add(k);
let daFine = Buffer.byteLength(righe.at(-1)!);
for (let i = 2; i <= 51; i++) {
  for (const d of [0, 1, 2]) lunghezze.add(daFine + d);
  daFine += Buffer.byteLength(righe.at(-i)!) + 1;
}
let seme = 14;
for (let i = 0; i < 150; i++) {
  seme = (seme * 1103515245 + 12345) % 2 ** 31;
  lunghezze.add(1 + (seme % Math.floor(intero.length / 2)));
}
lunghezze.add(Math.floor(intero.length / 2));

describe('documento troncato', () => {
  test(`ognuno dei ${lunghezze.size} tagli, da 1 byte a metà documento, è rifiutato`, () => {
    const esiti = [...lunghezze].map((k) => ({ k, ...chiRifiuta(k) }));
    expect(esiti.filter((e) => e.da === 'nessuno').map((e) => e.k)).toEqual([]);
    // The structure alone refuses every cut that breaks a row; the hash is needed only between rows
    const soloImpronta = esiti.filter((e) => e.da === 'impronta');
    expect(soloImpronta.filter((e) => !finisceSuRigaIntera(e.k)).map((e) => e.k)).toEqual([]);
    expect(soloImpronta.length).toBeLessThan(esiti.length / 10);
  }, 120_000);

  test.each([
    [
      "l'ultimo byte (un peso 20 diventa 2)",
      1,
      /pesi dell'ultimo obiettivo \(C0132_0009\) sommano a 82 anziché 100/,
    ],
    [
      "un'intestazione di tabella a metà",
      1740 + 120,
      /intestazione della tabella degli obiettivi incompleta/,
    ],
    [
      'la prima cella di una riga',
      1911,
      /riga non riconosciuta nel piano degli obiettivi: "Responsabile Settore"/,
    ],
    ["un'intestazione senza righe", 1741, /finisce con l'intestazione di una tabella senza righe/],
  ])('la struttura dice dove: %s', (_caso, k, atteso) => {
    const esito = chiRifiuta(k);
    expect(esito.da).toBe('struttura');
    expect(esito.messaggio).toMatch(atteso);
  });

  test("un taglio tra due obiettivi interi: lo ferma l'impronta registrata", () => {
    // 20 lines off: the cut falls after a complete objective, as the issue found (123 objectives)
    const k = righe.slice(-20).reduce((n, r) => n + Buffer.byteLength(r) + 1, -1);
    const esito = chiRifiuta(k);
    expect(esito.da).not.toBe('nessuno');
    if (esito.da === 'impronta')
      expect(esito.messaggio).toMatch(
        /non è l'edizione 2019-variazione-2 registrata in content\/edizioni\.json/,
      );
  });

  test('la CLI rifiuta un documento registrato e troncato, e non scrive nulla', async () => {
    // A copy of the layout the CLI reads, with the registered text cut between two objectives
    const dir = mkdtempSync(join(tmpdir(), 'peg-troncato-'));
    for (const f of ['content/edizioni.json', 'content/anagrafica/entita.json', 'content/data'])
      cpSync(f, join(dir, f), { recursive: true });
    const prima = istantanea(join(dir, 'content/data'));
    cpSync(SORGENTE, join(dir, SORGENTE));
    writeFileSync(join(dir, SORGENTE), intero.subarray(0, intero.length - 4917));
    const esito = await promisify(execFile)(
      process.execPath,
      [join(process.cwd(), 'scripts/ingest.ts')],
      { cwd: dir },
    ).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(esito?.code).toBe(1);
    expect(esito?.stderr).toMatch(
      /content\/sources\/peg-2019-2021-seconda-variazione\.txt:1: il testo non è l'edizione 2019-variazione-2 registrata in content\/edizioni\.json/,
    );
    expect(istantanea(join(dir, 'content/data'))).toEqual(prima);
    expect(readdirSync(join(dir, 'content')).sort()).toEqual([
      'anagrafica',
      'data',
      'edizioni.json',
      'sources',
    ]);
  });
});
