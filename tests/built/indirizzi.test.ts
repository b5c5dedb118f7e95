// Addresses readers type or trim, and what a shared link shows: the redirects of the official code
// spellings, the 404 page, the trimmed programme URLs, Open Graph on every page, absolute URLs in print.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fileDist, leggiDist, richiediDist } from '../../scripts/lib/dist.ts';

richiediDist();
const obiettivi: { id: string; codice: string }[] = JSON.parse(
  readFileSync('content/data/obiettivi.json', 'utf8'),
);
const incarichi: { anno: number; settore: string; scheda: number }[] = JSON.parse(
  readFileSync('content/data/incarichi.json', 'utf8'),
);
const SITO = 'https://trasparenza.comune.cremona.it';

describe('le grafie ufficiali dei codici', () => {
  test.each(obiettivi.map((o) => [o.codice, o.id]))(
    '/obiettivi/%s/ e in minuscolo rinviano a /obiettivi/<id>/',
    (codice, id) => {
      for (const grafia of [codice, codice.toLowerCase()]) {
        const html = leggiDist(`obiettivi/${grafia}/index.html`);
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/obiettivi/${id}/">`);
        expect(html).toContain(`<link rel="canonical" href="${SITO}/obiettivi/${id}/">`);
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(html).toContain(`<a href="/obiettivi/${id}/">/obiettivi/${id}/</a>`);
      }
    },
  );

  test('i rinvii restano fuori dalla sitemap', () => {
    const sitemap = leggiDist('sitemap.xml');
    expect(sitemap).not.toContain('/obiettivi/C59_0008/');
    expect(sitemap).not.toContain('/obiettivi/c59_0008/');
    expect(sitemap).toContain('/obiettivi/c59-0008/');
  });
});

describe('indirizzi accorciati del programma', () => {
  test('una pagina per anno e per settore di ogni voce, che collega le sue voci', () => {
    for (const anno of new Set(incarichi.map((i) => i.anno))) {
      const html = leggiDist(`incarichi/${anno}/index.html`);
      for (const i of incarichi.filter((x) => x.anno === anno))
        expect(html).toContain(`href="/incarichi/${anno}/${i.settore}/"`);
    }
    for (const i of incarichi) {
      const html = leggiDist(`incarichi/${i.anno}/${i.settore}/index.html`);
      expect(html).toContain(`href="/incarichi/${i.anno}/${i.settore}/${i.scheda}/"`);
    }
  });
});

describe('404', () => {
  test('una pagina 404 vera, senza indirizzo canonico, con la ricerca', () => {
    const html = leggiDist('404.html');
    expect(html).toContain('<h1>Pagina non trovata</h1>');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toMatch(/<main[\s\S]*<form[^>]*action="\/cerca\/"/);
  });
});

describe('Open Graph e stampa', () => {
  test('ogni pagina ha og:title, og:description, og:url, og:type, og:locale, og:site_name', () => {
    const difetti: string[] = [];
    for (const f of fileDist().filter((x) => x.endsWith('.html'))) {
      const html = leggiDist(f);
      const og = (p: string) =>
        new RegExp(`<meta property="og:${p}" content="([^"]+)">`).exec(html)?.[1];
      for (const p of ['title', 'description', 'type', 'site_name'])
        if (!og(p)) difetti.push(`${f}: manca og:${p}`);
      if (og('locale') !== 'it_IT') difetti.push(`${f}: og:locale`);
      const canonico = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      if (f !== '404.html' && og('url') !== canonico) difetti.push(`${f}: og:url ≠ canonico`);
    }
    expect(difetti).toEqual([]);
  });

  test("il foglio di stampa scrive l'indirizzo del sito di astro.config.mjs", () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    const site = /site: '([^']+)'/.exec(config)?.[1];
    const stampa = readFileSync('src/styles/stampa.css', 'utf8');
    expect(stampa).toContain(`--sito: '${site}'`);
  });
});
