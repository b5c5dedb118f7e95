// Catalogue metadata of the open data: who publishes it, under which licence, when it last changed, what each dataset is.
import type { Edizione } from '../../schemas/edizione.ts';
import type { IdDataset } from './dataset.ts';

export const LICENZA = {
  nome: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const TITOLARE = {
  nome: 'Comune di Cremona',
  /** Codice IPA of the Comune (Indice delle Pubbliche Amministrazioni), the DCAT-AP_IT agent identifier. */
  ipa: 'c_d150',
  sito: 'https://www.comune.cremona.it/',
  /**
   * The Comune's institutional PEC, as its own site publishes it (comune.cremona.it, «Posta elettronica
   * certificata (PEC) del Comune di Cremona»): the DCAT-AP_IT contact point's vcard:hasEmail.
   */
  email: 'protocollo@comunedicremona.legalmail.it',
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
    /** IANA media-type IRI: DCAT-AP 3 wants dcat:mediaType as a dct:MediaType resource, not a string. */
    mediaTypeIri: 'https://www.iana.org/assignments/media-types/text/csv',
  },
  json: {
    uri: 'http://publications.europa.eu/resource/authority/file-type/JSON',
    mediaType: 'application/json',
    mediaTypeIri: 'https://www.iana.org/assignments/media-types/application/json',
  },
} as const;

export interface MetadatiDataset {
  titolo: string;
  descrizione: string;
  paroleChiave: string[];
}

/** Title, description and keywords of each dataset of an edition. */
export function metadatiDataset(e: Edizione): Record<IdDataset, MetadatiDataset> {
  const { anno } = e;
  return {
    obiettivi: {
      titolo: `Obiettivi di performance ${anno}`,
      descrizione: `Gli obiettivi del Piano dettagliato degli obiettivi di performance ${anno} del Comune di Cremona (PEG/Piano della Performance ${e.triennio}, ${e.denominazione}): codice, titolo, definizione, linea strategica, settore e responsabile, un obiettivo per riga.`,
      paroleChiave: ['performance', 'PEG', 'obiettivi', 'piano della performance'],
    },
    indicatori: {
      titolo: `Indicatori degli obiettivi di performance ${anno}`,
      descrizione: `Gli indicatori con cui si misura ciascun obiettivo di performance ${anno}: una riga per coppia obiettivo–indicatore, con formula, finalità, target atteso e peso. Lo stesso codice indicatore può comparire per più obiettivi, con target diversi.`,
      paroleChiave: ['performance', 'PEG', 'indicatori', 'target'],
    },
    incarichi: {
      titolo: `Programma degli incarichi a persone fisiche ${anno}`,
      descrizione: `Le voci del programma ${anno} degli incarichi individuali esterni di lavoro autonomo (sezione 4.1 delle linee guida operative del PEG): per ogni voce settore, dirigente, attività, tipologia di spesa, capitolo PEG e importo massimo autorizzato. Sono tetti di spesa, non incarichi conferiti.`,
      paroleChiave: ['incarichi', 'consulenti e collaboratori', 'lavoro autonomo', 'spesa'],
    },
    'incarichi-conferiti': {
      titolo: 'Incarichi di collaborazione e consulenza conferiti',
      descrizione: `Gli incarichi effettivamente conferiti sulle voci del programma ${anno}, con i dati dell'art. 15 del D.Lgs. 33/2013: soggetto percettore, ragione, atto di conferimento, durata, compensi previsti ed erogati. Il file contiene la sola intestazione finché non ne è pubblicato alcuno.`,
      paroleChiave: ['incarichi', 'consulenti e collaboratori', 'art. 15', 'compensi'],
    },
    settori: {
      titolo: `Settori del Comune nel PEG ${anno}`,
      descrizione: `I settori e le unità di staff nominati dal PEG ${anno}, con area, responsabile, modi in cui il documento li scrive, numero di obiettivi e di voci del programma degli incarichi e relativo importo.`,
      paroleChiave: ['organizzazione', 'settori', 'dirigenti'],
    },
  };
}
