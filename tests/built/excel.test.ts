// The Excel-ready CSV of every dataset beside its RFC 4180 CSV: same records, Italian conventions.
import { describe, expect, test } from 'vitest';
import { ID_DATASET } from '../../src/lib/dati/dataset.ts';
import { leggiDist, richiediDist } from '../../scripts/lib/dist.ts';

richiediDist();

describe('CSV per Excel', () => {
  test.each(ID_DATASET)('%s-excel.csv: BOM, «;», stessi record del CSV', (id) => {
    const excel = leggiDist(`dati/${id}-excel.csv`);
    const csv = leggiDist(`dati/${id}.csv`);
    expect(excel.startsWith('\uFEFF')).toBe(true);
    expect(csv.startsWith('\uFEFF')).toBe(false);
    const intestazione = (t: string) => t.replace(/^\uFEFF/, '').split('\r\n')[0]!;
    expect(intestazione(excel)).toBe(intestazione(csv).replaceAll(',', ';'));
    expect(excel.split('\r\n').length).toBe(csv.split('\r\n').length);
    expect(leggiDist('dati/index.html')).toContain(`href="/dati/${id}-excel.csv"`);
  });

  test('gli importi con la virgola decimale: il totale del programma si ritrova', () => {
    const excel = leggiDist('dati/incarichi-excel.csv');
    expect(excel).toContain(';14175,00;');
    expect(excel).not.toMatch(/;\d+\.\d\d(;|\r)/);
  });

  test('/dati/ spiega come aprire ogni file', () => {
    const html = leggiDist('dati/index.html');
    expect(html).toContain('id="come-aprire"');
    expect(html).toMatch(/Da testo\/CSV/);
  });
});
