// The benchmark's synthetic documents (scripts/bench/genera.ts) go through the real ingest: the 1×
// document is the real one, the 10× one has ten times every record, and its totals reconcile (the
// ingest itself fails if a Totale Settore or the overall total does not add up).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  euroItaliano,
  generaDocumento,
  generaRegistro,
  type Registro,
} from '../../scripts/bench/genera.ts';
import { ingest, type Dataset } from '../../src/ingest/ingest.ts';

const SORGENTE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const ANAGRAFICA = 'content/anagrafica/entita.json';
const originale = readFileSync(SORGENTE, 'utf8');
const registro = JSON.parse(readFileSync(ANAGRAFICA, 'utf8')) as Registro;
const enc = new TextEncoder();

function importa(copie: number): Dataset {
  const s = generaDocumento(originale, registro, copie);
  return ingest({
    sorgente: enc.encode(s.sorgente),
    fileSorgente: `bench-${copie}x.txt`,
    anagrafica: enc.encode(s.anagrafica),
    fileAnagrafica: `bench-${copie}x-entita.json`,
  });
}

const uno = importa(1);
const dieci = importa(10);

describe('documento sintetico 1×', () => {
  test('è il documento reale e si importa senza errori', () => {
    expect(generaDocumento(originale, registro, 1).sorgente).toBe(originale);
    const c = uno.report.conteggi;
    expect([c.obiettivi, c.righeObiettivoIndicatore, c.codiciIndicatore, c.incarichi]).toEqual([
      129, 285, 278, 29,
    ]);
    expect(uno.report.riconciliazioni.every((r) => r.esito === 'ok')).toBe(true);
  });
});

describe('documento sintetico 10×', () => {
  test('dieci volte obiettivi, indicatori, voci del programma e organizzazione', () => {
    const a = uno.report.conteggi;
    const b = dieci.report.conteggi;
    for (const k of [
      'obiettivi',
      'righeObiettivoIndicatore',
      'codiciIndicatore',
      'incarichi',
      'settori',
      'aree',
      'persone',
      'lineeStrategiche',
      'righeTabellari',
      'righeSaltate',
    ] as const) {
      expect(b[k], k).toBe(a[k]! * 10);
    }
    expect(dieci.obiettivi).toHaveLength(1290);
    expect(dieci.incarichi).toHaveLength(290);
    expect(dieci.report.rilievi).toHaveLength(uno.report.rilievi.length * 10);
  });

  test('i totali stampati riconciliano: ogni Totale Settore e il totale complessivo, 10 × € 561.038,00', () => {
    const r = dieci.report.riconciliazioni;
    expect(r.filter((x) => x.voce === 'Totale Settore')).toHaveLength(
      uno.report.riconciliazioni.filter((x) => x.voce === 'Totale Settore').length * 10,
    );
    expect(
      r.every(
        (x) => x.esito === 'ok' && Math.round(x.stampato * 100) === Math.round(x.calcolato * 100),
      ),
    ).toBe(true);
    const voce = (v: string) => r.find((x) => x.voce === v)!.stampato;
    expect(voce('Spesa complessiva')).toBe(5_610_380);
    expect(voce('di cui corrente')).toBe(1_230_000);
    expect(voce('di cui vincolata')).toBe(4_380_380);
  });

  test('le forme irregolari del documento sono replicate in ogni copia', () => {
    const forme = (d: Dataset) =>
      d.report.rilievi
        .filter((x) => x.tipo === 'forma-irregolare')
        .map((x) => x.descrizione.replace(/^Riga \d+: /, '').replace(/\d+/g, '#'));
    const conta = (xs: string[]) =>
      xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
    const a = conta(forme(uno));
    const b = conta(forme(dieci));
    expect(a.size).toBeGreaterThan(3);
    for (const [forma, n] of a) expect(b.get(forma), forma).toBe(n * 10);
    // Shared indicator codes, split amounts and spelling variants too
    for (const tipo of [
      'indicatore-condiviso',
      'diciture-diverse',
      'pesi-non-100',
      'obiettivo-ripetuto',
    ] as const) {
      expect(dieci.report.rilievi.filter((x) => x.tipo === tipo).length, tipo).toBe(
        uno.report.rilievi.filter((x) => x.tipo === tipo).length * 10,
      );
    }
    expect(dieci.incarichi.filter((i) => i.tipologiaSpesa === 'mista')).toHaveLength(
      uno.incarichi.filter((i) => i.tipologiaSpesa === 'mista').length * 10,
    );
  });

  test('codici e nomi riscritti per copia: C59_0008 → C1059_0008, 1495 → 11495, settori con suffisso', () => {
    const ob = dieci.obiettivi.find((o) => o.codice === 'C1059_0008')!;
    const orig = uno.obiettivi.find((o) => o.codice === 'C59_0008')!;
    expect(ob.titolo).toBe(orig.titolo);
    expect(ob.indicatori.map((i) => i.codice)).toEqual(
      orig.indicatori.map((i) => String(Number(i.codice) + 10000)),
    );
    expect(ob.settore).toBe(`${orig.settore}-copia-2`);
    expect(ob.responsabile).toBe(`${orig.responsabile}-copia-2`);
    expect(dieci.obiettivi.find((o) => o.codice === 'C9059_0008')?.linea).toBe(
      `${orig.linea}-copia-10`,
    );
    expect(new Set(dieci.obiettivi.map((o) => o.id)).size).toBe(1290);
  });
});

describe('registro e importi', () => {
  test('il registro sintetico ha ogni voce una volta per copia, con alias distinti', () => {
    const r = generaRegistro(registro, 3);
    for (const tipo of ['linee', 'aree', 'settori', 'persone'] as const) {
      expect(r[tipo]).toHaveLength(registro[tipo].length * 3);
      const alias = r[tipo].flatMap((v) => v.alias);
      expect(new Set(alias).size).toBe(alias.length);
    }
  });

  test('importi in formato italiano', () => {
    expect(euroItaliano(56_103_800)).toBe('561.038,00');
    expect(euroItaliano(5_610_380_00)).toBe('5.610.380,00');
    expect(euroItaliano(5)).toBe('0,05');
    expect(euroItaliano(100_000)).toBe('1.000,00');
  });
});
