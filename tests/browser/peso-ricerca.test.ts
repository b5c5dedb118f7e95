// What the first search costs a reader on the real site: every byte Pagefind sends, gzip-compressed as a
// host serves it, measured as the bench does (scripts/bench/browser.ts). Budget: 100 KB (issue 15), the filter index included
// when the reader needs it.
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

test('la prima ricerca trasferisce al massimo 100 KB compressi, senza pagefind.js né l’indice dei filtri', async () => {
  const { prima, risultati1 } = await misuraRicerca(browser, server.base, 'pagopa', 'horizon');
  expect(risultati1).toMatch(/\d+ risultat/);
  const file = prima.file.map((f) => f.url);
  // The worker is started by pagefind-leggero.ts: Pagefind's 13 KB main-thread wrapper is not needed
  expect(file).toContain('/pagefind/pagefind-worker.js');
  expect(file).not.toContain('/pagefind/pagefind.js');
  // The filter index (six files, 3.2 KB) gives the counts inside the filters' lists: it loads when
  // the reader goes to the filters (below), not with the first search (100.4 KB with it, 97.2 without)
  expect(file.filter((f) => f.startsWith('/pagefind/filter/'))).toEqual([]);
  const kb = prima.gzip / 1024;
  console.log(`prima ricerca: ${kb.toFixed(1)} KB gzip in ${prima.richieste} richieste`);
  expect(kb, file.join(', ')).toBeLessThanOrEqual(100);
});

test('andando ai filtri si carica il loro indice, e accanto a ogni valore compare il conteggio', async () => {
  const page = await browser.newPage();
  const filtri: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/pagefind/filter/')) filtri.push(r.url());
  });
  await page.goto(`${server.base}/cerca/?q=progetto`);
  await page.waitForFunction(() =>
    /\d+ risultat/.test(document.querySelector('#stato-ricerca')?.textContent ?? ''),
  );
  const incarico = page.locator('#filtro-tipo option[value="Incarico"]');
  expect(await incarico.innerText()).toBe('Incarico');
  expect(filtri).toEqual([]);
  await page.locator('#filtro-tipo').hover();
  await page.waitForFunction(() =>
    /\(\d+\)/.test(
      document.querySelector('#filtro-tipo option[value="Incarico"]')?.textContent ?? '',
    ),
  );
  expect(filtri.length).toBeGreaterThan(0);
  await page.close();
});
