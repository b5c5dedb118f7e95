// Prints the mutation score per folder and every surviving mutant from StrykerJS's JSON report
// (reports/mutation/mutation.json, written by `npm run mutazioni`). Usage: node scripts/mutazioni.ts [report]
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

interface Mutante {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutante[] }>;
}

const file = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;

// Stryker's own definition: detected (killed, timed out) over valid (detected + survived + no coverage).
const RILEVATI = new Set(['Killed', 'Timeout']);
const MANCATI = new Set(['Survived', 'NoCoverage']);

interface Conto {
  rilevati: number;
  mancati: number;
}
const perCartella = new Map<string, Conto>();
const tutti: Conto = { rilevati: 0, mancati: 0 };
const sopravvissuti: string[] = [];

for (const [percorso, f] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const nome = relative(process.cwd(), percorso) || percorso;
  const cartella = dirname(nome);
  const conto = perCartella.get(cartella) ?? { rilevati: 0, mancati: 0 };
  perCartella.set(cartella, conto);
  const righe = f.source.split('\n');
  for (const m of f.mutants) {
    if (RILEVATI.has(m.status)) (conto.rilevati++, tutti.rilevati++);
    else if (MANCATI.has(m.status)) {
      conto.mancati++;
      tutti.mancati++;
      const { line, column } = m.location.start;
      const originale = (righe[line - 1] ?? '').trim();
      const sostituto = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
      sopravvissuti.push(
        `${nome}:${line}:${column} ${m.status === 'NoCoverage' ? 'senza test' : 'sopravvive'} ${m.mutatorName}: ${originale.slice(0, 90)}\n      → ${sostituto}`,
      );
    }
  }
}

const punteggio = (c: Conto) =>
  c.rilevati + c.mancati === 0
    ? '—'
    : `${((100 * c.rilevati) / (c.rilevati + c.mancati)).toFixed(1)} %`;
const larghezza = Math.max(...[...perCartella.keys()].map((k) => k.length), 'Totale'.length);

console.log(`\nPunteggio di mutazione per cartella (${file})\n`);
console.log(`${'cartella'.padEnd(larghezza)}  punteggio  rilevati  mancati`);
for (const [cartella, c] of perCartella)
  console.log(
    `${cartella.padEnd(larghezza)}  ${punteggio(c).padStart(9)}  ${String(c.rilevati).padStart(8)}  ${String(c.mancati).padStart(7)}`,
  );
console.log(
  `${'Totale'.padEnd(larghezza)}  ${punteggio(tutti).padStart(9)}  ${String(tutti.rilevati).padStart(8)}  ${String(tutti.mancati).padStart(7)}`,
);
console.log(`\nMutanti sopravvissuti (${sopravvissuti.length}):`);
for (const s of sopravvissuti) console.log(`  ${s}`);
