// schema.org JSON-LD of the pages: the Comune as GovernmentOrganization on every page, plus a small typed object per record.
// The portal is an unofficial prototype: the Comune is named as the author of the source document and the holder of
// the data, never as the publisher of these pages.
import type { CodiceIndicatore } from '../../dominio/serie.ts';
import type { Edizione, Incarico, Obiettivo, Settore } from '../../schemas/index.ts';
import { documentoSorgente } from '../../dominio/edizione.ts';
import { url } from '../url.ts';
import { assolutoSu, type Assoluto } from '../dati/dataset.ts';
import { LICENZA, TITOLARE } from '../dati/metadati.ts';

/** A JSON-LD node: plain data, serialised with jsonPerScript. */
export type Nodo = Record<string, unknown>;

/** The Comune's node id, shared by every page so that harvesters merge the graphs. */
export const ID_COMUNE = `${TITOLARE.sito}#comune`;

/** The Comune di Cremona: publisher of the source document, holder of the rights on the data. */
export function comune(): Nodo {
  return {
    '@type': 'GovernmentOrganization',
    '@id': ID_COMUNE,
    name: TITOLARE.nome,
    url: TITOLARE.sito,
    identifier: { '@type': 'PropertyValue', propertyID: 'IPA', value: TITOLARE.ipa },
    address: { '@type': 'PostalAddress', addressLocality: 'Cremona', addressCountry: 'IT' },
  };
}

/**
 * The JSON-LD of one page: the Comune and the WebPage, with the record (if any) as its main entity.
 * `canonico` is the page's absolute URL, absent only when astro.config has no `site`.
 */
export function grafoPagina(p: {
  titolo: string;
  canonico?: string;
  descrizione?: string;
  entita?: unknown;
}): Nodo {
  const pagina: Nodo = {
    '@type': 'WebPage',
    ...(p.canonico ? { '@id': p.canonico, url: p.canonico } : {}),
    name: p.titolo,
    ...(p.descrizione ? { description: p.descrizione } : {}),
    inLanguage: 'it',
    ...(p.entita !== undefined && p.entita !== null ? { mainEntity: p.entita } : {}),
  };
  return { '@context': 'https://schema.org', '@graph': [comune(), pagina] };
}

/** What a record's JSON-LD needs besides the record: the site's address and the edition. */
export interface ContestoSchemaOrg {
  site: URL | undefined;
  edizione: Edizione;
}

function assolutoDi(site: URL | undefined): Assoluto {
  if (!site) throw new Error('manca `site` in astro.config.mjs: servono URL assoluti nel JSON-LD');
  return assolutoSu(site);
}

/** What every record shares: page URL, provenance (the source lines), licence, rights holder, date of the data. */
function record(assoluto: Assoluto, e: Edizione, percorso: string, righe: readonly number[]): Nodo {
  return {
    url: assoluto(percorso),
    isBasedOn: {
      '@type': 'DigitalDocument',
      name: documentoSorgente(e),
      url: assoluto(url.rigaFonte(Math.min(...righe), e.id)),
      publisher: { '@id': ID_COMUNE },
    },
    license: LICENZA.url,
    copyrightHolder: { '@id': ID_COMUNE },
    inLanguage: 'it',
    dateModified: e.aggiornamento,
  };
}

/** The plan a record is part of. */
const piano = (e: Edizione) => ({
  '@type': 'CreativeWork',
  name: e.titolo,
  temporalCoverage: String(e.anno),
  publisher: { '@id': ID_COMUNE },
});

/** A performance objective. */
export function obiettivoSchemaOrg(o: Obiettivo, { site, edizione }: ContestoSchemaOrg): Nodo {
  return {
    '@type': 'CreativeWork',
    additionalType: 'Obiettivo di performance',
    name: `Obiettivo ${o.codice}: ${o.titolo}`,
    identifier: o.codice,
    ...(o.definizione ? { description: o.definizione } : {}),
    isPartOf: piano(edizione),
    ...record(assolutoDi(site), edizione, url.obiettivo(o.id), o.fonte.righe),
  };
}

/** An indicator code, with the objectives that use it. */
export function indicatoreSchemaOrg(
  c: CodiceIndicatore,
  { site, edizione }: ContestoSchemaOrg,
): Nodo {
  const assoluto = assolutoDi(site);
  return {
    '@type': 'CreativeWork',
    additionalType: 'Indicatore di performance',
    name: `Indicatore ${c.codice}: ${c.titolo}`,
    identifier: c.codice,
    isPartOf: piano(edizione),
    about: [...new Map(c.usi.map((u) => [u.obiettivo.id, u.obiettivo])).values()].map((o) => ({
      '@type': 'CreativeWork',
      identifier: o.codice,
      url: assoluto(url.obiettivo(o.id)),
    })),
    ...record(
      assoluto,
      edizione,
      url.indicatore(c.codice),
      c.usi.flatMap((u) => u.indicatore.fonte.righe),
    ),
  };
}

/** A line of the engagements programme: a spending ceiling, not an engagement. */
export function incaricoSchemaOrg(
  i: Incarico,
  settore: Settore,
  { site, edizione }: ContestoSchemaOrg,
): Nodo {
  return {
    '@type': 'CreativeWork',
    additionalType: 'Voce del programma degli incarichi',
    name: `Programma incarichi ${i.anno}, ${settore.nome}, scheda ${i.scheda}`,
    identifier: i.id,
    description: i.ragione,
    isPartOf: piano(edizione),
    ...record(assolutoDi(site), edizione, url.incarico(i), i.fonte.righe),
  };
}

/** A settore of the Comune, as a department of the GovernmentOrganization. */
export function settoreSchemaOrg(s: Settore, site: URL | undefined): Nodo {
  const assoluto = assolutoDi(site);
  return {
    '@type': 'GovernmentOrganization',
    name: `Settore ${s.nome}`,
    identifier: s.id,
    url: assoluto(url.settore(s.id)),
    parentOrganization: { '@id': ID_COMUNE },
  };
}
