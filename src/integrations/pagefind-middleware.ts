// Build-time middleware of the Pagefind integration: every rendered HTML page that has
// data-pagefind-body goes to the search index as soon as it exists (see pagefind.ts).
import { defineMiddleware } from 'astro:middleware';
import { perIndice, RACCOLTA, type Raccolte } from './pagefind-raccolta.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const raccolte = (globalThis as Record<symbol, Raccolte | undefined>)[RACCOLTA];
  if (!raccolte || !context.isPrerendered) return next();
  // A ticket in each index: the page goes to the one its layout names, null to the other
  const corrente = raccolte.corrente.prenota(context.routePattern);
  const edizioni = raccolte.edizioni.prenota(context.routePattern);
  const consegna = (pagina: Parameters<typeof corrente>[0]) => {
    const [si, no] =
      context.locals.indice === 'edizioni' ? [edizioni, corrente] : [corrente, edizioni];
    no(null);
    si(pagina);
  };
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
