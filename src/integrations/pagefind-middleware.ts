// Build-time middleware of the Pagefind integration: every rendered HTML page that has
// data-pagefind-body goes to the search index as soon as it exists (see pagefind.ts).
import { defineMiddleware } from 'astro:middleware';
import { RACCOLTA, type PaginaRenderizzata, type Raccolta } from './pagefind-raccolta.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const raccolta = (globalThis as Record<symbol, Raccolta | undefined>)[RACCOLTA];
  if (!raccolta || !context.isPrerendered) return next();
  const consegna = raccolta.prenota();
  let risposta: Response;
  try {
    risposta = await next();
  } catch (e) {
    consegna(null);
    throw e;
  }
  // The layout says the page is not for the index: its HTML need not be read. When the layout has
  // not said (a page without it, or a body still streaming), the HTML itself decides.
  if (
    context.locals.indicizza === false ||
    !risposta.headers.get('content-type')?.startsWith('text/html')
  ) {
    consegna(null);
    return risposta;
  }
  // A clone: Astro writes the original body's bytes as they are, without encoding the text again
  consegna(perIndice(context.url.pathname, await risposta.clone().text()));
  return risposta;
});

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
