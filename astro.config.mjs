// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import datiVerificati from './src/ingest/dati-verificati.ts';

// Static transparency portal: every page is prerendered, URLs end with a slash.
export default defineConfig({
  site: 'https://trasparenza.comune.cremona.it',
  trailingSlash: 'always',
  // Eight pages in flight: while pages' files are written (mkdir, open, write, close in libuv's
  // thread pool) others render. Measured with `npm run bench`: render at 10× 9.6 s (one page) →
  // 6.5 s (four); at the metropolis scale (31,049 pages) four took 83–102 s, eight 74–77 s, sixteen
  // 72–79 s, thirty-two 84 s, and Astro's process held 1.35–1.47 GiB with eight against 1.51–1.64
  // with sixteen. Pages reach Pagefind in the order they enter the middleware, which this number
  // changes: the index files differ, the results do not, and two builds with the same number are
  // identical (tests/built/determinismo.test.ts).
  // Stylesheets always as files: no page has inline code, so the CSP needs no hashes (src/lib/csp.ts),
  // and the browser caches the stylesheets across pages.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  // Test builds (fixtures, determinism) use their own cache so they never share the content store
  ...(process.env.PEG_CACHE_DIR ? { cacheDir: process.env.PEG_CACHE_DIR } : {}),
  // The regulatory text is reproduced as printed: no typographic substitutions ("..." stays "...")
  markdown: { smartypants: false, syntaxHighlight: false },
  // Content Security Policy: a fixed <meta> in the layout, see src/lib/csp.ts.
  // content/data/ is checked before anything loads it (src/ingest/dati-verificati.ts).
  integrations: [datiVerificati(), mdx(), pagefind(), sitemap()],
});
