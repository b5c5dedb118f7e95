// The CSV for Excel with Italian settings: BOM, `;`, decimal comma, and the formula guard still holds.
import { describe, expect, test } from 'vitest';
import { tabellaCsvExcel } from '../../src/lib/dati/csv-excel.ts';
import { tabellaCsv } from '../../src/lib/dati/csv.ts';

const colonne = [
  { nome: 'codice' },
  { nome: 'titolo' },
  { nome: 'importo', formato: 'importo' as const },
  { nome: 'peso' },
  { nome: 'ok' },
];

describe('CSV per Excel', () => {
  test('BOM, punto e virgola, virgola decimale, CRLF', () => {
    const testo = tabellaCsvExcel(colonne, [
      { codice: 'C59_0008', titolo: 'Attività; città', importo: 14175, peso: 12.5, ok: true },
    ]);
    expect(testo).toBe(
      '\uFEFFcodice;titolo;importo;peso;ok\r\nC59_0008;"Attività; città";14175,00;12,5;VERO\r\n',
    );
  });

  test('la protezione dalle formule vale anche con il punto e virgola', () => {
    const ostili = [
      '=HYPERLINK("http://x.invalid";"clic")',
      '+1;2',
      '-2+3',
      '@SUM(1;1)',
      '\t=1',
      '\r=1',
    ];
    const testo = tabellaCsvExcel(
      [{ nome: 't' }],
      ostili.map((t) => ({ t })),
    );
    const celle = testo.slice(1).split('\r\n').slice(1, -1);
    expect(celle).toHaveLength(ostili.length);
    for (const c of celle) expect(c.replace(/^"/, '')).toMatch(/^'/);
    // the same guard as the RFC 4180 file: same text, other separator
    expect(tabellaCsv([{ nome: 't' }], [{ t: '=1+1' }])).toBe("t\r\n'=1+1\r\n");
    expect(tabellaCsvExcel([{ nome: 't' }], [{ t: '=1+1' }])).toBe("\uFEFFt\r\n'=1+1\r\n");
  });

  test('i numeri negativi restano numeri', () => {
    expect(tabellaCsvExcel([{ nome: 'n' }], [{ n: -10 }])).toBe('\uFEFFn\r\n-10\r\n');
  });
});
