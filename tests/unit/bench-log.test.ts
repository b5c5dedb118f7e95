// The bench reads Pagefind's phases from the build log: the writing time and what is left after the render.
import { expect, test } from 'vitest';
import { fasiDalLog } from '../../scripts/bench/log-astro.ts';

test('tempo di scrittura dell’indice e attesa dopo il render', () => {
  const f = fasiDalLog(
    '16:31:23 [peg-pagefind] Pagefind: 20041 pagine indicizzate durante il rendering; indice scritto in 15905 ms ' +
      '(dopo il rendering); attesa dopo il rendering 16012 ms\n',
  );
  expect(f).toMatchObject({ pagefindPagine: 20041, pagefindScritturaMs: 15905, pagefindMs: 16012 });
});

test('log di build precedenti: tutta la scrittura è dopo il render', () => {
  const f = fasiDalLog(
    '[peg-pagefind] Pagefind: 20041 pagine indicizzate durante il rendering; indice scritto in 10018 ms\n',
  );
  expect(f).toMatchObject({ pagefindPagine: 20041, pagefindScritturaMs: null, pagefindMs: 10018 });
});

test('due indici (edizione corrente e versioni): pagine dell’indice corrente, scrittura di entrambi', () => {
  const f = fasiDalLog(
    "01:01:16 [peg-pagefind] Pagefind: 6493 pagine nell'indice dell'edizione corrente, 12768 versioni nell'indice delle edizioni, " +
      'indicizzate durante il rendering; indici scritti in 18606 ms (dopo il rendering); attesa dopo il rendering 18608 ms\n',
  );
  expect(f).toMatchObject({ pagefindPagine: 6493, pagefindScritturaMs: 18606, pagefindMs: 18608 });
});
