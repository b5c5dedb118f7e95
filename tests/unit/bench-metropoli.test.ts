// The bench's "metropolis" scenario (scripts/bench/metropoli.ts), on the real document (1×): a
// variation changes about 10 % of the records, a new plan year about 40 %, every edition goes through
// the real ingest (which refuses a Totale Settore or an overall total that does not add up), and the
// same seed gives the same texts.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Registro } from '../../scripts/bench/genera.ts';
import {
  generaScenario,
  generatore,
  quoteCambiate,
  variaDocumento,
} from '../../scripts/bench/metropoli.ts';
import { sommaEuro } from '../../src/dominio/euro.ts';
import { ingest, type Dataset } from '../../src/ingest/ingest.ts';

const originale = readFileSync('content/sources/peg-2019-2021-seconda-variazione.txt', 'utf8');
const anagraficaTesto = readFileSync('content/anagrafica/entita.json', 'utf8');
const registro = JSON.parse(anagraficaTesto) as Registro;
const enc = new TextEncoder();
const importa = (testo: string, anagrafica = anagraficaTesto): Dataset =>
  ingest({
    sorgente: enc.encode(testo),
    fileSorgente: 'metropoli.txt',
    anagrafica: enc.encode(anagrafica),
    fileAnagrafica: 'entita.json',
  });

const reale = importa(originale);
const variazione = variaDocumento(originale, reale, { quota: 0.1, seme: 1 });
const nuovoAnno = variaDocumento(originale, reale, { quota: 0.4, seme: 2, anno: 2020 });
const dopoVariazione = importa(variazione);
const dopoNuovoAnno = importa(nuovoAnno);

/** The programme total of each settore. */
const perSettore = (d: Dataset) => {
  const m = new Map<string, number[]>();
  for (const i of d.incarichi) m.set(i.settore, [...(m.get(i.settore) ?? []), i.importo]);
  return new Map([...m].map(([s, xs]) => [s, sommaEuro(xs)]));
};

describe('scenario metropoli: quote di record cambiati', () => {
  test('una variazione cambia il 10 % degli obiettivi e delle voci del programma', () => {
    const q = quoteCambiate(reale, dopoVariazione);
    expect(q.obiettivi).toMatchObject({ cambiati: 13, totale: 129 });
    expect(q.incarichi).toMatchObject({ cambiati: 3, totale: 29 });
    expect(q.obiettivi.quota).toBeCloseTo(0.1, 1);
    expect(q.incarichi.quota).toBeCloseTo(0.1, 1);
  });

  test('un anno nuovo ne cambia il 40 %, e il prospetto ha il suo anno', () => {
    const q = quoteCambiate(reale, dopoNuovoAnno);
    expect(q.obiettivi).toMatchObject({ cambiati: 52, totale: 129 });
    expect(q.incarichi).toMatchObject({ cambiati: 12, totale: 29 });
    expect(dopoNuovoAnno.incarichi.every((i) => i.anno === 2020 && i.id.startsWith('2020-'))).toBe(
      true,
    );
  });

  test('cambiano target, pesi e importi; i pesi sommano ancora a 100; nient altro cambia', () => {
    const prima = new Map(reale.obiettivi.map((o) => [o.codice, o]));
    let target = 0;
    let pesi = 0;
    for (const o of dopoVariazione.obiettivi) {
      const p = prima.get(o.codice)!;
      expect(o.pesoTotale).toBe(p.pesoTotale);
      expect([o.titolo, o.definizione, o.responsabile, o.settore]).toEqual([
        p.titolo,
        p.definizione,
        p.responsabile,
        p.settore,
      ]);
      if (o.indicatori.some((x, k) => x.target !== p.indicatori[k]!.target)) target++;
      if (o.indicatori.some((x, k) => x.peso !== p.indicatori[k]!.peso)) pesi++;
    }
    expect(target).toBeGreaterThan(0);
    expect(pesi).toBeGreaterThan(0);
    expect(target + pesi).toBe(13);
    const importi = dopoVariazione.incarichi.filter(
      (i, k) => i.importo !== reale.incarichi[k]!.importo,
    );
    expect(importi).toHaveLength(3);
  });

  test('i totali stampati tornano: ogni riconciliazione è ok, e i totali per settore seguono le voci', () => {
    for (const d of [dopoVariazione, dopoNuovoAnno]) {
      expect(d.report.riconciliazioni.length).toBeGreaterThan(0);
      expect(d.report.riconciliazioni.every((r) => r.esito === 'ok')).toBe(true);
    }
    const a = perSettore(reale);
    const b = perSettore(dopoVariazione);
    const cambiati = [...b].filter(([s, t]) => t !== a.get(s));
    expect(cambiati.length).toBeGreaterThan(0);
    const stampati = (d: Dataset) =>
      new Map(
        d.report.riconciliazioni.filter((r) => r.settore).map((r) => [r.settore!, r.stampato]),
      );
    for (const [s, t] of b) expect(stampati(dopoVariazione).get(s)).toBeCloseTo(t, 2);
  });
});

describe('scenario metropoli: serie e riproducibilità', () => {
  test('lo stesso seme dà gli stessi testi, un altro seme altri', () => {
    expect(variaDocumento(originale, reale, { quota: 0.1, seme: 1 })).toBe(variazione);
    expect(variaDocumento(originale, reale, { quota: 0.1, seme: 3 })).not.toBe(variazione);
    const a = generatore(7);
    const b = generatore(7);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('2 anni con 1 variazione ciascuno, più una: anni, variazioni, date e quote in ordine', () => {
    const s = generaScenario(originale, registro, { scala: 1, anni: 2, variazioni: 1, extra: 1 });
    expect(s.edizioni.map((e) => [e.anno, e.variazione, e.pubblicazione])).toEqual([
      [2019, 0, '2019-02-20'],
      [2019, 1, '2019-05-20'],
      [2020, 0, '2020-02-20'],
      [2020, 1, '2020-05-20'],
      [2020, 2, '2020-08-20'],
    ]);
    const ds = s.edizioni.map((e) => importa(e.testo, s.anagrafica));
    const quote = ds.slice(1).map((d, k) => quoteCambiate(ds[k]!, d).obiettivi.cambiati);
    expect(quote).toEqual([13, 52, 13, 13]);
    expect(ds[2]!.incarichi[0]!.anno).toBe(2020);
  });
});
