// What the Pagefind integration and its middleware share within one build (see pagefind.ts).

/** Where the integration puts the collector for the middleware: both run in Astro's build process. */
export const RACCOLTA = Symbol.for('peg.pagefind.raccolta');

export interface PaginaRenderizzata {
  /** Site path of the page, `/obiettivi/c59-0008/`. */
  url: string;
  html: string;
}

export interface Raccolta {
  /**
   * Called when a page enters the middleware; returns the function to call once with the rendered
   * page (or null when it is not for the index).
   */
  prenota(): (pagina: PaginaRenderizzata | null) => void;
}

/**
 * What Pagefind needs of a page: the element with data-pagefind-body (the layout's <main>, which
 * holds the h1 that becomes the result title and the filters and meta of IndiceRicerca). The head,
 * header, navigation and footer are half of every page's bytes and Pagefind would parse them only
 * to skip them. Null for pages outside the index.
 */
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
    html: `<!doctype html><html lang="it"><body>${html.slice(inizio, fine + 7)}</body></html>`,
  };
}
