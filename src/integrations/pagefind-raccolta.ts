// What the Pagefind integration and its middleware share within one build (see pagefind.ts), and the
// collector that hands rendered pages to Pagefind.
import type { PagefindIndex } from 'pagefind';

/** Where the integration puts the collectors for the middleware: both run in Astro's build process. */
export const RACCOLTA = Symbol.for('peg.pagefind.raccolta');

/**
 * The two indexes: the current edition's (every unversioned page, /pagefind/) and the versions'
 * (every record version once, with the editions that state it as a filter, /edizioni/pagefind/).
 */
export type NomeIndice = 'corrente' | 'edizioni';
export const CARTELLE_INDICE: Record<NomeIndice, string> = {
  corrente: 'pagefind',
  edizioni: 'edizioni/pagefind',
};
export type Raccolte = Record<NomeIndice, Raccolta>;

export interface PaginaRenderizzata {
  /** Site path of the page, `/obiettivi/c59-0008/`. */
  url: string;
  html: string;
}

export interface Raccolta {
  /**
   * Called when a page of route `rotta` (Astro's pattern, `/obiettivi/[codice]`) enters the
   * middleware; returns the function to call once with the rendered page (or null when it is not
   * for the index).
   */
  prenota(rotta: string): (pagina: PaginaRenderizzata | null) => void;
}

/** The part of Pagefind's index the collector uses (a fake one in the unit tests). */
export type IndicePagefind = Pick<PagefindIndex, 'addHTMLFile' | 'writeFiles' | 'deleteIndex'>;

export interface Scrittura {
  /** Pages in the index. */
  pagine: number;
  /** How long Pagefind took to build and write the index files. */
  scritturaMs: number;
}

/**
 * Hands rendered pages to Pagefind in ticket order, whatever order they finish in, and writes the
 * index into `cartella`.
 *
 * Determinism: Pagefind numbers pages in the order they are added, and that order is in its output
 * files. Pages render several at a time and finish in any order, so each page takes a ticket when it
 * enters the middleware (pages enter in Astro's route order) and pages are handed over in ticket
 * order.

 */
export function creaRaccolta(
  indice: IndicePagefind,
  { cartella }: { cartella: string },
): Raccolta & { chiudi(): Promise<Scrittura> } {
  let biglietti = 0;
  let prossimo = 0;
  const pronte = new Map<number, { rotta: string; pagina: PaginaRenderizzata | null }>();
  const invii: Promise<void>[] = [];
  const errori: string[] = [];
  let scrittura: Promise<Scrittura> | undefined;

  const invia = (p: PaginaRenderizzata) => {
    invii.push(
      indice.addHTMLFile({ url: p.url, content: p.html }).then(({ errors }) => {
        for (const e of errors) errori.push(`${p.url}: ${e}`);
      }),
    );
  };
  const scrivi = (): Promise<Scrittura> => {
    if (scrittura) return scrittura;
    scrittura = (async () => {
      await Promise.all(invii);
      controlla(errori, 'addHTMLFile');
      const inizio = performance.now();
      const { errors } = await indice.writeFiles({ outputPath: cartella });
      controlla(errors, 'writeFiles');
      // Written: Pagefind's service frees this index before the next one is built
      await indice.deleteIndex();
      return {
        pagine: invii.length,
        scritturaMs: Math.round(performance.now() - inizio),
      };
    })();
    // Awaited by chiudi(); until then a failure must not become an unhandled rejection
    scrittura.catch(() => {});
    return scrittura;
  };
  const consegnaInOrdine = ({ pagina }: { pagina: PaginaRenderizzata | null }) => {
    if (pagina) invia(pagina);
  };

  return {
    prenota(rotta) {
      const biglietto = biglietti++;
      let consegnata = false;
      return (pagina) => {
        if (consegnata) throw new Error(`Pagefind: pagina ${biglietto} consegnata due volte`);
        consegnata = true;
        pronte.set(biglietto, { rotta, pagina });
        while (pronte.has(prossimo)) {
          const p = pronte.get(prossimo)!;
          pronte.delete(prossimo);
          prossimo++;
          consegnaInOrdine(p);
        }
      };
    },
    async chiudi() {
      if (prossimo !== biglietti) {
        throw new Error(
          `Pagefind: ${biglietti - prossimo} pagine entrate nel middleware senza uscirne (rendering interrotto?)`,
        );
      }
      return scrivi();
    },
  };
}

/** Throws Pagefind's errors of one step, if any, as one build error. */
export function controlla(errors: string[], passo: string) {
  if (errors.length) throw new Error(`Pagefind ${passo}: ${errors.join('; ')}`);
}

/**
 * What Pagefind needs of a page: the element with data-pagefind-body (the layout's <main>, which
 * holds the h1 that becomes the result title and the filters and meta of IndiceRicerca). The head,
 * header, navigation and footer are half of every page's bytes and Pagefind would parse them only
 * to skip them. Null for pages outside the index.
 */
/**
 * The labels of a description list (`<dt>Area</dt>`) stay out of the index, and each value ends
 * with a space: Pagefind joins the text of adjacent <dt>/<dd> without one, so excerpts read
 * "AreaArea Welfare…SettorePolitiche Sociali" otherwise.
 */
export function perEstratti(main: string): string {
  return main.replace(/<dt(?=[\s>])/g, '<dt data-pagefind-ignore').replace(/<\/dd>/g, ' </dd>');
}

export function perIndice(url: string, html: string): PaginaRenderizzata | null {
  const attributo = html.indexOf(' data-pagefind-body');
  if (attributo < 0) return null;
  const inizio = html.lastIndexOf('<main', attributo);
  const fine = html.lastIndexOf('</main>');
  if (inizio < 0 || fine < attributo || html.indexOf('<main', inizio + 1) !== -1) {
    // Not the layout's single <main data-pagefind-body>: give Pagefind the whole page
    return { url, html };
  }
  return {
    url,
    html: `<!doctype html><html lang="it"><body>${perEstratti(html.slice(inizio, fine + 7))}</body></html>`,
  };
}
