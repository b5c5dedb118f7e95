// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

// Static transparency portal: every page is prerendered, URLs end with a slash.
export default defineConfig({
  site: 'https://trasparenza.comune.cremona.it',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The regulatory text is reproduced as printed: no typographic substitutions ("..." stays "...")
  markdown: { smartypants: false },
  integrations: [mdx(), pagefind()],
});
