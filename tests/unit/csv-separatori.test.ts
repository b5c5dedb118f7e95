// The formula guard holds whatever separator the spreadsheet applies when it opens the file:
// `,` (RFC 4180), `;` (Italian-locale Excel and LibreOffice), tab. Each file is read back as a
// spreadsheet would read it with that separator, and no cell may start like a formula.
import { describe, expect, test } from 'vitest';
import { tabellaCsv } from '../../src/lib/dati/csv.ts';

/** Reads CSV as a spreadsheet does with separator `sep`: quotes group, `""` is a quote. */
function leggiCome(csv: string, sep: string): string[][] {
  const righe: string[][] = [];
  let riga: string[] = [];
  let cella = '';
  let virgolette = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (virgolette) {
      if (c === '"' && csv[i + 1] === '"') ((cella += '"'), i++);
      else if (c === '"') virgolette = false;
      else cella += c;
    } else if (c === '"' && cella === '') virgolette = true;
    else if (c === sep) (riga.push(cella), (cella = ''));
    else if (c === '\r' && csv[i + 1] === '\n')
      (riga.push(cella), righe.push(riga), (riga = []), (cella = ''), i++);
    else cella += c;
  }
  return righe;
}

const OSTILI = [
  '=1+1',
  'a;=HYPERLINK("http://x.invalid","clic")',
  "a,=cmd|' /C calc'!A0",
  'a\t=2+2',
  'x;+1;-1;@SUM(A1)',
  'nota; -10',
  '"=1";=2',
  'a\r\n=3',
  '16754/999; 16748/3',
];

describe('formula guard con ogni separatore', () => {
  const csv = tabellaCsv(
    [{ nome: 'testo' }, { nome: 'importo', formato: 'importo' }],
    OSTILI.map((t) => ({ testo: t, importo: -10 })),
  );
  test.each([',', ';', '\t'])('separatore %j: nessuna cella comincia come una formula', (sep) => {
    const celle = leggiCome(csv, sep).slice(1).flat();
    const formule = celle.filter((c) => /^[=+\-@\t\r]/.test(c) && c !== '-10.00');
    expect(formule).toEqual([]);
  });
  test("letto con il separatore giusto, il testo torna com'era (con l'apostrofo di guardia)", () => {
    const testi = leggiCome(csv, ',')
      .slice(1)
      .map((r) => r[0]);
    expect(testi).toEqual(OSTILI.map((t) => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t)));
  });
});
