/**
 * The columns of the office's spreadsheet of conferred engagements, declared once: the heading in the
 * words of art. 15 D.Lgs. 33/2013, the key of the record it fills, what kind of value it holds and
 * whether it may be empty. The CSV and XLSX readers, the row → record step, the template and its
 * instructions all derive from this list.
 */

/** What a cell holds, and so how it is read. */
export type TipoColonna = 'testo' | 'data' | 'importo' | 'settore' | 'scheda' | 'https';

export type ChiaveColonna =
  | 'soggettoPercettore'
  | 'ragione'
  | 'estremiAtto'
  | 'dataAtto'
  | 'dataInizio'
  | 'dataFine'
  | 'compensoPrevisto'
  | 'compensoVariabile'
  | 'compensoErogato'
  | 'curriculum'
  | 'attestazioneConflittoInteressi'
  | 'altriIncarichi'
  | 'settore'
  | 'scheda'
  | 'dataPubblicazione'
  | 'collegamentoRegistro';

export interface Colonna {
  /** The heading as the template writes it (matched ignoring case, spaces, accents and apostrophes). */
  intestazione: string;
  chiave: ChiaveColonna;
  tipo: TipoColonna;
  /** The cell must hold a value. */
  obbligatoria: boolean;
  /** The whole column may be left out of the spreadsheet. */
  puoMancare: boolean;
  /** What goes in the cell, in the office's words (for the instructions). */
  spiegazione: string;
  /** Where the path of the schema (`atto.data`) differs from the key. */
  percorso?: string;
}

export const COLONNE: readonly Colonna[] = [
  {
    intestazione: 'Soggetto percettore',
    chiave: 'soggettoPercettore',
    tipo: 'testo',
    obbligatoria: true,
    puoMancare: false,
    spiegazione:
      'Nome e cognome del professionista o denominazione dello studio o della società che riceve il compenso. Non scrivere codice fiscale, indirizzo, telefono o e-mail.',
  },
  {
    intestazione: "Ragione dell'incarico",
    chiave: 'ragione',
    tipo: 'testo',
    obbligatoria: true,
    puoMancare: false,
    spiegazione: "L'oggetto dell'incarico: che cosa deve fare il soggetto e perché.",
  },
  {
    intestazione: "Estremi dell'atto di conferimento",
    chiave: 'estremiAtto',
    tipo: 'testo',
    obbligatoria: true,
    puoMancare: false,
    spiegazione: "Tipo e numero dell'atto, per esempio «Determinazione dirigenziale n. 123».",
    percorso: 'atto.estremi',
  },
  {
    intestazione: "Data dell'atto",
    chiave: 'dataAtto',
    tipo: 'data',
    obbligatoria: true,
    puoMancare: false,
    spiegazione: "Data dell'atto di conferimento.",
    percorso: 'atto.data',
  },
  {
    intestazione: 'Data di inizio',
    chiave: 'dataInizio',
    tipo: 'data',
    obbligatoria: true,
    puoMancare: false,
    spiegazione: "Primo giorno dell'incarico.",
  },
  {
    intestazione: 'Data di fine',
    chiave: 'dataFine',
    tipo: 'data',
    obbligatoria: true,
    puoMancare: false,
    spiegazione: "Ultimo giorno dell'incarico (non prima della data di inizio).",
  },
  {
    intestazione: 'Compenso previsto',
    chiave: 'compensoPrevisto',
    tipo: 'importo',
    obbligatoria: true,
    puoMancare: false,
    spiegazione: 'Compenso pattuito, in euro, senza la parte variabile.',
  },
  {
    intestazione: 'Parte variabile',
    chiave: 'compensoVariabile',
    tipo: 'importo',
    obbligatoria: false,
    puoMancare: false,
    spiegazione:
      'Parte variabile del compenso, in euro (art. 15: va indicata a parte). Vuota se non c’è: vale 0.',
  },
  {
    intestazione: 'Ammontare erogato',
    chiave: 'compensoErogato',
    tipo: 'importo',
    obbligatoria: false,
    puoMancare: false,
    spiegazione:
      'Quanto è stato effettivamente pagato finora, in euro. Vuota finché non c’è stato alcun pagamento.',
  },
  {
    intestazione: 'Curriculum vitae',
    chiave: 'curriculum',
    tipo: 'testo',
    obbligatoria: true,
    puoMancare: false,
    spiegazione:
      'Nome del file PDF del curriculum, messo nella cartella content/incarichi-conferiti/documenti/ (per esempio cv-studio-alfa.pdf), oppure un indirizzo https://. Un curriculum senza dati personali non necessari: niente codice fiscale, indirizzo di casa, telefono o e-mail privata.',
  },
  {
    intestazione: 'Attestazione di assenza di conflitto di interessi',
    chiave: 'attestazioneConflittoInteressi',
    tipo: 'testo',
    obbligatoria: true,
    puoMancare: false,
    spiegazione:
      "Nome del file PDF dell'attestazione dell'avvenuta verifica dell'insussistenza di conflitti di interesse (art. 53 c.14 D.Lgs. 165/2001), o indirizzo https.",
  },
  {
    intestazione: 'Altri incarichi o attività professionali',
    chiave: 'altriIncarichi',
    tipo: 'testo',
    obbligatoria: false,
    puoMancare: false,
    spiegazione:
      'Incarichi o cariche in enti di diritto privato regolati o finanziati dalla pubblica amministrazione, o attività professionali, come dichiarati dal soggetto. Vuota se non ce ne sono.',
  },
  {
    intestazione: 'Settore',
    chiave: 'settore',
    tipo: 'settore',
    obbligatoria: true,
    puoMancare: false,
    spiegazione:
      'Il settore come è scritto nel documento del PEG (per esempio «Politiche Sociali»), cioè il settore della voce del programma degli incarichi su cui grava il compenso.',
  },
  {
    intestazione: 'Scheda del programma',
    chiave: 'scheda',
    tipo: 'scheda',
    obbligatoria: true,
    puoMancare: false,
    spiegazione:
      'Il numero della scheda («Scheda prog. n.») della voce nel programma degli incarichi di quel settore, per esempio 7.',
  },
  {
    intestazione: 'Data di pubblicazione',
    chiave: 'dataPubblicazione',
    tipo: 'data',
    obbligatoria: true,
    puoMancare: false,
    spiegazione:
      'Data in cui l’incarico è pubblicato sul portale (entro tre mesi dal conferimento, art. 15 c.4).',
  },
  {
    intestazione: 'Collegamento al registro nazionale',
    chiave: 'collegamentoRegistro',
    tipo: 'https',
    obbligatoria: false,
    puoMancare: true,
    spiegazione:
      'Facoltativa: l’indirizzo https della scheda dell’incarico nel registro nazionale (PerlaPA, «Consulenti pubblici»). Si aggiunge alla pagina del portale, non la sostituisce.',
  },
];

/** How a heading is compared: case, repeated spaces, accents and typographic apostrophes ignored. */
export function chiaveIntestazione(testo: string): string {
  return testo
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const PER_INTESTAZIONE = new Map(COLONNE.map((c) => [chiaveIntestazione(c.intestazione), c]));

/** The column a heading cell names, or undefined. */
export function colonnaPerIntestazione(testo: string): Colonna | undefined {
  return PER_INTESTAZIONE.get(chiaveIntestazione(testo));
}

/** The column behind a path of the record's schema (`atto.data` → «Data dell'atto»). */
export function colonnaPerPercorso(percorso: string): Colonna | undefined {
  return COLONNE.find((c) => (c.percorso ?? c.chiave) === percorso);
}

/** The formats accepted for a kind of cell, in the office's words. */
export const FORMATI: Record<TipoColonna, string> = {
  testo: 'testo libero.',
  data: 'giorno/mese/anno (15/04/2019 o 15/4/2019), oppure AAAA-MM-GG (2019-04-15), oppure una cella in formato data del foglio di calcolo.',
  importo:
    'in euro, con la virgola per i decimali e il punto (o niente) per le migliaia: 10.000,00 o 10000,00 o 10.000,00€ o € 10.000,00; va bene anche una cella numerica del foglio di calcolo. Al massimo due decimali, mai negativo.',
  settore: 'testo, come stampato nel documento del PEG.',
  scheda: 'un numero intero (7).',
  https: 'un indirizzo che comincia con https://.',
};
