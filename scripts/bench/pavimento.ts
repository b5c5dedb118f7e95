/**
 * The floor: a bare Astro project (same Astro, same node_modules) that writes N trivial pages from one
 * dynamic route. Our build time divided by this is the overhead of our pages over Astro itself.
 * The floor is Astro with its defaults; `concorrenza` builds the same floor with the portal's
 * build.concurrency, printed beside it so the reader sees how much of the gap that setting closes.
 * `bytePerPagina` pads each page to that size: the floor that writes as many bytes as the portal's
 * whole dist/ (pages, downloads, search index), to tell Astro's and the disk's share from ours.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function creaPavimento(nodeModules: string, pagine: number, concorrenza?: number, bytePerPagina = 0): string {
  const dir = mkdtempSync(join(tmpdir(), `peg-bench-pavimento-${pagine}-`));
  const build = concorrenza ? `{ format: 'directory', concurrency: ${concorrenza} }` : "{ format: 'directory' }";
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'pavimento', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Its own cache, inside its folder: never the content store a portal build left in the shared
    // node_modules/.astro (loading it would be the floor's cost), always cold like a fresh clone
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', cacheDir: './.cache-astro', build: ${build} });\n`,
  );
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/base' }));
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pagine} }, (_, i) => ({ params: { id: 'p' + i } }));
}
const { id } = Astro.params;
const riempitivo = 'x'.repeat(${Math.max(0, bytePerPagina - 100)});
---
<p>{id}</p>${bytePerPagina ? '<p>{riempitivo}</p>' : ''}
`,
  );
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  return dir;
}
