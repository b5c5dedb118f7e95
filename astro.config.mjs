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
  // Four pages in flight: while one page's files are written (mkdir, open, write, close in libuv's
  // thread pool) the next renders. Measured with `npm run bench`: render at 10× 9.6 s → 6.5 s.
  // Stylesheets always as files: no page has inline code, so the CSP needs no hashes (src/lib/csp.ts),
  // and the browser caches the stylesheets across pages.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Test builds (fixtures, determinism) use their own cache so they never share the content store
  ...(process.env.PEG_CACHE_DIR ? { cacheDir: process.env.PEG_CACHE_DIR } : {}),
  // The regulatory text is reproduced as printed: no typographic substitutions ("..." stays "...")
  markdown: { smartypants: false, syntaxHighlight: false },
  // Content Security Policy: a fixed <meta> in the layout, see src/lib/csp.ts.
  // content/data/ is checked before anything loads it (src/ingest/dati-verificati.ts).
  integrations: [datiVerificati(), mdx(), pagefind(), sitemap()],
});
