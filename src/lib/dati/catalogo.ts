// The catalogue of the datasets: DCAT-AP_IT JSON-LD for /dati/catalogo.jsonld and schema.org JSON-LD for /dati/.
import { nomeEdizione } from '../../dominio/edizione.ts';
import { campi, ID_DATASET, type Assoluto, type IdDataset } from './dataset.ts';
import { url } from '../url.ts';
import type { Edizione } from '../../schemas/edizione.ts';
import {
  FORMATI,
  FREQUENZA_IRREGOLARE,
  LICENZA,
  LINGUA_ITA,
  metadatiDataset,
  TEMA_GOVE,
  TITOLARE,
} from './metadati.ts';

/** The datasets cut per settore (the settore page lists both). */
export const DATASET_SETTORE = ['obiettivi', 'incarichi'] as const satisfies readonly IdDataset[];
export type DatasetSettore = (typeof DATASET_SETTORE)[number];

export const identificativo = (id: IdDataset, e: Pick<Edizione, 'anno'>) =>
  `${TITOLARE.ipa}:peg-${e.anno}-${id}`;

/**
 * dct:modified of a dataset: the ingest date, or the latest publication date of its records when later
 * (conferred engagements are published after the ingest). Never the build time.
 */
export function dataModifica(
  e: Pick<Edizione, 'aggiornamento'>,
  dateRecord: readonly string[] = [],
): string {
  return [e.aggiornamento, ...dateRecord].sort().at(-1)!;
}

/**
 * The downloads of every dataset: the RFC 4180 CSV, the same CSV for Excel with Italian settings
 * (`;`, BOM, decimal comma: src/lib/dati/csv-excel.ts) and the JSON.
 */
export const DISTRIBUZIONI = ['csv', 'excel', 'json'] as const;
export type Distribuzione = (typeof DISTRIBUZIONI)[number];
const TITOLI_DISTRIBUZIONE: Record<Distribuzione, string> = {
  csv: 'CSV',
  excel: 'CSV per Excel',
  json: 'JSON',
};
const URL_DISTRIBUZIONE: Record<Distribuzione, (id: IdDataset) => string> = {
  csv: url.csv,
  excel: url.csvExcel,
  json: url.json,
};
export const DESCRIZIONE_CSV_EXCEL =
  'Gli stessi dati del CSV, pronti per Excel con le impostazioni italiane: separatore punto e virgola, UTF-8 con BOM, importi con la virgola decimale.';

const CONTESTO_DCAT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
};

/**
 * An IRI typed with its class: DCAT-AP's SHACL ranges check the class of every value (media type,
 * language, theme…), and a harvester that does not load the EU vocabularies learns it from the data.
 */
const risorsa = (iri: string, tipo: string | string[]) => ({ '@id': iri, '@type': tipo });

const data = (iso: string) => ({ '@value': iso, '@type': 'xsd:date' });
const it = (testo: string) => ({ '@value': testo, '@language': 'it' });

/** DCAT-AP_IT catalogue (JSON-LD) of every dataset; `modificati` gives each dataset's dct:modified. */
export function catalogoDcat(
  assoluto: Assoluto,
  modificati: Record<IdDataset, string>,
  e: Edizione,
  /** Every edition, each described with its own immutable files (`/dati/edizioni/<id>/`) and dates. */
  edizioni: readonly { edizione: Edizione; dataset: readonly IdDataset[] }[] = [],
) {
  const metadati = metadatiDataset(e);
  const titolare = {
    '@type': ['foaf:Agent', 'dcatapit:Agent'],
    'foaf:name': TITOLARE.nome,
    'dct:identifier': TITOLARE.ipa,
  };
  const licenza = {
    '@id': LICENZA.url,
    '@type': ['dct:LicenseDocument', 'dcatapit:LicenseDocument'],
    // DCAT-AP_IT: the licence type from the ADMS licence-type vocabulary (attribution)
    'dct:type': {
      ...risorsa('http://purl.org/adms/licencetype/Attribution', 'skos:Concept'),
      'skos:prefLabel': it('Attribuzione'),
    },
    'foaf:name': LICENZA.nome,
  };
  const contatto = {
    '@type': ['vcard:Kind', 'vcard:Organization', 'dcatapit:Organization'],
    'vcard:fn': TITOLARE.nome,
    'vcard:hasEmail': { '@id': `mailto:${TITOLARE.email}` },
    'vcard:hasURL': { '@id': TITOLARE.sito },
  };
  const lingua = risorsa(LINGUA_ITA, 'dct:LinguisticSystem');
  const distribuzione = (id: IdDataset, variante: Distribuzione) => {
    const formato = variante === 'json' ? 'json' : 'csv';
    return {
      '@id': assoluto(`${url.sezioneDataset(id)}-${variante}`),
      '@type': ['dcat:Distribution', 'dcatapit:Distribution'],
      'dct:title': it(`${metadati[id].titolo} (${TITOLI_DISTRIBUZIONE[variante]})`),
      ...(variante === 'excel' ? { 'dct:description': it(DESCRIZIONE_CSV_EXCEL) } : {}),
      'dcat:accessURL': { '@id': assoluto(url.sezioneDataset(id)) },
      'dcat:downloadURL': { '@id': assoluto(URL_DISTRIBUZIONE[variante](id)) },
      'dct:format': risorsa(FORMATI[formato].uri, 'dct:MediaTypeOrExtent'),
      'dcat:mediaType': risorsa(FORMATI[formato].mediaTypeIri, 'dct:MediaType'),
      'dct:license': licenza,
      ...(formato === 'json'
        ? { 'dct:conformsTo': risorsa(assoluto(url.schema(id)), 'dct:Standard') }
        : {}),
    };
  };
  /** One edition's file: never changes once published. */
  const distribuzioneEdizione = (id: IdDataset, formato: 'csv' | 'json', ed: Edizione) => ({
    '@id': assoluto(`${url.edizione(ed.id)}#dati-${id}-${formato}`),
    '@type': ['dcat:Distribution', 'dcatapit:Distribution'],
    'dct:title': it(
      `${metadati[id].titolo} (${nomeEdizione(ed)}, ${TITOLI_DISTRIBUZIONE[formato]})`,
    ),
    'dcat:accessURL': { '@id': assoluto(url.edizione(ed.id)) },
    'dcat:downloadURL': { '@id': assoluto(url.datiEdizione(ed.id, id, formato)) },
    'dct:format': risorsa(FORMATI[formato].uri, 'dct:MediaTypeOrExtent'),
    'dcat:mediaType': risorsa(FORMATI[formato].mediaTypeIri, 'dct:MediaType'),
    'dct:license': licenza,
  });
  /**
   * A dataset: the current alias (`edizione` null: /dati/<id>.csv) or one edition's immutable files,
   * with that edition's identifier, dates and period.
   */
  const dataset = (id: IdDataset, e: Edizione, modificato: string, edizione: Edizione | null) => ({
    '@id': edizione
      ? assoluto(`${url.edizione(edizione.id)}#dati-${id}`)
      : assoluto(url.sezioneDataset(id)),
    '@type': ['dcat:Dataset', 'dcatapit:Dataset'],
    'dct:identifier': edizione ? `${identificativo(id, e)}:${edizione.id}` : identificativo(id, e),
    'dct:title': it(
      edizione ? `${metadati[id].titolo} (${nomeEdizione(edizione)})` : metadati[id].titolo,
    ),
    'dct:description': it(metadati[id].descrizione),
    'dct:modified': data(modificato),
    'dcat:theme': {
      ...risorsa(TEMA_GOVE, 'skos:Concept'),
      'skos:prefLabel': it('Governo e settore pubblico'),
    },
    'dct:rightsHolder': titolare,
    'dct:publisher': titolare,
    'dct:accrualPeriodicity': risorsa(FREQUENZA_IRREGOLARE, 'dct:Frequency'),
    'dct:language': lingua,
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': data(`${e.anno}-01-01`),
      'dcat:endDate': data(`${e.anno}-12-31`),
    },
    'dcat:keyword': metadati[id].paroleChiave.map(it),
    'dcat:contactPoint': contatto,
    'dcat:landingPage': risorsa(
      assoluto(edizione ? url.edizione(edizione.id) : url.sezioneDataset(id)),
      'foaf:Document',
    ),
    'dcat:distribution': edizione
      ? (['csv', 'json'] as const).map((v) => distribuzioneEdizione(id, v, edizione))
      : DISTRIBUZIONI.map((v) => distribuzione(id, v)),
  });
  return {
    '@context': CONTESTO_DCAT,
    '@id': assoluto(url.catalogo()),
    '@type': ['dcat:Catalog', 'dcatapit:Catalog'],
    'dct:title': it(
      `Dati aperti del PEG / Piano della Performance ${e.anno} del Comune di Cremona`,
    ),
    'dct:description': it(
      `Obiettivi, indicatori, programma degli incarichi e settori tratti dal PEG/Piano della Performance ${e.triennio} (${e.denominazione}), pubblicati in formato aperto ai sensi dell'art. 7 del D.Lgs. 33/2013.`,
    ),
    'dct:publisher': titolare,
    'dct:modified': data(Object.values(modificati).sort().at(-1)!),
    'dct:language': lingua,
    'foaf:homepage': risorsa(assoluto(url.dati()), 'foaf:Document'),
    'dct:license': licenza,
    'dcat:dataset': [
      ...ID_DATASET.map((id) => dataset(id, e, modificati[id], null)),
      ...edizioni.flatMap(({ edizione, dataset: ids }) =>
        ids.map((id) => dataset(id, edizione, edizione.aggiornamento, edizione)),
      ),
    ],
  };
}

/** schema.org DataCatalog with one Dataset per download, for the /dati/ page. */
export function catalogoSchemaOrg(
  assoluto: Assoluto,
  modificati: Record<IdDataset, string>,
  fonte: string,
  e: Edizione,
) {
  const metadati = metadatiDataset(e);
  const comune = { '@type': 'GovernmentOrganization', name: TITOLARE.nome, url: TITOLARE.sito };
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    '@id': assoluto(`${url.dati()}#catalogo`),
    name: `Dati aperti del PEG ${e.anno} del Comune di Cremona`,
    url: assoluto(url.dati()),
    inLanguage: 'it',
    publisher: comune,
    license: LICENZA.url,
    dataset: ID_DATASET.map((id) => ({
      '@type': 'Dataset',
      '@id': assoluto(url.sezioneDataset(id)),
      name: metadati[id].titolo,
      description: metadati[id].descrizione,
      url: assoluto(url.sezioneDataset(id)),
      identifier: identificativo(id, e),
      keywords: metadati[id].paroleChiave,
      license: LICENZA.url,
      isAccessibleForFree: true,
      inLanguage: 'it',
      dateModified: modificati[id],
      temporalCoverage: String(e.anno),
      creator: comune,
      publisher: comune,
      isBasedOn: assoluto(fonte),
      variableMeasured: campi[id].map((c) => c.nome),
      distribution: [
        {
          '@type': 'DataDownload',
          encodingFormat: FORMATI.csv.mediaType,
          contentUrl: assoluto(url.csv(id)),
        },
        {
          '@type': 'DataDownload',
          name: 'CSV per Excel',
          description: DESCRIZIONE_CSV_EXCEL,
          encodingFormat: FORMATI.csv.mediaType,
          contentUrl: assoluto(url.csvExcel(id)),
        },
        {
          '@type': 'DataDownload',
          encodingFormat: FORMATI.json.mediaType,
          contentUrl: assoluto(url.json(id)),
        },
      ],
    })),
  };
}
