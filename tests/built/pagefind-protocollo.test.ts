// src/browser/pagefind-leggero.ts talks to Pagefind's web worker directly, with the messages of
// Pagefind 1.6's own pagefind.js: an internal protocol, not a published API. These tests fail loudly,
// naming what changed, if the installed Pagefind writes a different worker or different files:
// the version, the shape of the worker's message handler, the files it fetches and their
// compression, and a real round trip (init, options, search, getData, filters, an error) with the
// built dist/pagefind/ driven through the client itself, in Node, with the worker in a vm context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import vm from 'node:vm';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, leggiDist, richiediDist } from '../../scripts/lib/dist.ts';
import { FILTRI } from '../../src/lib/ricerca.ts';
import type { PagefindLeggero } from '../../src/browser/pagefind-leggero.ts';

richiediDist();

const ISTRUZIONI =
  'src/browser/pagefind-leggero.ts parla il protocollo interno del worker di Pagefind ' +
  '(handleMessage in dist/pagefind/pagefind-worker.js): ricontrollarlo sulla versione installata, ' +
  'aggiornare il client e VERSIONE_PAGEFIND, oppure tornare a pagefind.js';

const installata: string = JSON.parse(
  readFileSync('node_modules/pagefind/package.json', 'utf8'),
).version;
const worker = leggiDist('pagefind/pagefind-worker.js');
const entry = JSON.parse(leggiDist('pagefind/pagefind-entry.json')) as {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
};

/** A Web Worker for Node: the worker's script in its own vm context, messages cloned both ways. */
class WorkerInNode extends EventTarget {
  readonly #dentro = new EventTarget();
  constructor(indirizzo: string) {
    super();
    const file = (u: string) => join(DIST, new URL(u, 'http://sito.invalid').pathname);
    const self = {
      addEventListener: (tipo: string, f: EventListener) => this.#dentro.addEventListener(tipo, f),
      postMessage: (dati: unknown) =>
        setTimeout(() =>
          this.dispatchEvent(new MessageEvent('message', { data: structuredClone(dati) })),
        ),
      fetch: async (u: string) => new Response(readFileSync(file(u))),
    };
    const contesto = vm.createContext({
      self,
      fetch: self.fetch,
      console,
      WebAssembly,
      TextDecoder,
      TextEncoder,
      Intl,
      URL,
      Response,
      setTimeout,
      clearTimeout,
    });
    vm.runInContext(readFileSync(file(indirizzo), 'utf8'), contesto, { filename: indirizzo });
  }
  postMessage(dati: unknown) {
    this.#dentro.dispatchEvent(new MessageEvent('message', { data: structuredClone(dati) }));
  }
}

describe('Pagefind installato: la versione per cui è scritto il client', () => {
  test(`il pacchetto, il worker e l'indice sono Pagefind 1.6`, async () => {
    const { VERSIONE_PAGEFIND } = await import('../../src/browser/pagefind-leggero.ts');
    const maggiore = (v: string) => v.split('.').slice(0, 2).join('.');
    expect(maggiore(installata), `Pagefind installato ${installata}. ${ISTRUZIONI}`).toBe(
      VERSIONE_PAGEFIND,
    );
    expect(worker.slice(0, 80), `il worker non dichiara la sua versione. ${ISTRUZIONI}`).toMatch(
      new RegExp(`^const pagefind_version="${installata.replaceAll('.', '\\.')}"`),
    );
    expect(entry.version, `pagefind-entry.json di un'altra versione. ${ISTRUZIONI}`).toBe(
      installata,
    );
  });
});

describe('il worker: un classic script con il gestore di messaggi di Pagefind 1.6', () => {
  test.each([
    [
      'nessun import/export (si avvia con new Worker(url), non come modulo)',
      /^(?![\s\S]*\b(?:import\s*[{*(]|export\s))/,
    ],
    [
      'riceve i messaggi su self',
      /self\.addEventListener\("message",async\(event\)=>\{const message=event\.data;/,
    ],
    [
      'risponde con self.postMessage',
      /const response=await handleMessage\(message\);self\.postMessage\(response\);/,
    ],
    [
      'un messaggio è {id, method, args} e instanceId',
      /const\{id,method,args\}=message;const instanceId=message\.instanceId\?\?/,
    ],
    [
      'init crea un’istanza con le opzioni del client',
      /case"init":\{const\[options\]=args;instances\.set\(instanceId,new Pagefind\(options\)\);return\{id,result:true\};\}/,
    ],
    ['options', /case"options":/],
    ['search, con data() sostituita da un id', /case"search":[\s\S]{0,400}?result\.data=dataId;/],
    ['getData(id)', /case"getData":\{const\[dataId\]=args;/],
    ['filters()', /case"filters":\{/],
    [
      'un errore come {id, error: messaggio}',
      /catch\(error\)\{return\{id,error:error instanceof Error\?error\.message:String\(error\)\};\}/,
    ],
    ['le opzioni basePath, language e primary', /basePath[\s\S]*primary/],
  ])('%s', (_, forma) => {
    expect(forma.test(worker), `${ISTRUZIONI} (manca: ${forma.source.slice(0, 60)}…)`).toBe(true);
  });
});

describe('i file che il worker scarica', () => {
  test('pagefind-entry.json: la lingua italiana, il suo pf_meta e il suo WebAssembly', () => {
    const it = entry.languages.it;
    expect(it, ISTRUZIONI).toBeDefined();
    expect(it!.wasm).toBe('it');
    expect(it!.page_count).toBeGreaterThan(200);
    for (const f of [`pagefind/pagefind.${it!.hash}.pf_meta`, 'pagefind/wasm.it.pagefind']) {
      const b = readFileSync(join(DIST, f));
      // gzip with Pagefind's signature inside: what the worker's decompress() expects
      expect([b[0], b[1]], `${f} non è gzip. ${ISTRUZIONI}`).toEqual([0x1f, 0x8b]);
      expect(gunzipSync(b).subarray(0, 12).toString(), `${f}. ${ISTRUZIONI}`).toBe('pagefind_dcd');
    }
  });
});

describe('andata e ritorno: il client e il worker costruito', () => {
  let pf: PagefindLeggero;
  beforeAll(async () => {
    const g = globalThis as { Worker?: unknown };
    const prima = g.Worker;
    g.Worker = WorkerInNode;
    try {
      const { avviaPagefind } = await import('../../src/browser/pagefind-leggero.ts');
      pf = await avviaPagefind({ excerptLength: 24 });
    } finally {
      g.Worker = prima;
    }
  });

  test('search → risultati con punteggio e data() → url, meta ed estratto con <mark>', async () => {
    const esito = await pf.search('pagopa');
    expect(Object.keys(esito), ISTRUZIONI).toEqual(
      expect.arrayContaining(['results', 'filters', 'unfilteredResultCount']),
    );
    expect(esito.results.length).toBeGreaterThan(0);
    const primo = esito.results[0];
    expect(typeof primo.id).toBe('string');
    expect(typeof primo.score).toBe('number');
    expect(typeof primo.data, 'data() non è più un id del worker').toBe('function');
    const dati = await primo.data();
    expect(dati.url).toBe('/obiettivi/c23-0003/');
    expect(dati.meta).toMatchObject({ codice: 'C23_0003', tipo: 'Obiettivo' });
    expect(dati.excerpt).toMatch(/<mark>"?PAGOPA"?<\/mark>/i);
    expect(Array.isArray(dati.locations) && Array.isArray(dati.anchors), ISTRUZIONI).toBe(true);
  });

  test('filters → i filtri del portale; poi ogni ricerca dà i conteggi', async () => {
    const filtri = await pf.filters();
    // every filter of the index is one of the portal's (a filter no page carries, as «soggetto»
    // without conferred engagements, is not in the index)
    expect(Object.keys(filtri).length).toBeGreaterThanOrEqual(6);
    expect([...FILTRI]).toEqual(expect.arrayContaining(Object.keys(filtri)));
    const esito = await pf.search('progetto', { filters: { tipo: 'Incarico' } });
    expect(esito.results.length).toBeGreaterThan(0);
    expect(esito.filters.tipo.Incarico).toBe(esito.results.length);
  });

  test('un metodo che il worker non conosce è un errore, non un silenzio', async () => {
    await expect(pf.metodoCheNonEsiste!()).rejects.toThrow(/metodoCheNonEsiste/);
  });
});
