// Build-time middleware of the Pagefind integration: every rendered HTML page that has
// data-pagefind-body goes to the search index as soon as it exists (see pagefind.ts).
import { defineMiddleware } from 'astro:middleware';
import { RACCOLTA, type Raccolta } from './pagefind-raccolta.ts';

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
  if (!risposta.headers.get('content-type')?.startsWith('text/html')) {
    consegna(null);
    return risposta;
  }
  const html = await risposta.text();
  consegna(html.includes('data-pagefind-body') ? { url: context.url.pathname, html } : null);
  return new Response(html, {
    status: risposta.status,
    statusText: risposta.statusText,
    headers: risposta.headers,
  });
});
