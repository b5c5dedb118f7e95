// The site's CSP allows scripts and styles only from the site itself (src/lib/csp.ts): that holds only
// if no page carries inline code. Every page is checked: the policy is in its <head> before anything
// it governs, no <style> element or style attribute, and every inline <script> is a JSON data block.
import { expect, test } from 'vitest';
import { POLITICA_CSP } from '../../src/lib/csp.ts';
import { fileDist, leggiDist, richiediDist } from '../../scripts/lib/dist.ts';

const TIPI_DATI = new Set(['application/ld+json', 'application/json']);

test('nessuna pagina ha codice inline, e ognuna porta la CSP in testa', () => {
  richiediDist();
  const pagine = fileDist().filter((f) => f.endsWith('.html'));
  expect(pagine.length).toBeGreaterThan(500);
  const difetti: string[] = [];
  for (const f of pagine) {
    const html = leggiDist(f);
    const posizione = html.indexOf(
      `<meta http-equiv="content-security-policy" content="${POLITICA_CSP}">`,
    );
    const primoCodice = html.search(/<(script|style|link)\b/);
    if (posizione < 0) difetti.push(`${f}: manca la CSP`);
    else if (primoCodice >= 0 && primoCodice < posizione)
      difetti.push(`${f}: CSP dopo uno script o stile`);
    if (/<style\b/.test(html)) difetti.push(`${f}: elemento <style>`);
    if (/<[a-z][^>]*\sstyle=/i.test(html)) difetti.push(`${f}: attributo style`);
    for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
      const attributi = m[1]!;
      const tipo = /\stype="([^"]*)"/.exec(attributi)?.[1];
      if (!/\ssrc="/.test(attributi) && !(tipo && TIPI_DATI.has(tipo)))
        difetti.push(`${f}: script inline eseguibile <script${attributi}>`);
    }
  }
  expect(difetti).toEqual([]);
});
