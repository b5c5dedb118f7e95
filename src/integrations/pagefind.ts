// Pagefind as a small build integration: index the built site in Italian, fail the build on any error.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'peg-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const sito = fileURLToPath(dir);
        const inizio = performance.now();
        try {
          // Italian stemming for the whole site; chrome is excluded by data-pagefind-ignore / -body
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'it' });
          controlla(errors, 'createIndex');
          const aggiunti = await index!.addDirectory({ path: sito });
          controlla(aggiunti.errors, 'addDirectory');
          const scritti = await index!.writeFiles({ outputPath: `${sito}/pagefind` });
          controlla(scritti.errors, 'writeFiles');
          logger.info(
            `Pagefind: ${aggiunti.page_count} pagine indicizzate in ${Math.round(performance.now() - inizio)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function controlla(errors: string[], passo: string) {
  if (errors.length) throw new Error(`Pagefind ${passo}: ${errors.join('; ')}`);
}
