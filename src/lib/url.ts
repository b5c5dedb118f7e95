// The URL scheme in one place: every public URL is derived from official codes or registry ids, never from titles.
import type { Incarico } from '../schemas/index.ts';

export const url = {
  home: () => '/',
  obiettivi: () => '/obiettivi/',
  /** `/obiettivi/c59-0008/`: the objective as the latest edition that has it states it. */
  obiettivo: (id: string) => `/obiettivi/${id}/`,
  /** `/obiettivi/c59-0008/2019-variazione-2/`: one version, exactly as that edition first stated it. */
  obiettivoVersione: (id: string, edizione: string) => `/obiettivi/${id}/${edizione}/`,
  /** Anchor of an indicator row on its objective's page. */
  /**
   * The official spellings of an objective's code as paths (`/obiettivi/C59_0008/`,
   * `/obiettivi/c59_0008/`): each is a page that redirects to `obiettivo(id)`.
   */
  grafieObiettivo: (o: { id: string; codice: string }) =>
    [...new Set([o.codice, o.codice.toLowerCase()])]
      .filter((g) => g !== o.id)
      .map((g) => `/obiettivi/${g}/`),
  indicatoreNellObiettivo: (obiettivoId: string, codice: string) =>
    `/obiettivi/${obiettivoId}/#indicatore-${codice}`,
  indicatori: () => '/indicatori/',
  /** `/indicatori/1411/` */
  indicatore: (codice: string) => `/indicatori/${codice}/`,
  incarichi: () => '/incarichi/',
  /** `/incarichi/2019/`: the programme lines of one year, by settore (a trimmed voce URL). */
  incarichiAnno: (anno: number) => `/incarichi/${anno}/`,
  /** `/incarichi/2019/politiche-sociali/`: one settore's lines of one year. */
  incarichiSettore: (anno: number, settore: string) => `/incarichi/${anno}/${settore}/`,
  /** `/incarichi/2019/politiche-sociali/7/` */
  incarico: (i: Pick<Incarico, 'anno' | 'settore' | 'scheda'>) =>
    `/incarichi/${i.anno}/${i.settore}/${i.scheda}/`,
  /** `/incarichi/2019/politiche-sociali/7/2019-variazione-2/`: one version of a programme line. */
  incaricoVersione: (i: Pick<Incarico, 'anno' | 'settore' | 'scheda'>, edizione: string) =>
    `/incarichi/${i.anno}/${i.settore}/${i.scheda}/${edizione}/`,
  /** Conferred engagements (art. 15 D.Lgs. 33/2013): the list, one page each, the archive. */
  conferiti: () => '/incarichi-conferiti/',
  /** `/incarichi-conferiti/2019-politiche-sociali-7-studio-alfa-srl/` */
  conferito: (id: string) => `/incarichi-conferiti/${id}/`,
  archivioConferiti: () => '/incarichi-conferiti/archivio/',
  soggetti: () => '/soggetti-percettori/',
  /** `/soggetti-percettori/studio-alfa-srl/`: every engagement of one soggetto percettore. */
  soggetto: (id: string) => `/soggetti-percettori/${id}/`,
  /** The template of the office's spreadsheet, on /dati/. */
  modelloConferiti: (formato: 'csv' | 'xlsx') => `/dati/modello-incarichi-conferiti.${formato}`,
  settori: () => '/settori/',
  settore: (id: string) => `/settori/${id}/`,
  responsabili: () => '/responsabili/',
  responsabile: (id: string) => `/responsabili/${id}/`,
  aree: () => '/aree/',
  area: (id: string) => `/aree/${id}/`,
  linee: () => '/linee-strategiche/',
  linea: (id: string) => `/linee-strategiche/${id}/`,
  normativa: () => '/normativa/',
  paginaNormativa: (id: string) => `/normativa/${id}/`,
  /** The current edition's source document with one anchor per line: `/fonte/#L259`. */
  fonte: () => '/fonte/',
  /** A line of the current source (`/fonte/#L259`), or of one edition's (never changes meaning). */
  rigaFonte: (n: number, edizione?: string) =>
    edizione ? `/edizioni/${edizione}/fonte/#L${n}` : `/fonte/#L${n}`,
  /** Every edition published, with the archive of those past retention. */
  edizioni: () => '/edizioni/',
  /** `/edizioni/2019-variazione-2/`: one edition, its act, dates, records and downloads. */
  edizione: (id: string) => `/edizioni/${id}/`,
  /** One edition's source text, one anchor per line. */
  fonteEdizione: (id: string) => `/edizioni/${id}/fonte/`,
  /** What an edition changed from the one before it. */
  cosaCambia: (id: string) => `/edizioni/${id}/cosa-cambia/`,
  /** The same, as data: `/dati/cosa-cambia-2019-variazione-3.csv`. */
  cosaCambiaDati: (id: string, formato: 'csv' | 'json') => `/dati/cosa-cambia-${id}.${formato}`,
  dati: () => '/dati/',
  /** DCAT-AP_IT catalogue of the datasets. */
  catalogo: () => '/dati/catalogo.jsonld',
  /** A dataset's section on /dati/ (its id is also its file name). */
  sezioneDataset: (dataset: string) => `/dati/#${dataset}`,
  csv: (dataset: string) => `/dati/${dataset}.csv`,
  /** The same CSV for Excel with Italian settings (`;`, BOM, decimal comma): src/lib/dati/csv-excel.ts. */
  csvExcel: (dataset: string) => `/dati/${dataset}-excel.csv`,
  json: (dataset: string) => `/dati/${dataset}.json`,
  /** One edition's dataset, a file that never changes: `/dati/edizioni/2019-variazione-2/obiettivi.csv`. */
  datiEdizione: (edizione: string, dataset: string, formato: 'csv' | 'json') =>
    `/dati/edizioni/${edizione}/${dataset}.${formato}`,
  schema: (dataset: string) => `/dati/${dataset}.schema.json`,
  /** CSV of one settore's rows only: `/dati/settori/politiche-sociali/obiettivi.csv`. */
  csvSettore: (settore: string, dataset: string) => `/dati/settori/${settore}/${dataset}.csv`,
  /** The same, for Excel with Italian settings: `/dati/settori/politiche-sociali/obiettivi-excel.csv`. */
  csvSettoreExcel: (settore: string, dataset: string) =>
    `/dati/settori/${settore}/${dataset}-excel.csv`,
  /** CSV of one strategic line's objectives only. */
  csvLinea: (linea: string) => `/dati/linee-strategiche/${linea}/obiettivi.csv`,
  /** The same, for Excel with Italian settings. */
  csvLineaExcel: (linea: string) => `/dati/linee-strategiche/${linea}/obiettivi-excel.csv`,
  qualita: () => '/qualita-dei-dati/',
  cerca: () => '/cerca/',
  trasparenza: () => '/amministrazione-trasparente/',
  noteLegali: () => '/note-legali/',
  accessibilita: () => '/accessibilita/',
} as const;
