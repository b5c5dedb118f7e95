// Stable URLs: every URL in the committed manifest still exists (a page or a redirect), and every
// public URL of the build is in the manifest.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fileDist, richiediDist, urlDiFile } from '../../scripts/lib/dist.ts';
import { URL_PUBBLICHE, urlPubbliche } from '../../scripts/lib/manifesto.ts';

test('nessun URL pubblicato scompare, nessun URL nuovo sfugge al manifesto', () => {
  richiediDist();
  const manifesto = readFileSync(URL_PUBBLICHE, 'utf8').split('\n').filter(Boolean);
  const costruiti = new Set(urlPubbliche(fileDist().map(urlDiFile)));
  const scomparsi = manifesto.filter((u) => !costruiti.has(u));
  expect(
    scomparsi,
    'URL pubblicati che non esistono più: ripristinarli o aggiungere un redirect in astro.config.mjs (redirects)',
  ).toEqual([]);
  const nuovi = [...costruiti].filter((u) => !manifesto.includes(u));
  expect(
    nuovi,
    `URL nuovi non nel manifesto: eseguire "npm run url:manifest" e fare il commit di ${URL_PUBBLICHE}`,
  ).toEqual([]);
  expect(manifesto).toContain('/obiettivi/c59-0008/');
  expect(manifesto).toContain('/incarichi/2019/politiche-sociali/7/');
});
