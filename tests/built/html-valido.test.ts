// Every built page is valid HTML (html-validate, recommended rules): zero errors.
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { fileDist, leggiDist, richiediDist } from '../../scripts/lib/dist.ts';

test('ogni pagina costruita è HTML valido', async () => {
  richiediDist();
  const validatore = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
  const pagine = fileDist().filter((f) => f.endsWith('.html'));
  expect(pagine.length).toBeGreaterThan(500);
  const errori: string[] = [];
  for (const pagina of pagine) {
    const report = await validatore.validateString(leggiDist(pagina), pagina);
    for (const r of report.results)
      for (const m of r.messages)
        errori.push(`${pagina}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errori.slice(0, 20), `${errori.length} errori`).toEqual([]);
}, 600_000);
