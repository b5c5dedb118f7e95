// The data-quality page lists every finding of the ingest report, every reconciliation and
// every skipped row, each with its links to records and source lines.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { reportSchema } from '../../src/schemas/index.ts';
import { leggiDist, richiediDist } from '../../scripts/lib/dist.ts';

const report = reportSchema.parse(
  JSON.parse(readFileSync('content/data/ingest-report.json', 'utf8')),
);
const decodifica = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('/qualita-dei-dati/ riporta ogni rilievo, riconciliazione e riga saltata del report', () => {
  richiediDist();
  const html = leggiDist('qualita-dei-dati/index.html');
  const testo = decodifica(html);
  const mancanti = report.rilievi.filter(
    (r) => !testo.includes(r.descrizione.replace(/\s+/g, ' ')),
  );
  expect(mancanti.map((r) => r.descrizione)).toEqual([]);
  for (const r of report.rilievi)
    for (const riga of r.righe) expect(html).toContain(`href="/fonte/#L${riga}"`);
  for (const c of report.riconciliazioni) expect(html).toContain(`href="/fonte/#L${c.riga}"`);
  for (const s of report.righe.filter((r) => r.esito === 'saltata'))
    expect(html, `riga ${s.riga}`).toContain(`/fonte/#L${s.riga}"`);
  expect(report.rilievi.length).toBeGreaterThan(60);
});
