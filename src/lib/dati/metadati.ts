// Catalogue metadata of the open data: who publishes it, under which licence, when it last changed, what each dataset is.
import type { IdDataset } from './dataset.ts';

/**
 * Date of the ingest that produced content/data/*.json (commit 28be87d, "Ingest the PEG source…").
 * Used as dct:modified so that two builds of the same data give the same bytes; update it at every new ingest.
 */
export const DATA_AGGIORNAMENTO = '2026-11-26';

/** The year the data describe (PEG 2019). */
export const ANNO_RIFERIMENTO = 2019;

/**
 * Year the source document was adopted and published: the PEG/Piano della Performance 2019-2021,
 * secondo provvedimento di variazione, is an act of 2019 (it cites the deliberazione di Consiglio
 * Comunale n. 16 del 18/03/2019, source lines 58 and 107, and its programme is the 2019 one). The source
 * prints no exact date of the variation, so only the year is known: it starts the art. 8 c.3 retention count.
 */
export const ANNO_PUBBLICAZIONE = 2019;

export const LICENZA = {
  nome: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const TITOLARE = {
  nome: 'Comune di Cremona',
  /** Codice IPA of the Comune (Indice delle Pubbliche Amministrazioni), the DCAT-AP_IT agent identifier. */
  ipa: 'c_d150',
  sito: 'https://www.comune.cremona.it/',
} as const;

/** EU data-theme vocabulary: "Governo e settore pubblico". */
export const TEMA_GOVE = 'http://publications.europa.eu/resource/authority/data-theme/GOVE';
/** EU frequency vocabulary: the data change only when a new PEG variation is ingested. */
export const FREQUENZA_IRREGOLARE =
  'http://publications.europa.eu/resource/authority/frequency/IRREG';
export const LINGUA_ITA = 'http://publications.europa.eu/resource/authority/language/ITA';
/** EU file-type vocabulary. */
export const FORMATI = {
  csv: {
    uri: 'http://publications.europa.eu/resource/authority/file-type/CSV',
    mediaType: 'text/csv',
  },
  json: {
    uri: 'http://publications.europa.eu/resource/authority/file-type/JSON',
    mediaType: 'application/json',
  },
} as const;

export interface MetadatiDataset {
  titolo: string;
  descrizione: string;
  paroleChiave: string[];
}

export const METADATI: Record<IdDataset, MetadatiDataset> = {
  obiettivi: {
    titolo: 'Obiettivi di performance 2019',
    descrizione:
      'Gli obiettivi del Piano dettagliato degli obiettivi di performance 2019 del Comune di Cremona (PEG/Piano della Performance 2019-2021, secondo provvedimento di variazione): codice, titolo, definizione, linea strategica, settore e responsabile, un obiettivo per riga.',
    paroleChiave: ['performance', 'PEG', 'obiettivi', 'piano della performance'],
  },
  indicatori: {
    titolo: 'Indicatori degli obiettivi di performance 2019',
    descrizione:
      'Gli indicatori con cui si misura ciascun obiettivo di performance 2019: una riga per coppia obiettivo–indicatore, con formula, finalità, target atteso e peso. Lo stesso codice indicatore può comparire per più obiettivi, con target diversi.',
    paroleChiave: ['performance', 'PEG', 'indicatori', 'target'],
  },
  incarichi: {
    titolo: 'Programma degli incarichi a persone fisiche 2019',
    descrizione:
      'Le voci del programma 2019 degli incarichi individuali esterni di lavoro autonomo (sezione 4.1 delle linee guida operative del PEG): per ogni voce settore, dirigente, attività, tipologia di spesa, capitolo PEG e importo massimo autorizzato. Sono tetti di spesa, non incarichi conferiti.',
    paroleChiave: ['incarichi', 'consulenti e collaboratori', 'lavoro autonomo', 'spesa'],
  },
  'incarichi-conferiti': {
    titolo: 'Incarichi di collaborazione e consulenza conferiti',
    descrizione:
      "Gli incarichi effettivamente conferiti sulle voci del programma 2019, con i dati dell'art. 15 del D.Lgs. 33/2013: soggetto percettore, ragione, atto di conferimento, durata, compensi previsti ed erogati. Il file contiene la sola intestazione finché non ne è pubblicato alcuno.",
    paroleChiave: ['incarichi', 'consulenti e collaboratori', 'art. 15', 'compensi'],
  },
  settori: {
    titolo: 'Settori del Comune nel PEG 2019',
    descrizione:
      'I settori e le unità di staff nominati dal PEG 2019, con area, responsabile, modi in cui il documento li scrive, numero di obiettivi e di voci del programma degli incarichi e relativo importo.',
    paroleChiave: ['organizzazione', 'settori', 'dirigenti'],
  },
};
