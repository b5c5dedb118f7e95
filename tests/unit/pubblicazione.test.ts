// Publication aids as pure functions: the citation text, the schema.org JSON-LD of the pages, the sitemap.
import { describe, expect, it } from 'vitest';
import { percorsoPagina, sitemapXml } from '../../src/integrations/sitemap.ts';
import { righeCitate, testoCitazione } from '../../src/lib/pubblicazione/citazione.ts';
import { jsonPerScript } from '../../src/lib/pubblicazione/jsonld.ts';
import {
  comune,
  grafoPagina,
  ID_COMUNE,
  incaricoSchemaOrg,
  obiettivoSchemaOrg,
  settoreSchemaOrg,
} from '../../src/lib/pubblicazione/schemaorg.ts';
import type { Incarico, Obiettivo, Settore } from '../../src/schemas/index.ts';
import incarichi from '../../content/data/incarichi.json';
import obiettivi from '../../content/data/obiettivi.json';
import settori from '../../content/data/settori.json';
import edizioneJson from '../../content/data/edizione.json';
import type { Edizione } from '../../src/schemas/index.ts';

const SITO = new URL('https://trasparenza.comune.cremona.it');
const edizione = edizioneJson as Edizione;
const contesto = { site: SITO, edizione };

describe('come citare una pagina', () => {
  it('righe del documento: intervalli con il trattino lungo, riga singola al singolare', () => {
    expect(righeCitate([{ da: 259, a: 263 }])).toBe('righe 259–263');
    expect(
      righeCitate([
        { da: 516, a: 518 },
        { da: 522, a: 522 },
      ]),
    ).toBe('righe 516–518, 522');
    expect(righeCitate([{ da: 12, a: 12 }])).toBe('riga 12');
    expect(() => righeCitate([])).toThrow(/senza righe/);
  });

  it('titolo, indirizzo canonico, data dei dati con le righe della fonte, licenza', () => {
    expect(
      testoCitazione({
        titolo:
          'Obiettivo C59_0008: Favorire il processo di occupabilità dei giovani del territorio',
        url: 'https://trasparenza.comune.cremona.it/obiettivi/c59-0008/',
        intervalli: [{ da: 259, a: 263 }],
        edizione,
        dataAggiornamento: '2026-11-26',
      }),
    ).toEqual([
      '«Obiettivo C59_0008: Favorire il processo di occupabilità dei giovani del territorio», Amministrazione trasparente – PEG 2019 del Comune di Cremona (portale prototipo, non ufficiale).',
      'https://trasparenza.comune.cremona.it/obiettivi/c59-0008/',
      'Dati: Comune di Cremona, PEG 2019-2021, secondo provvedimento di variazione, righe 259–263; aggiornati al 26 novembre 2026.',
      'Licenza CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), titolare dei dati: Comune di Cremona.',
    ]);
  });

  it('senza titolo comincia dal nome del portale', () => {
    const [prima] = testoCitazione({
      url: 'https://x.it/',
      intervalli: [{ da: 1, a: 1 }],
      edizione,
    });
    expect(prima).toMatch(/^Amministrazione trasparente – PEG 2019/);
  });
});

describe('JSON-LD schema.org', () => {
  const o = obiettivi.find((x) => x.codice === 'C59_0008') as unknown as Obiettivo;

  it('il Comune è una GovernmentOrganization con il codice IPA', () => {
    expect(comune()).toMatchObject({
      '@type': 'GovernmentOrganization',
      '@id': ID_COMUNE,
      name: 'Comune di Cremona',
      identifier: { propertyID: 'IPA', value: 'c_d150' },
    });
  });

  it('ogni pagina: il Comune e la WebPage, il record come mainEntity', () => {
    const g = grafoPagina({
      titolo: 'T',
      canonico: 'https://x.it/a/',
      entita: { '@type': 'Thing' },
    });
    expect(g['@context']).toBe('https://schema.org');
    const [c, pagina] = g['@graph'] as Record<string, unknown>[];
    expect(c!['@type']).toBe('GovernmentOrganization');
    expect(pagina).toMatchObject({
      '@type': 'WebPage',
      url: 'https://x.it/a/',
      mainEntity: { '@type': 'Thing' },
    });
    expect(grafoPagina({ titolo: 'T' })['@graph']).toHaveLength(2);
    expect((grafoPagina({ titolo: 'T' })['@graph'] as object[])[1]).not.toHaveProperty(
      'mainEntity',
    );
  });

  it('un obiettivo: nome, codice, indirizzo, fonte alla sua prima riga, licenza', () => {
    const n = obiettivoSchemaOrg(o, contesto);
    expect(n).toMatchObject({
      '@type': 'CreativeWork',
      identifier: 'C59_0008',
      url: 'https://trasparenza.comune.cremona.it/obiettivi/c59-0008/',
      isBasedOn: {
        url: `https://trasparenza.comune.cremona.it/edizioni/2019-variazione-2/fonte/#L${Math.min(...o.fonte.righe)}`,
      },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      copyrightHolder: { '@id': ID_COMUNE },
    });
    expect(n.name).toBe(`Obiettivo C59_0008: ${o.titolo}`);
  });

  it('una voce del programma e un settore', () => {
    const i = incarichi.find((x) => x.id === '2019-politiche-sociali-7') as unknown as Incarico;
    const s = settori.find((x) => x.id === i.settore) as unknown as Settore;
    expect(incaricoSchemaOrg(i, s, contesto)).toMatchObject({
      identifier: '2019-politiche-sociali-7',
      url: 'https://trasparenza.comune.cremona.it/incarichi/2019/politiche-sociali/7/',
    });
    expect(settoreSchemaOrg(s, SITO)).toMatchObject({
      '@type': 'GovernmentOrganization',
      parentOrganization: { '@id': ID_COMUNE },
    });
  });

  it('senza `site` non produce indirizzi relativi: si ferma', () => {
    expect(() => obiettivoSchemaOrg(o, { site: undefined, edizione })).toThrow(/manca `site`/);
  });

  it('un testo con </script> resta dentro l’elemento script e si rilegge uguale', () => {
    const g = grafoPagina({ titolo: 'a </script><script>alert(1)</script> & b' });
    const testo = jsonPerScript(g);
    expect(testo).not.toMatch(/[<>]/);
    expect(JSON.parse(testo)).toEqual(g);
  });
});

describe('sitemap.xml', () => {
  it('percorsi delle pagine con la barra finale, la home come /', () => {
    expect(percorsoPagina('')).toBe('/');
    expect(percorsoPagina('/')).toBe('/');
    expect(percorsoPagina('obiettivi/c59-0008/')).toBe('/obiettivi/c59-0008/');
    expect(percorsoPagina('/aree/x')).toBe('/aree/x/');
  });

  it('indirizzi assoluti, ordinati, senza doppioni né date', () => {
    const xml = sitemapXml(SITO, ['/settori/', '/', '/settori/', '/a&b/']);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://trasparenza.comune.cremona.it/</loc></url>',
        '  <url><loc>https://trasparenza.comune.cremona.it/a&amp;b/</loc></url>',
        '  <url><loc>https://trasparenza.comune.cremona.it/settori/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
    expect(xml).not.toMatch(/lastmod/);
  });
});
