// The Excel-ready CSV of every dataset beside its RFC 4180 CSV: same records, Italian conventions.
import { readFileSync } from 'node:fs';
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

describe('CSV per Excel di un settore e di una linea strategica', () => {
  const settori: { id: string }[] = JSON.parse(readFileSync('content/data/settori.json', 'utf8'));
  const linee: { id: string }[] = JSON.parse(
    readFileSync('content/data/linee-strategiche.json', 'utf8'),
  );
  const coppie = [
    ...settori.flatMap((s) =>
      ['obiettivi', 'incarichi'].map((d) => ({
        csv: `dati/settori/${s.id}/${d}.csv`,
        excel: `dati/settori/${s.id}/${d}-excel.csv`,
        pagina: `settori/${s.id}/index.html`,
      })),
    ),
    ...linee.map((l) => ({
      csv: `dati/linee-strategiche/${l.id}/obiettivi.csv`,
      excel: `dati/linee-strategiche/${l.id}/obiettivi-excel.csv`,
      pagina: `linee-strategiche/${l.id}/index.html`,
    })),
  ];

  test('ogni CSV di un settore o di una linea ha accanto il suo per Excel: BOM, «;», stesse righe', () => {
    expect(coppie.length).toBe(2 * settori.length + linee.length);
    const intestazione = (t: string) => t.replace(/^\uFEFF/, '').split('\r\n')[0]!;
    for (const { csv, excel } of coppie) {
      const a = leggiDist(csv);
      const b = leggiDist(excel);
      expect(b.startsWith('\uFEFF'), excel).toBe(true);
      expect(intestazione(b), excel).toBe(intestazione(a).replaceAll(',', ';'));
      expect(b.split('\r\n').length, excel).toBe(a.split('\r\n').length);
    }
  });

  test('la pagina che collega il CSV collega anche quello per Excel', () => {
    let collegati = 0;
    for (const { csv, excel, pagina } of coppie) {
      const html = leggiDist(pagina);
      if (!html.includes(`href="/${csv}"`)) continue; // nothing to download: no link to either
      collegati++;
      expect(html, pagina).toContain(`href="/${excel}"`);
    }
    expect(collegati).toBeGreaterThan(30);
  });

  test('gli importi di un settore con la virgola decimale: Politiche Sociali', () => {
    const excel = leggiDist('dati/settori/politiche-sociali/incarichi-excel.csv');
    expect(excel).toMatch(/;\d+,\d\d(;|\r)/);
    expect(excel).not.toMatch(/;\d+\.\d\d(;|\r)/);
  });
});
