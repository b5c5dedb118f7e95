// What the first search costs a reader on the real site: every byte Pagefind sends, gzip-compressed as a
// host serves it, measured as the bench does (scripts/bench/browser.ts). Budget: 100 KB (issue 15).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { misuraRicerca } from '../../scripts/bench/browser.ts';
import { avviaChromium } from '../../scripts/lib/browser.ts';
import { serviDist, type ServerStatico } from '../../scripts/lib/server.ts';

let server: ServerStatico;
let browser: Browser;
beforeAll(async () => {
  server = await serviDist();
  browser = await avviaChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.chiudi();
});

test('la prima ricerca trasferisce al massimo 100 KB compressi, e nessun pagefind.js', async () => {
  const { prima, risultati1 } = await misuraRicerca(browser, server.base, 'pagopa', 'horizon');
  expect(risultati1).toMatch(/\d+ risultat/);
  const file = prima.file.map((f) => f.url);
  // The worker is started by pagefind-leggero.ts: Pagefind's 13 KB main-thread wrapper is not needed
  expect(file).toContain('/pagefind/pagefind-worker.js');
  expect(file).not.toContain('/pagefind/pagefind.js');
  expect(prima.gzip / 1024, file.join(', ')).toBeLessThanOrEqual(100);
});
