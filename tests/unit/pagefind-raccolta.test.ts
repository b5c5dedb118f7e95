// What the build middleware hands to Pagefind: the indexed <main> of a page, or nothing.
import { expect, test } from 'vitest';
import { perIndice } from '../../src/integrations/pagefind-raccolta.ts';

const pagina = (main: string) =>
  `<!doctype html><html lang="it"><head><title>T</title><script type="application/ld+json">{}</script></head>` +
  `<body><header data-pagefind-ignore><nav>menu</nav></header>${main}<footer>piede</footer></body></html>`;

test('solo il <main> con data-pagefind-body, dentro un documento in italiano', () => {
  const main =
    '<main id="contenuto" data-pagefind-body=""><h1>Obiettivo</h1><p>testo &lt;/main&gt;</p></main>';
  expect(perIndice('/obiettivi/c59-0008/', pagina(main))).toEqual({
    url: '/obiettivi/c59-0008/',
    html: `<!doctype html><html lang="it"><body>${main}</body></html>`,
  });
});

test('una pagina fuori dall’indice non va a Pagefind', () => {
  expect(
    perIndice('/indicatori/1495/', pagina('<main id="contenuto"><h1>Indicatore</h1></main>')),
  ).toBeNull();
});

test('se la pagina non ha un solo <main> con il corpo, Pagefind la riceve intera', () => {
  const html = pagina('<div data-pagefind-body><h1>A</h1></div><main><p>b</p></main>');
  expect(perIndice('/x/', html)).toEqual({ url: '/x/', html });
  const due = pagina('<main data-pagefind-body><h1>A</h1></main><main><p>b</p></main>');
  expect(perIndice('/y/', due)).toEqual({ url: '/y/', html: due });
});
