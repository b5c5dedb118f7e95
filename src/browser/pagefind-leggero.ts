// A thin client for Pagefind's own web worker (/pagefind/pagefind-worker.js), in place of pagefind.js.
// pagefind.js (13 KB gzip) is a wrapper that starts the same worker and carries a full main-thread copy
// of the search engine as a fallback; this client sends the worker the same messages that wrapper
// sends (Pagefind 1.6: {id, instanceId, method, args} → {id, result | error}), so the first search
// transfers 13 KB less and the search still runs off the main thread. A browser without workers
// falls back to pagefind.js. tests/built/pagefind-protocollo.test.ts checks the installed Pagefind's
// worker and files against this client (and fails on any other version), tests/browser/ricerca.test.ts
// exercises it in Chromium.

/** The subset of Pagefind's search API the portal uses; any method is forwarded to the worker. */
export interface PagefindLeggero {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<any>;
  filters(): Promise<Record<string, Record<string, number>>>;
  [metodo: string]: (...args: any[]) => Promise<any>;
}

/** The Pagefind release whose worker protocol this client speaks (major.minor). */
export const VERSIONE_PAGEFIND = '1.6';

/** `base`: the bundle's folder, `/pagefind/` (the current edition) or `/edizioni/pagefind/`. */
export function avviaPagefind(
  opzioni: Record<string, unknown>,
  base = '/pagefind/',
): Promise<PagefindLeggero> {
  const BASE = base;
  if (typeof Worker === 'undefined') return conPagefindJs(opzioni, BASE);
  const worker = new Worker(`${BASE}pagefind-worker.js`);
  const attese = new Map<string, { ok(v: unknown): void; ko(e: Error): void }>();
  let progressivo = 0;
  worker.addEventListener(
    'message',
    (e: MessageEvent<{ id: string; result?: unknown; error?: string }>) => {
      const attesa = attese.get(e.data.id);
      if (!attesa) return;
      attese.delete(e.data.id);
      if (e.data.error) attesa.ko(new Error(e.data.error));
      else attesa.ok(e.data.result);
    },
  );
  const chiama = (method: string, args: unknown[]) =>
    new Promise<any>((ok, ko) => {
      const id = `m${progressivo++}`;
      attese.set(id, { ok, ko });
      worker.postMessage({ id, instanceId: 'portale', method, args });
    });
  // A result's data() is an id in the worker: turned back into a function, as pagefind.js does
  const conDati = (esito: any) => {
    for (const r of esito?.results ?? [])
      if (typeof r.data === 'string') {
        const id = r.data;
        r.data = () => chiama('getData', [id]);
      }
    return esito;
  };
  const pronto = // baseUrl: result URLs are site paths whichever folder the bundle is in
    chiama('init', [{ basePath: BASE, baseUrl: '/', language: 'it', primary: true }]).then(() =>
      chiama('options', [opzioni]),
    );
  const api = new Proxy({} as PagefindLeggero, {
    // Not a thenable: `then` must stay undefined, or resolving a promise with the proxy would call the worker
    get: (_, metodo) =>
      typeof metodo !== 'string' || metodo === 'then'
        ? undefined
        : async (...args: unknown[]) => {
            await pronto;
            return conDati(await chiama(metodo, args));
          },
  });
  return pronto.then(() => api);
}

async function conPagefindJs(
  opzioni: Record<string, unknown>,
  BASE: string,
): Promise<PagefindLeggero> {
  const percorso = `${BASE}pagefind.js`;
  const m = (await import(/* @vite-ignore */ percorso)) as PagefindLeggero;
  await m.options({ ...opzioni, baseUrl: '/' });
  return m;
}
