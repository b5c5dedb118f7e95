// Pagefind as a build integration: the search index is built while Astro renders, in Italian, and the
// build fails on any Pagefind error.
//
// Astro renders on one core; Pagefind's indexer is a separate process. Instead of reading the whole
// site back from disk after the render (as `addDirectory` would), a middleware hands each rendered
// page that has `data-pagefind-body` to Pagefind as soon as it exists, so parsing and word extraction
// run on the other core during the render, and pages that are not indexed are never parsed at all.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { controlla, creaRaccolta, RACCOLTA } from './pagefind-raccolta.ts';

export default function pagefindIntegration(): AstroIntegration {
  let raccolta: ReturnType<typeof creaRaccolta> | undefined;
  let cartella = '';
  return {
    name: 'peg-pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        addMiddleware({
          entrypoint: new URL('./pagefind-middleware.ts', import.meta.url),
          order: 'post',
        });
      },
      'astro:config:done': ({ config }) => {
        cartella = `${fileURLToPath(config.outDir)}/pagefind`;
      },
      'astro:build:start': async () => {
        // Italian stemming for the whole site; chrome is excluded by data-pagefind-ignore / -body
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'it' });
        controlla(errors, 'createIndex');
        raccolta = creaRaccolta(index!, { cartella });
        (globalThis as Record<symbol, unknown>)[RACCOLTA] = raccolta;
      },
      'astro:build:done': async ({ logger }) => {
        const inizio = performance.now();
        try {
          if (!raccolta)
            throw new Error('Pagefind: indice non creato (astro:build:start non eseguito)');
          const { pagine, scritturaMs } = await raccolta.chiudi();
          logger.info(
            `Pagefind: ${pagine} pagine indicizzate durante il rendering; indice scritto in ${scritturaMs} ms ` +
              `(dopo il rendering); attesa dopo il rendering ${Math.round(performance.now() - inizio)} ms`,
          );
        } finally {
          delete (globalThis as Record<symbol, unknown>)[RACCOLTA];
          raccolta = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
