// The committed data against the figures the document prints: counts, totals, row accounting.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { controllaTetti, totali } from '../../src/dominio/programma.ts';
import { sommaEuro } from '../../src/dominio/euro.ts';
import {
  incaricoConferitoSchema,
  incaricoSchema,
  obiettivoSchema,
  reportSchema,
  type Incarico,
  type Obiettivo,
} from '../../src/schemas/index.ts';

const leggi = (f: string) => JSON.parse(readFileSync(`content/data/${f}.json`, 'utf8'));
const obiettivi: Obiettivo[] = leggi('obiettivi').map((o: unknown) => obiettivoSchema.parse(o));
const incarichi: Incarico[] = leggi('incarichi').map((i: unknown) => incaricoSchema.parse(i));
const report = reportSchema.parse(leggi('ingest-report'));

describe('i dati pubblicati sono quelli del documento', () => {
  test('129 obiettivi, 285 righe obiettivo-indicatore, 278 codici indicatore, 29 voci di programma', () => {
    expect(obiettivi).toHaveLength(129);
    expect(obiettivi.flatMap((o) => o.indicatori)).toHaveLength(285);
    expect(new Set(obiettivi.flatMap((o) => o.indicatori.map((i) => i.codice))).size).toBe(278);
    expect(incarichi).toHaveLength(29);
  });

  test('il programma somma a € 561.038,00, di cui € 123.000,00 corrente e € 438.038,00 vincolata', () => {
    expect(totali(incarichi)).toEqual({
      importo: 561038,
      corrente: 123000,
      vincolata: 438038,
      numero: 29,
    });
  });

  test('ogni settore somma al suo Totale Settore stampato', () => {
    const settoriRiconciliati = report.riconciliazioni.filter((r) => r.settore);
    expect(settoriRiconciliati).toHaveLength(10);
    for (const r of settoriRiconciliati) {
      expect(
        sommaEuro(incarichi.filter((i) => i.settore === r.settore).map((i) => i.importo)),
        r.settore!,
      ).toBe(r.stampato);
    }
  });

  test('ogni riga tabellare della fonte ha un esito nel report', () => {
    const sorgente = readFileSync(
      'content/sources/peg-2019-2021-seconda-variazione.txt',
      'utf8',
    ).split('\n');
    const tabellari = sorgente.flatMap((r, i) => (r.includes('\t') ? [i + 1] : []));
    expect(report.righe.map((r) => r.riga)).toEqual(tabellari);
    for (const r of report.righe)
      expect(r.esito === 'record' ? r.record.length > 0 : Boolean(r.nota)).toBe(true);
  });

  test('gli obiettivi con pesi diversi da 100 sono rilievi, non errori', () => {
    const pesi = report.rilievi.filter((r) => r.tipo === 'pesi-non-100').map((r) => r.record[0]);
    expect(pesi).toEqual(
      obiettivi.filter((o) => o.pesoTotale !== 100).map((o) => `obiettivo:${o.id}`),
    );
    expect(pesi.length).toBeGreaterThan(0);
  });

  test("l'obiettivo C59_0008 è sotto la sua linea, con i suoi indicatori e la provenienza", () => {
    const o = obiettivi.find((x) => x.codice === 'C59_0008')!;
    expect(o.linea).toBe('lavoro-e-sviluppo');
    expect(o.indicatori.map((i) => i.codice)).toEqual(['1495', '287', '290', '941', '943']);
    expect(o.fonte.righe).toEqual([259]);
  });
});

describe('incarichi conferiti', () => {
  const fixture = JSON.parse(
    readFileSync('tests/fixtures/conferiti/2019-politiche-sociali-7-esempio.json', 'utf8'),
  );

  test('la fixture rispetta lo schema che useranno i redattori', () => {
    expect(incaricoConferitoSchema.parse(fixture).compensoPrevisto).toBe(20000);
  });

  test('date incoerenti e compensi oltre il previsto sono rifiutati', () => {
    const r = incaricoConferitoSchema.safeParse({
      ...fixture,
      dataFine: '2019-01-01',
      compensoErogato: 99999,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual([
      'la data di fine precede la data di inizio',
      'il compenso erogato supera il compenso previsto',
    ]);
  });

  test('il build si ferma se i conferiti superano il tetto della voce', () => {
    const conferito = incaricoConferitoSchema.parse(fixture);
    expect(() => controllaTetti(incarichi, [conferito])).not.toThrow();
    expect(() =>
      controllaTetti(incarichi, [
        conferito,
        { ...conferito, id: 'altro', compensoPrevisto: 120000 },
      ]),
    ).toThrow(/impegnano 140000\.00 euro, oltre il tetto di 138000\.00 euro/);
    expect(() =>
      controllaTetti(incarichi, [{ ...conferito, incarico: '2019-inesistente-1' }]),
    ).toThrow(/non esiste/);
  });
});
