// Pagefind as a build integration: the search index is built while Astro renders, in Italian, and the
// build fails on any Pagefind error.
//
// Astro renders on one core; Pagefind's indexer is a separate process. Instead of reading the whole
// site back from disk after the render (as `addDirectory` would), a middleware hands each rendered
// page that has `data-pagefind-body` to Pagefind as soon as it exists, so parsing and word extraction
// run on the other core during the render, and pages that are not indexed are never parsed at all.
//
// Determinism: Pagefind numbers pages in the order they are added, and that order is in its output
// files. Pages render four at a time and finish in any order, so each page takes a ticket when it
// enters the middleware (pages enter in Astro's route order) and pages are handed over in ticket
// order. Two builds of the same input give the same index, byte for byte (tests/built/determinismo).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { RACCOLTA, type PaginaRenderizzata, type Raccolta } from './pagefind-raccolta.ts';

export default function pagefindIntegration(): AstroIntegration {
  let raccolta: ReturnType<typeof creaRaccolta> | undefined;
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
      'astro:build:start': async () => {
        // Italian stemming for the whole site; chrome is excluded by data-pagefind-ignore / -body
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'it' });
        controlla(errors, 'createIndex');
        raccolta = creaRaccolta(index!);
        (globalThis as Record<symbol, unknown>)[RACCOLTA] = raccolta;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const sito = fileURLToPath(dir);
        const inizio = performance.now();
        try {
          if (!raccolta)
            throw new Error('Pagefind: indice non creato (astro:build:start non eseguito)');
          const { indice, pagine } = await raccolta.chiudi();
          const scritti = await indice.writeFiles({ outputPath: `${sito}/pagefind` });
          controlla(scritti.errors, 'writeFiles');
          logger.info(
            `Pagefind: ${pagine} pagine indicizzate durante il rendering; indice scritto in ${Math.round(performance.now() - inizio)} ms`,
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

/** Hands rendered pages to Pagefind in ticket order, whatever order they finish in. */
function creaRaccolta(indice: pagefind.PagefindIndex): Raccolta & {
  chiudi(): Promise<{ indice: pagefind.PagefindIndex; pagine: number }>;
} {
  let biglietti = 0;
  let prossimo = 0;
  let pagine = 0;
  const pronte = new Map<number, PaginaRenderizzata | null>();
  const invii: Promise<void>[] = [];
  const errori: string[] = [];
  const invia = (p: PaginaRenderizzata) => {
    pagine++;
    invii.push(
      indice.addHTMLFile({ url: p.url, content: p.html }).then(({ errors }) => {
        for (const e of errors) errori.push(`${p.url}: ${e}`);
      }),
    );
  };
  return {
    prenota() {
      const biglietto = biglietti++;
      let consegnata = false;
      return (pagina) => {
        if (consegnata) throw new Error(`Pagefind: pagina ${biglietto} consegnata due volte`);
        consegnata = true;
        pronte.set(biglietto, pagina);
        while (pronte.has(prossimo)) {
          const p = pronte.get(prossimo);
          pronte.delete(prossimo);
          prossimo++;
          if (p) invia(p);
        }
      };
    },
    async chiudi() {
      if (prossimo !== biglietti) {
        throw new Error(
          `Pagefind: ${biglietti - prossimo} pagine entrate nel middleware senza uscirne (rendering interrotto?)`,
        );
      }
      await Promise.all(invii);
      controlla(errori, 'addHTMLFile');
      return { indice, pagine };
    },
  };
}

function controlla(errors: string[], passo: string) {
  if (errors.length) throw new Error(`Pagefind ${passo}: ${errors.join('; ')}`);
}
