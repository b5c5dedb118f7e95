// Debian's Chromium driven by playwright-core: no browser download, no request off this machine.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function avviaChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium non trovato in ${CHROMIUM}. I test nel browser usano il Chromium di Debian: ` +
        '"apt-get update && apt-get install -y chromium" (o CHROMIUM_PATH=/percorso/chromium).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors, page errors and requests that leave the site's origin. */
export function sorveglia(page: Page, base: string): { errori: string[]; esterne: string[] } {
  const errori: string[] = [];
  const esterne: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errori.push(m.text());
  });
  page.on('pageerror', (e) => errori.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) esterne.push(u);
  });
  return { errori, esterne };
}
