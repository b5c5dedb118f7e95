// The series of editions read by the pages: which edition each variation is compared with, the
// year-on-year summary, a record's versions with readable changes, retention and the archive, the
// search scope. Built from real ingests of the fixture editions (tests/fixtures/edizioni).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { componiPortale, componiSerie, type Portale } from '../../src/dominio/serie.ts';
import {
  superamentiNelTempo,
  tettiDellaSerie,
  tettoAllaData,
} from '../../src/dominio/programma.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { ambitoRicerca, INDICE_CORRENTE, INDICE_EDIZIONI } from '../../src/lib/ricerca.ts';
import {
  indicatoriDellaSerie,
  modificheObiettivo,
  righeEdizioni,
  storiaObiettivo,
  ultimaPerAnno,
  vistaCosaCambia,
  vistaSelettore,
} from '../../src/portale/serie.ts';
import registro from '../../content/edizioni.json';
import type { Edizione } from '../../src/schemas/index.ts';

const anagrafica = readFileSync('content/anagrafica/entita.json');
function portale(file: string, edizione: Partial<Edizione>): Portale {
  const d = ingest({
    sorgente: readFileSync(file),
    fileSorgente: file,
    anagrafica,
    fileAnagrafica: 'content/anagrafica/entita.json',
  });
  return componiPortale({
    ...d,
    conferiti: [],
    edizione: { ...(registro[0] as Edizione), ...edizione },
  });
}
const v2 = portale('content/sources/peg-2019-2021-seconda-variazione.txt', {});
const v3 = portale('tests/fixtures/edizioni/peg-2019-2021-terza-variazione.txt', {
  id: '2019-variazione-3',
  variazione: 3,
  denominazione: 'terzo provvedimento di variazione',
  sostituisce: '2019-variazione-2',
});
const p2020 = portale('tests/fixtures/edizioni/peg-2020-2022.txt', {
  id: '2020-variazione-0',
  anno: 2020,
  triennio: '2020-2022',
  variazione: 0,
  denominazione: 'piano approvato',
  annoPubblicazione: 2020,
  sostituisce: null,
});
// Given in any order: the series sorts by year and variation
const s = componiSerie([p2020, v2, v3]);

describe('la serie', () => {
  test("in ordine di anno e variazione; la corrente è l'ultima", () => {
    expect(s.edizioni.map((p) => p.edizione.id)).toEqual([
      '2019-variazione-2',
      '2019-variazione-3',
      '2020-variazione-0',
    ]);
    expect(s.corrente).toBe(p2020);
    expect(vistaSelettore(s).altre.map((e) => e.id)).toEqual([
      '2019-variazione-3',
      '2019-variazione-2',
    ]);
  });

  test("una variazione si confronta con l'edizione che sostituisce; un nuovo piano con la precedente, con il riepilogo annuale", () => {
    expect(s.variazioni.has('2019-variazione-2')).toBe(false);
    expect(s.variazioni.get('2019-variazione-3')!.precedente).toBe(v2);
    expect(s.variazioni.get('2019-variazione-3')!.annoSuAnno).toBeNull();
    const anno = s.variazioni.get('2020-variazione-0')!;
    expect(anno.precedente).toBe(v3);
    expect(anno.annoSuAnno!.obiettivi.nuovi.sort()).toEqual(['C16_0013', 'C32_0016']);
    expect(anno.annoSuAnno!.obiettivi.conclusi).toHaveLength(8);
  });

  test('ogni anno con la sua ultima edizione; ogni codice indicatore una volta, dalla più recente che lo usa', () => {
    expect(ultimaPerAnno(s)).toEqual([v3, p2020]);
    const indicatori = indicatoriDellaSerie(s);
    const codici = indicatori.map((i) => i.indicatore.codice);
    expect(new Set(codici).size).toBe(codici.length);
    // C64_0007's indicators are gone from 2019-variazione-3 on: their page reads variation 2
    expect(indicatori.find((i) => i.indicatore.codice === '1374')!.portale).toBe(v2);
    expect(indicatori.find((i) => i.indicatore.codice === '287')!.portale).toBe(p2020);
  });
});

describe('versioni di un record', () => {
  test('C59_0008: tre versioni, una per target, ognuna con la modifica leggibile', () => {
    const st = storiaObiettivo(s, 'C59_0008');
    expect(st.righe.map((r) => r.href)).toEqual([
      '/obiettivi/c59-0008/2019-variazione-2/',
      '/obiettivi/c59-0008/2019-variazione-3/',
      '/obiettivi/c59-0008/2020-variazione-0/',
    ]);
    expect(st.righe[1]!.modifiche).toEqual([
      { campo: 'indicatore 287: target', prima: '700', dopo: '800' },
    ]);
    expect(st.nonInVigoreDa).toBeNull();
  });

  test('un obiettivo invariato è una versione sola, riportata da ogni edizione che lo contiene', () => {
    const st = storiaObiettivo(s, 'C55_0003');
    expect(st.righe).toHaveLength(1);
    expect(st.righe[0]!.edizioni.map((e) => e.id)).toEqual([
      '2019-variazione-2',
      '2019-variazione-3',
      '2020-variazione-0',
    ]);
  });

  test("un obiettivo tolto non è più in vigore dall'edizione che lo toglie", () => {
    expect(storiaObiettivo(s, 'C64_0007').nonInVigoreDa?.id).toBe('2019-variazione-3');
  });

  test('un indicatore aggiunto o tolto è una modifica dell’obiettivo, con il suo titolo', () => {
    const o = v2.obiettivi.find((x) => x.codice === 'C59_0008')!;
    const senza = { ...o, indicatori: o.indicatori.slice(1) };
    expect(modificheObiettivo(o, senza)).toEqual([
      {
        campo: `indicatore ${o.indicatori[0]!.codice}`,
        prima: o.indicatori[0]!.titolo,
        dopo: null,
      },
    ]);
  });

  test('un responsabile cambiato si legge con i nomi, non con gli id', () => {
    const o = v2.obiettivi.find((x) => x.codice === 'C59_0008')!;
    const altro = v2.persone.find((x) => x.id !== o.responsabile)!;
    const v3b = {
      ...v3,
      obiettivi: v3.obiettivi.map((x) =>
        x.codice === o.codice ? { ...x, responsabile: altro.id } : x,
      ),
    };
    const riga = vistaCosaCambia(componiSerie([v2, v3b]), '2019-variazione-3')!.righe.find(
      (r) => r.genere === 'obiettivo' && r.chiave === 'C59_0008',
    )!;
    expect(riga.modifiche).toEqual([
      {
        campo: 'responsabile',
        prima: v2.persone.find((x) => x.id === o.responsabile)!.nome,
        dopo: altro.nome,
      },
    ]);
  });
});

describe('conservazione e ricerca', () => {
  test("un'edizione pubblicata nel 2019 è online fino al 31/12/2024: il giorno dopo è in archivio", () => {
    const il = (oggi: string) =>
      righeEdizioni(s, oggi).find((r) => r.edizione.id === '2019-variazione-2')!;
    expect(il('2024-12-31')).toMatchObject({ conservataFino: '2024-12-31', archiviata: false });
    expect(il('2025-01-01').archiviata).toBe(true);
    expect(righeEdizioni(s, '2025-01-01')[0]).toMatchObject({ corrente: true, archiviata: false });
  });

  test("la ricerca legge l'indice corrente, o quello delle versioni con il filtro d'edizione", () => {
    expect(ambitoRicerca('')).toEqual({ indice: INDICE_CORRENTE });
    expect(ambitoRicerca('tutte')).toEqual({ indice: INDICE_EDIZIONI });
    expect(ambitoRicerca('2019-variazione-3')).toEqual({
      indice: INDICE_EDIZIONI,
      filtro: '2019-variazione-3',
    });
  });
});

describe('tetto in vigore alla data dell’atto', () => {
  const tetti = (a: number, b: number) =>
    new Map([
      [
        'voce',
        [
          { edizione: '2019-variazione-2', dal: '2019-01-01', importo: a },
          { edizione: '2019-variazione-3', dal: '2019-10-20', importo: b },
        ],
      ],
    ]);
  const c = (id: string, data: string, compensoPrevisto: number) => ({
    id,
    incarico: 'voce',
    atto: { data },
    compensoPrevisto,
    compensoVariabile: 0,
  });

  test('una variazione che alza il tetto vale dal suo giorno: prima no, dopo sì', () => {
    const primo = c('a', '2019-05-01', 20000);
    expect(superamentiNelTempo([primo, c('b', '2019-11-02', 5000)], tetti(20000, 25000))).toEqual(
      [],
    );
    const [s] = superamentiNelTempo([primo, c('b', '2019-09-01', 5000)], tetti(20000, 25000));
    expect(s).toMatchObject({
      voce: 'voce',
      impegnato: 25000,
      tetto: { edizione: '2019-variazione-2', importo: 20000 },
    });
    expect(s!.conferiti.map((x) => x.id)).toEqual(['a', 'b']);
  });

  test('una variazione che abbassa il tetto non rende illegittimo un incarico conferito prima', () => {
    expect(superamentiNelTempo([c('a', '2019-05-01', 25000)], tetti(25000, 20000))).toEqual([]);
    expect(superamentiNelTempo([c('a', '2019-10-20', 25000)], tetti(25000, 20000))).toHaveLength(1);
  });

  test('un atto anteriore a ogni edizione si misura sul primo tetto', () => {
    expect(tettoAllaData(tetti(1, 2).get('voce')!, '2018-12-31').edizione).toBe(
      '2019-variazione-2',
    );
  });

  test('i tetti della serie: ogni voce con il suo importo in ogni edizione, dal giorno della pubblicazione', () => {
    const t = tettiDellaSerie([
      { edizione: { ...v2.edizione, dataPubblicazione: null }, dataset: v2 },
      { edizione: { ...v3.edizione, dataPubblicazione: '2019-10-20' }, dataset: v3 },
    ]).get('2019-politiche-educative-1')!;
    expect(t).toEqual([
      { edizione: '2019-variazione-2', dal: '2019-01-01', importo: 20000 },
      { edizione: '2019-variazione-3', dal: '2019-10-20', importo: 25000 },
    ]);
  });
});
