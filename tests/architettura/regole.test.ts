// The architecture rules hold on the project, and each kind of violation a change could bring in is
// caught and named: a page importing the ingest, a component loading data, a circle.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  controllaArchitettura,
  descriviViolazione,
  importDiAstro,
} from '../../scripts/lib/architettura.ts';

const radice = process.cwd();
let copie: string[] = [];
afterEach(() => {
  for (const c of copie) rmSync(c, { recursive: true, force: true });
  copie = [];
});

/** A copy of the project's code with one file changed by `modifica`. */
function progettoCon(file: string, modifica: (testo: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'peg-regole-'));
  copie.push(dir);
  for (const c of ['src', 'scripts', 'tests', 'tsconfig.json'])
    cpSync(join(radice, c), join(dir, c), { recursive: true });
  writeFileSync(join(dir, file), modifica(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

/** Adds an import as the first line of an .astro file's frontmatter. */
const conImport = (riga: string) => (t: string) => t.replace(/^---\n/, `---\n${riga}\n`);

test('il progetto rispetta tutte le regole degli strati', async () => {
  const { violazioni, moduli } = await controllaArchitettura(radice);
  expect(violazioni.map(descriviViolazione)).toEqual([]);
  expect(moduli).toBeGreaterThan(150);
});

describe('una violazione deliberata fa fallire il controllo e nomina la regola', () => {
  test('una pagina che importa src/ingest/', async () => {
    const dir = progettoCon(
      'src/pages/obiettivi/[id].astro',
      conImport("import { parseImporto } from '../../ingest/sorgente.ts';"),
    );
    const { violazioni } = await controllaArchitettura(dir);
    expect(violazioni).toContainEqual(
      expect.objectContaining({
        regola: 'sito-senza-importazione',
        da: 'src/pages/obiettivi/[id].astro',
        a: 'src/ingest/sorgente.ts',
      }),
    );
  });

  test('un componente che chiama il caricatore', async () => {
    const dir = progettoCon(
      'src/components/record/TabellaIncarichi.astro',
      conImport("import { caricaPortale } from '../../portale/carica.ts';"),
    );
    const { violazioni } = await controllaArchitettura(dir);
    expect(violazioni.map((v) => v.regola)).toContain('componenti-senza-dati');
  });

  test('un ciclo tra due moduli', async () => {
    const dir = progettoCon(
      'src/dominio/euro.ts',
      (t) => `import { totali } from './programma.ts';\nexport const _ciclo = totali;\n${t}`,
    );
    const { violazioni } = await controllaArchitettura(dir);
    const ciclo = violazioni.find((v) => v.regola === 'nessun-ciclo');
    expect(ciclo?.a).toMatch(/src\/dominio\/programma\.ts/);
  });

  test('src/lib/ che importa lo strato di query', async () => {
    const dir = progettoCon(
      'src/lib/formato.ts',
      (t) =>
        `import type { RigaIncarico } from '../portale/viste.ts';\nexport type _R = RigaIncarico;\n${t}`,
    );
    const { violazioni } = await controllaArchitettura(dir);
    expect(violazioni.map((v) => v.regola)).toContain('lib-sotto-il-portale');
  });
});

test('di un file .astro conta il frontmatter e gli script, non i blocchi di dati JSON', () => {
  const testo = [
    '---',
    "import A from './A.astro';",
    '---',
    '<p>testo</p>',
    "<script>import '../browser/cerca.ts';</script>",
    '<script type="application/json">{"import": "no"}</script>',
  ].join('\n');
  const ts = importDiAstro(testo);
  expect(ts).toContain("import A from './A.astro';");
  expect(ts).toContain("import '../browser/cerca.ts';");
  expect(ts).not.toContain('"import"');
});
