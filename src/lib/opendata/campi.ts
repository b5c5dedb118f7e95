// The fields of every downloadable dataset, kept by hand: CSV header, JSON keys, JSON Schema and the /dati/ tables come from here.
import { z } from 'astro/zod';
import {
  importoSchema,
  incaricoConferitoSchema,
  incaricoSchema,
  indicatoreSchema,
  obiettivoSchema,
  settoreSchema,
  slugSchema,
} from '../../schemas/index.ts';
import type { FormatoNumero } from './csv.ts';

/** Kind of a field, as the /dati/ page names it and as the CSV writes it. */
export type TipoCampo =
  'testo' | 'identificativo' | 'intero' | 'numero' | 'importo' | 'booleano' | 'data' | 'url';

export interface Campo {
  /** Column name in the CSV and key in the JSON. */
  nome: string;
  tipo: TipoCampo;
  /** May the value be empty (`null` in JSON, empty cell in CSV)? */
  facoltativo: boolean;
  /** What the field holds, in Italian, for the /dati/ page and the JSON Schema. */
  descrizione: string;
  /** The zod schema of the value, taken from the entity schemas where the field comes from one. */
  schema: z.ZodType;
}

const base: Record<TipoCampo, () => z.ZodType> = {
  testo: () => z.string(),
  identificativo: () => slugSchema,
  intero: () => z.number().int(),
  numero: () => z.number(),
  importo: () => importoSchema,
  booleano: () => z.boolean(),
  data: () => z.iso.date(),
  url: () => z.url(),
};

function campo(
  nome: string,
  tipo: TipoCampo,
  descrizione: string,
  schema?: z.ZodType,
  facoltativo = false,
): Campo {
  const s = schema ?? base[tipo]();
  return {
    nome,
    tipo,
    facoltativo,
    descrizione,
    schema: (facoltativo ? s.nullable() : s).describe(descrizione),
  };
}

/** Provenance and page links shared by the datasets drawn from the source document. */
const provenienza = (pagina: string): Campo[] => [
  campo(
    'righeFonte',
    'testo',
    'Numeri delle righe del documento sorgente da cui è tratto il record, separati da spazio.',
    z.string().regex(/^\d+( \d+)*$/),
  ),
  campo(
    'urlFonte',
    'url',
    'Indirizzo della prima di quelle righe nel documento sorgente pubblicato su questo portale.',
  ),
  campo('url', 'url', `Indirizzo della pagina del portale dedicata ${pagina}.`),
];

const ob = obiettivoSchema.shape;
const ind = indicatoreSchema.shape;
const inc = incaricoSchema.shape;
const conf = incaricoConferitoSchema.shape;
const set = settoreSchema.shape;

export const campi = {
  obiettivi: [
    campo(
      'codice',
      'testo',
      'Codice obiettivo come stampato nel documento (es. C59_0008).',
      ob.codice,
    ),
    campo('titolo', 'testo', "Titolo dell'obiettivo.", ob.titolo),
    campo(
      'definizione',
      'testo',
      "Definizione dell'obiettivo; vuota dove il documento non la riporta.",
      ob.definizione,
    ),
    campo(
      'lineaStrategica',
      'identificativo',
      'Identificativo della linea strategica del DUP sotto cui è elencato.',
      ob.linea,
    ),
    campo('lineaStrategicaNome', 'testo', 'Nome della linea strategica.'),
    campo('settore', 'identificativo', 'Identificativo del settore.', ob.settore),
    campo('settoreNome', 'testo', 'Nome del settore (dicitura normalizzata).'),
    campo(
      'settoreDicitura',
      'testo',
      'Settore esattamente come stampato sulla prima riga dell’obiettivo.',
    ),
    campo(
      'responsabile',
      'identificativo',
      'Identificativo del responsabile (dirigente).',
      ob.responsabile,
    ),
    campo('responsabileNome', 'testo', 'Nome e cognome del responsabile.'),
    campo(
      'responsabileDicitura',
      'testo',
      'Responsabile esattamente come stampato sulla prima riga dell’obiettivo.',
    ),
    campo('numeroIndicatori', 'intero', "Numero degli indicatori dell'obiettivo."),
    campo(
      'pesoTotale',
      'numero',
      'Somma dei pesi degli indicatori (dovrebbe essere 100).',
      ob.pesoTotale,
    ),
    ...provenienza("all'obiettivo"),
  ],
  indicatori: [
    campo(
      'obiettivo',
      'testo',
      "Codice dell'obiettivo che usa l'indicatore (es. C59_0008).",
      ob.codice,
    ),
    campo('obiettivoTitolo', 'testo', "Titolo dell'obiettivo.", ob.titolo),
    campo(
      'codice',
      'testo',
      'Codice indicatore come stampato (es. 1495); lo stesso codice può servire più obiettivi.',
      ind.codice,
    ),
    campo('titolo', 'testo', "Titolo dell'indicatore.", ind.titolo),
    campo('formula', 'testo', 'Formula di calcolo, come stampata.', ind.formula),
    campo('finalita', 'testo', "Finalità dell'indicatore.", ind.finalita),
    campo(
      'target',
      'testo',
      'Target atteso esattamente come stampato (es. 3.243.614, 1 = fatto).',
      ind.target,
    ),
    campo(
      'targetValore',
      'numero',
      'Il target come numero, quando lo è (formato italiano convertito); vuoto altrimenti.',
      z.number(),
      true,
    ),
    campo('peso', 'numero', "Peso dell'indicatore nell'obiettivo.", ind.peso),
    campo('settore', 'identificativo', "Identificativo del settore dell'obiettivo.", ob.settore),
    campo(
      'responsabile',
      'identificativo',
      "Identificativo del responsabile dell'obiettivo.",
      ob.responsabile,
    ),
    campo(
      'urlIndicatore',
      'url',
      'Indirizzo della pagina del codice indicatore, con tutti gli obiettivi che lo usano.',
    ),
    ...provenienza("all'obiettivo, alla riga dell'indicatore"),
  ],
  incarichi: [
    campo(
      'id',
      'identificativo',
      'Identificativo della voce: anno, settore e numero di scheda.',
      inc.id,
    ),
    campo('anno', 'intero', 'Anno di bilancio del programma.', inc.anno),
    campo(
      'area',
      'identificativo',
      "Identificativo dell'area sotto cui è elencato il settore.",
      inc.area,
    ),
    campo('areaNome', 'testo', "Nome dell'area."),
    campo('settore', 'identificativo', 'Identificativo del settore.', inc.settore),
    campo('settoreNome', 'testo', 'Nome del settore.'),
    campo(
      'scheda',
      'intero',
      'Numero della scheda (scheda prog. n.) nella tabella del settore.',
      inc.scheda,
    ),
    campo(
      'dirigente',
      'identificativo',
      'Identificativo del dirigente responsabile di procedura.',
      inc.dirigente,
    ),
    campo('dirigenteNome', 'testo', 'Nome e cognome del dirigente.'),
    campo('dirigenteDicitura', 'testo', 'Dirigente esattamente come stampato nella riga.'),
    campo('ragione', 'testo', "Attività/progetto: la ragione dell'incarico.", inc.ragione),
    campo('tipologia', 'testo', 'Tipologia di incarico (es. professionale).', inc.tipologia),
    campo(
      'tipologiaSpesa',
      'testo',
      'Tipologia di spesa: corrente, vincolata o mista (importo diviso tra le due).',
      inc.tipologiaSpesa,
    ),
    campo(
      'importoCorrente',
      'importo',
      'Parte dell’importo sul bilancio corrente/straordinario, in euro.',
      inc.importoCorrente,
    ),
    campo(
      'importoVincolato',
      'importo',
      'Parte dell’importo su fondi vincolati, in euro.',
      inc.importoVincolato,
    ),
    campo(
      'importo',
      'importo',
      'Importo massimo autorizzato (tetto di spesa), in euro.',
      inc.importo,
    ),
    campo('capitoloPeg', 'testo', 'Capitolo PEG come stampato (testo libero).', inc.capitoloPeg),
    ...provenienza('alla voce del programma'),
  ],
  'incarichi-conferiti': [
    campo('id', 'identificativo', "Identificativo dell'incarico conferito.", conf.id),
    campo(
      'incarico',
      'identificativo',
      'Identificativo della voce del programma su cui grava.',
      conf.incarico,
    ),
    campo(
      'settore',
      'identificativo',
      'Identificativo del settore della voce del programma.',
      inc.settore,
    ),
    campo(
      'soggettoPercettore',
      'testo',
      'Soggetto percettore (art. 15 D.Lgs. 33/2013).',
      conf.soggettoPercettore,
    ),
    campo('ragione', 'testo', "Ragione dell'incarico (oggetto).", conf.ragione),
    campo('attoEstremi', 'testo', 'Estremi dell’atto di conferimento.', z.string().min(1)),
    campo('attoData', 'data', 'Data dell’atto di conferimento (AAAA-MM-GG).'),
    campo(
      'attoUrl',
      'url',
      'Indirizzo dell’atto pubblicato; vuoto se non indicato.',
      z.url(),
      true,
    ),
    campo('dataInizio', 'data', "Primo giorno dell'incarico (AAAA-MM-GG).", conf.dataInizio),
    campo('dataFine', 'data', "Ultimo giorno dell'incarico (AAAA-MM-GG).", conf.dataFine),
    campo('compensoPrevisto', 'importo', 'Compenso previsto, in euro.', conf.compensoPrevisto),
    campo(
      'compensoVariabile',
      'importo',
      'Parte variabile del compenso, in euro (0 se assente).',
      importoSchema,
    ),
    campo(
      'compensoErogato',
      'importo',
      'Ammontare erogato, in euro; vuoto fino al primo pagamento.',
      importoSchema,
      true,
    ),
    campo('curriculum', 'url', 'Indirizzo del curriculum vitae.'),
    campo(
      'attestazioneConflittoInteressi',
      'url',
      "Indirizzo dell'attestazione di assenza di conflitto di interessi (art. 53 c.14 D.Lgs. 165/2001).",
    ),
    campo(
      'altriIncarichi',
      'testo',
      'Altri incarichi o attività professionali dichiarati.',
      z.string(),
    ),
    campo(
      'dataPubblicazione',
      'data',
      'Data di pubblicazione sul portale (AAAA-MM-GG).',
      conf.dataPubblicazione,
    ),
    campo(
      'url',
      'url',
      'Indirizzo della pagina del portale dedicata alla voce del programma su cui grava l’incarico.',
    ),
  ],
  settori: [
    campo('id', 'identificativo', 'Identificativo del settore.', set.id),
    campo('nome', 'testo', 'Nome del settore (dicitura normalizzata).', set.nome),
    campo(
      'diciture',
      'testo',
      'Tutti i modi in cui il documento scrive il settore, separati da " | ".',
    ),
    campo(
      'area',
      'identificativo',
      "Identificativo dell'area; vuoto se il documento non la indica.",
      slugSchema,
      true,
    ),
    campo(
      'areaNome',
      'testo',
      "Nome dell'area; vuoto se il documento non la indica.",
      z.string(),
      true,
    ),
    campo(
      'responsabile',
      'identificativo',
      'Identificativo del responsabile del settore.',
      set.responsabile,
    ),
    campo('responsabileNome', 'testo', 'Nome e cognome del responsabile.'),
    campo(
      'adInterim',
      'booleano',
      'true se il responsabile ricopre l’incarico ad interim.',
      set.adInterim,
    ),
    campo('numeroObiettivi', 'intero', 'Numero degli obiettivi di performance del settore.'),
    campo(
      'numeroIncarichi',
      'intero',
      'Numero delle voci del programma degli incarichi del settore.',
    ),
    campo(
      'importoIncarichi',
      'importo',
      'Somma degli importi delle voci del programma del settore, in euro.',
    ),
    ...provenienza('al settore'),
  ],
} satisfies Record<string, Campo[]>;

export type IdDataset = keyof typeof campi;
export const ID_DATASET = Object.keys(campi) as IdDataset[];

/** The CSV columns of a dataset, amounts marked so that they are written with two decimals. */
export function colonneCsv(id: IdDataset): { nome: string; formato: FormatoNumero }[] {
  return campi[id].map((c) => ({
    nome: c.nome,
    formato: c.tipo === 'importo' ? 'importo' : 'numero',
  }));
}

/** Zod schema of one row of the dataset (the JSON download is an array of these). */
export function schemaRiga(id: IdDataset) {
  return z.strictObject(Object.fromEntries(campi[id].map((c) => [c.nome, c.schema])));
}

/** JSON Schema of the JSON download, generated from the zod schemas (never hand-written). */
export function jsonSchema(id: IdDataset, titolo: string, idSchema: string) {
  // `$id` added here: zod's own `meta({ id })` would move the schema into `$defs`.
  const schema = z.toJSONSchema(z.array(schemaRiga(id)).meta({ title: titolo }));
  return { $schema: schema.$schema, $id: idSchema, ...schema };
}
