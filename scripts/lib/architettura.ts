// The architecture rules of the project, checked with dependency-cruiser: which layer may import
// which. `npm run architettura` runs them (and `npm test` runs that); `--dot` prints the graph of the
// layers for Graphviz instead.
//
// The layers, bottom to top:
//   src/schemas/ ← src/dominio/ ← src/ingest/                          (the import)
//   src/schemas/ ← src/dominio/ ← src/portale/ ← src/pages/, src/components/, src/layouts/   (the site)
//   src/lib/ (formatting, URLs, charts, open data) sits beside the query layer and never imports it.
// dependency-cruiser does not read .astro files, so the check runs on a copy of the tree in which
// each .astro file becomes `<name>.astro.ts` holding its frontmatter and its scripts' imports.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { cruise, type IForbiddenRuleType, type ICruiseResult } from 'dependency-cruiser';

const SITO = '^src/(portale|lib|components|pages|layouts|browser|integrations)/';

/** Each rule: its name (printed with every violation), what it forbids and why. */
export const REGOLE: IForbiddenRuleType[] = [
  {
    name: 'nessun-ciclo',
    comment: 'Due moduli che si importano a vicenda (anche attraverso altri) non hanno un ordine.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  {
    name: 'schemi-in-fondo',
    comment:
      "Gli schemi zod sono lo strato più basso: importano solo altri schemi e l'aritmetica in euro.",
    severity: 'error',
    from: { path: '^src/schemas/' },
    to: { path: '^src/', pathNot: '^src/(schemas/|dominio/euro\\.ts$)' },
  },
  {
    name: 'dominio-puro',
    comment:
      'Il dominio (src/dominio/) sono funzioni pure sugli schemi: niente importazione, sito o Astro.',
    severity: 'error',
    from: { path: '^src/dominio/' },
    to: { path: '(^src/(?!schemas/|dominio/))|(^astro:)' },
  },
  {
    name: 'importazione-senza-sito',
    comment: "L'importazione (src/ingest/) usa schemi e dominio, mai il sito.",
    severity: 'error',
    from: { path: '^src/ingest/' },
    to: { path: SITO },
  },
  {
    name: 'sito-senza-importazione',
    comment:
      'Il sito non importa nulla da src/ingest/: ciò che serve a entrambi sta in src/dominio/.',
    severity: 'error',
    from: { path: SITO },
    to: { path: '^src/ingest/' },
  },
  {
    name: 'lib-sotto-il-portale',
    comment:
      'src/lib/ sta sotto lo strato di query: non importa src/portale/, i componenti o le pagine.',
    severity: 'error',
    from: { path: '^src/lib/' },
    to: { path: '^src/(portale|components|pages|layouts)/' },
  },
  {
    name: 'un-solo-caricatore',
    comment:
      'Solo src/portale/carica.ts legge le collection (getCollection); le pagine ricevono le viste, i componenti le props.',
    severity: 'error',
    from: { path: '^src/', pathNot: '^src/(portale/carica\\.ts|content\\.config\\.ts|pages/)' },
    to: { path: '^astro:content$' },
  },
  {
    name: 'componenti-senza-dati',
    comment: 'Nessun componente o layout carica dati: li riceve come props dalla pagina.',
    severity: 'error',
    from: { path: '^src/(components|layouts)/' },
    to: { path: '^src/portale/(carica|dati)\\.ts$' },
  },
  {
    name: 'browser-leggero',
    comment: 'Il codice del browser (src/browser/) usa solo src/lib/ e src/dominio/.',
    severity: 'error',
    from: { path: '^src/browser/' },
    to: { path: '^src/(?!lib/|dominio/|browser/)' },
  },
  {
    name: 'script-senza-test',
    comment:
      'Gli script (scripts/) non importano i test: gli strumenti comuni stanno in scripts/lib/.',
    severity: 'error',
    from: { path: '^scripts/' },
    to: { path: '^tests/' },
  },
  {
    name: 'test-solo-strumenti',
    comment:
      'I test importano da scripts/ solo gli strumenti comuni (scripts/lib/) e i moduli del bench che verificano.',
    severity: 'error',
    from: { path: '^tests/' },
    to: { path: '^scripts/', pathNot: '^scripts/(lib|bench)/' },
  },
];

const DA_LEGGERE = /\.(ts|mjs|astro)$/;

/** The imports of an .astro file as TypeScript: its frontmatter and its non-JSON scripts. */
export function importDiAstro(testo: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(testo)?.[1] ?? '';
  const script = [...testo.matchAll(/<script(?![^>]*\btype=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  return [frontmatter, ...script].join('\n');
}

/** `.astro` specifiers point at the `.astro.ts` copies. */
const versoCopie = (codice: string) =>
  codice.replace(/(['"])([^'"\n]+\.astro)\1/g, (_, q: string, p: string) => `${q}${p}.ts${q}`);

function copia(radice: string, dest: string, cartella: string) {
  for (const voce of readdirSync(join(radice, cartella), { withFileTypes: true })) {
    const rel = join(cartella, voce.name);
    if (voce.isDirectory()) {
      if (voce.name !== 'fixtures' && voce.name !== 'golden' && voce.name !== 'node_modules')
        copia(radice, dest, rel);
    } else if (DA_LEGGERE.test(voce.name)) {
      const testo = readFileSync(join(radice, rel), 'utf8');
      const astro = voce.name.endsWith('.astro');
      const out = join(dest, astro ? `${rel}.ts` : rel);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, versoCopie(astro ? importDiAstro(testo) : testo));
    }
  }
}

export interface Violazione {
  regola: string;
  da: string;
  a: string;
  commento: string;
}

/** Runs the rules on the project at `radice`; `dot` returns the layers' graph instead of checking. */
export async function controllaArchitettura(
  radice: string,
  { dot = false }: { dot?: boolean } = {},
): Promise<{ violazioni: Violazione[]; moduli: number; dot?: string }> {
  const copiaAlbero = mkdtempSync(join(tmpdir(), 'peg-architettura-'));
  try {
    const cartelle = ['src', 'scripts', 'tests'];
    for (const c of cartelle) copia(radice, copiaAlbero, c);
    cpSync(join(radice, 'tsconfig.json'), join(copiaAlbero, 'tsconfig.json'));
    const cwd = process.cwd();
    process.chdir(copiaAlbero);
    try {
      const { output } = await cruise(cartelle, {
        validate: true,
        ruleSet: { forbidden: REGOLE },
        tsPreCompilationDeps: true,
        doNotFollow: { path: 'node_modules' },
        exclude: { path: 'node_modules' },
        outputType: dot ? 'archi' : 'json',
        ...(dot ? { includeOnly: '^src/', collapse: '^src/[^/]+/' } : {}),
      });
      if (dot) return { violazioni: [], moduli: 0, dot: String(output) };
      const risultato = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
      const commenti = new Map(REGOLE.map((r) => [r.name, r.comment ?? '']));
      const originale = (p: string) => p.replace(/\.astro\.ts$/, '.astro');
      return {
        moduli: risultato.summary.totalCruised,
        violazioni: risultato.summary.violations.map((v) => ({
          regola: v.rule.name,
          da: originale(v.from),
          a: v.cycle ? v.cycle.map((c) => originale(c.name)).join(' → ') : originale(v.to),
          commento: commenti.get(v.rule.name) ?? '',
        })),
      };
    } finally {
      process.chdir(cwd);
    }
  } finally {
    rmSync(copiaAlbero, { recursive: true, force: true });
  }
}

/** One line per violation: `regola: da → a (perché)`. */
export function descriviViolazione(v: Violazione): string {
  return `${v.regola}: ${v.da} → ${v.a} (${v.commento})`;
}

// CLI: `node scripts/lib/architettura.ts [--dot]`
if (import.meta.main) {
  const radice = process.cwd();
  const dot = process.argv.includes('--dot');
  const esito = await controllaArchitettura(radice, { dot });
  if (dot) {
    process.stdout.write(esito.dot!);
  } else if (esito.violazioni.length) {
    for (const v of esito.violazioni) console.error(`architettura: ${descriviViolazione(v)}`);
    console.error(`architettura: ${esito.violazioni.length} violazioni delle regole degli strati`);
    process.exit(1);
  } else {
    console.log(
      `architettura: ${esito.moduli} moduli, nessuna violazione delle ${REGOLE.length} regole`,
    );
  }
}
