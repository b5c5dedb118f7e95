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
import {
  CARTELLE_INDICE,
  controlla,
  creaRaccolta,
  RACCOLTA,
  type NomeIndice,
} from './pagefind-raccolta.ts';

type Collettore = ReturnType<typeof creaRaccolta>;

export default function pagefindIntegration(): AstroIntegration {
  let raccolte: Record<NomeIndice, Collettore> | undefined;
  let radice = '';
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
        radice = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        // Italian stemming for the whole site; chrome is excluded by data-pagefind-ignore / -body
        const crea = async (nome: NomeIndice) => {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'it' });
          controlla(errors, 'createIndex');
          return creaRaccolta(index!, { cartella: `${radice}/${CARTELLE_INDICE[nome]}` });
        };
        raccolte = { corrente: await crea('corrente'), edizioni: await crea('edizioni') };
        (globalThis as Record<symbol, unknown>)[RACCOLTA] = raccolte;
      },
      'astro:build:done': async ({ logger }) => {
        const inizio = performance.now();
        try {
          if (!raccolte)
            throw new Error('Pagefind: indice non creato (astro:build:start non eseguito)');
          const corrente = await raccolte.corrente.chiudi();
          const edizioni = await raccolte.edizioni.chiudi();
          logger.info(
            `Pagefind: ${corrente.pagine} pagine nell'indice dell'edizione corrente, ${edizioni.pagine} versioni nell'indice delle edizioni, indicizzate durante il rendering; ` +
              `indici scritti in ${corrente.scritturaMs + edizioni.scritturaMs} ms (dopo il rendering); attesa dopo il rendering ${Math.round(performance.now() - inizio)} ms`,
          );
        } finally {
          delete (globalThis as Record<symbol, unknown>)[RACCOLTA];
          raccolte = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
