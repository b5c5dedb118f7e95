// Refuses to build from content/data/ unless every file is readable, valid and from one ingest run:
// the ingest's guarantee, enforced by an Astro integration (it lives here, beside the check it runs).
// Astro's file loader only logs a broken file and keeps serving its cached copy; this runs first.
import type { AstroIntegration } from 'astro';
import { ErroreDati, verificaDati } from './verifica-dati.ts';

export default function datiVerificati(cartella = 'content/data'): AstroIntegration {
  return {
    name: 'peg:dati-verificati',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        try {
          const id = verificaDati(cartella);
          logger.info(`${cartella}: dati dell'importazione ${id}, completi e coerenti`);
        } catch (e) {
          if (e instanceof ErroreDati) {
            logger.error(e.message);
            // A short message, no stack: the line above already says file and problem
            const err = new Error(e.message);
            err.stack = e.message;
            throw err;
          }
          throw e;
        }
      },
    },
  };
}
