// sitemap.xml of every HTML page the build wrote (art. 9 D.Lgs. 33/2013: nothing stops search engines), sorted, no dates.
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Build pathname (`obiettivi/c59-0008/`, `` for home) → site path with slashes (`/obiettivi/c59-0008/`, `/`). */
export function percorsoPagina(pathname: string): string {
  const pulito = pathname.replace(/^\/+|\/+$/g, '');
  return pulito === '' ? '/' : `/${pulito}/`;
}

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/** The sitemap (sitemaps.org 0.9): one <url> per path, sorted and deduplicated so two builds give the same bytes. */
export function sitemapXml(site: URL | string, percorsi: readonly string[]): string {
  const righe = [...new Set(percorsi)]
    .sort()
    .map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...righe,
    '</urlset>',
    '',
  ].join('\n');
}

export default function sitemapIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'peg-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        if (!site)
          throw new Error('manca `site` in astro.config.mjs: la sitemap richiede URL assoluti');
        const sito = fileURLToPath(dir);
        // Keep the routes that wrote an HTML page (endpoints such as /dati/*.csv are not pages); 404 is no page to index
        const percorsi = pages
          .map((p) => percorsoPagina(p.pathname))
          .filter((p) => p !== '/404/' && existsSync(join(sito, p, 'index.html')))
          // The official code spellings (`/obiettivi/C59_0008/`) only redirect (src/lib/url.ts)
          .filter((p) => !/^\/obiettivi\/[^/]*_[^/]*\/$/.test(p));
        await writeFile(join(sito, 'sitemap.xml'), sitemapXml(site, percorsi));
        logger.info(`sitemap.xml: ${new Set(percorsi).size} pagine`);
      },
    },
  };
}
