// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';

// Static transparency portal: every page is prerendered, URLs end with a slash.
export default defineConfig({
  site: 'https://trasparenza.comune.cremona.it',
  trailingSlash: 'always',
  // Four pages in flight: while one page's files are written (mkdir, open, write, close in libuv's
  // thread pool) the next renders. Measured with `npm run bench`: render at 10× 9.6 s → 6.5 s.
  build: { format: 'directory', concurrency: 4 },
  // Test builds (fixtures, determinism) use their own cache so they never share the content store
  ...(process.env.PEG_CACHE_DIR ? { cacheDir: process.env.PEG_CACHE_DIR } : {}),
  // The regulatory text is reproduced as printed: no typographic substitutions ("..." stays "...")
  markdown: { smartypants: false, syntaxHighlight: false },
  // Content Security Policy as a <meta> on every page: hashes for Astro's own scripts and styles, no
  // 'unsafe-inline'; 'wasm-unsafe-eval' is the one addition, for Pagefind's WebAssembly search.
  // frame-ancestors cannot be set by <meta>: it is in the deployment headers (deploy/).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [mdx(), pagefind(), sitemap()],
});
