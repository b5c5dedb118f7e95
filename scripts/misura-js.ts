// Measures the JavaScript a built page loads (its module scripts and everything they import), gzipped,
// against the budget: `node scripts/misura-js.ts [dist] [/pagina/ ...]`; exit 1 over budget.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMITE = 60 * 1024;
const [radice = process.env.PEG_DIST ?? 'dist', ...argomenti] = process.argv.slice(2);
const pagine =
  argomenti.length > 0
    ? argomenti
    : ['/', '/incarichi/', '/linee-strategiche/', '/settori/politiche-sociali/'];

/** Site paths of the scripts a page's HTML loads by src. */
function scriptDellaPagina(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

/** Static imports of a built module (`import"./x.js"`, `from"./x.js"`), as site paths. */
function importStatici(percorso: string, codice: string): string[] {
  return [...codice.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)].map((m) =>
    posix.join(posix.dirname(percorso), m[1]!),
  );
}

/** Every module reachable from a page's scripts, each counted once. */
function moduli(pagina: string): Map<string, Buffer> {
  const file = join(radice, pagina, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} non esiste: eseguire prima il build`);
  const visti = new Map<string, Buffer>();
  const daVisitare = scriptDellaPagina(readFileSync(file, 'utf8'));
  while (daVisitare.length > 0) {
    const percorso = daVisitare.pop()!;
    if (visti.has(percorso)) continue;
    const codice = readFileSync(join(radice, percorso));
    visti.set(percorso, codice);
    daVisitare.push(...importStatici(percorso, codice.toString('utf8')));
  }
  return visti;
}

const kb = (n: number) => `${(n / 1024).toFixed(1).replace('.', ',')} KB`;
let oltre = false;
for (const pagina of pagine) {
  const m = moduli(pagina);
  const grezzo = [...m.values()].reduce((n, b) => n + b.length, 0);
  const compresso = [...m.values()].reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  oltre ||= compresso > LIMITE;
  console.log(
    `${pagina}: ${m.size} file JS, ${kb(grezzo)} non compressi, ${kb(compresso)} gzip (limite ${kb(LIMITE)})`,
  );
  for (const [percorso, b] of m)
    console.log(`  ${percorso}: ${kb(gzipSync(b, { level: 9 }).length)} gzip`);
}
process.exit(oltre ? 1 : 0);
