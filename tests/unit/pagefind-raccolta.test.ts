// What the build middleware hands to Pagefind: the indexed <main> of a page, or nothing.
import { expect, test } from 'vitest';
import {
  creaRaccolta,
  perIndice,
  type IndicePagefind,
} from '../../src/integrations/pagefind-raccolta.ts';

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

// The collector: pages reach Pagefind in the order they entered the middleware, and the index is
// written once, with every indexed page in it.
function indiceFinto() {
  const eventi: string[] = [];
  const indice = {
    addHTMLFile: async ({ url }: { url?: string }) => {
      eventi.push(`+${url}`);
      return { errors: url?.includes('guasta') ? ['HTML illeggibile'] : [], file: {} };
    },
    writeFiles: async ({ outputPath }: { outputPath?: string }) => {
      eventi.push(`scrivi ${outputPath}`);
      return { errors: [], outputPath: outputPath ?? '' };
    },
    deleteIndex: async () => {
      eventi.push('libera');
      return null;
    },
  } as unknown as IndicePagefind;
  return { indice, eventi };
}
const pag = (url: string) => ({ url, html: `<main data-pagefind-body><h1>${url}</h1></main>` });

test('le pagine arrivano a Pagefind nell’ordine di ingresso, anche se finiscono in un altro', async () => {
  const { indice, eventi } = indiceFinto();
  const r = creaRaccolta(indice, { cartella: '/dist/pagefind' });
  const [a, b, c] = ['/obiettivi/', '/obiettivi/a/', '/obiettivi/b/'].map(() =>
    r.prenota('/obiettivi/[codice]'),
  );
  c!(pag('/c/'));
  b!(null);
  expect(eventi).toEqual([]);
  a!(pag('/a/'));
  expect(await r.chiudi()).toEqual({
    pagine: 2,
    scritturaMs: expect.any(Number),
  });
  // Written, then freed in Pagefind's service before the next index is written
  expect(eventi).toEqual(['+/a/', '+/c/', 'scrivi /dist/pagefind', 'libera']);
});

test('un errore di Pagefind su una pagina ferma la build con l’indirizzo della pagina', async () => {
  const { indice, eventi } = indiceFinto();
  const r = creaRaccolta(indice, { cartella: '/d' });
  r.prenota('/x')(pag('/guasta/'));
  await expect(r.chiudi()).rejects.toThrow('Pagefind addHTMLFile: /guasta/: HTML illeggibile');
  expect(eventi).not.toContain('scrivi /d');
});

test('chiudere con pagine ancora in rendering è un errore', async () => {
  const { indice } = indiceFinto();
  const r = creaRaccolta(indice, { cartella: '/d' });
  r.prenota('/x');
  await expect(r.chiudi()).rejects.toThrow('1 pagine entrate nel middleware senza uscirne');
});
