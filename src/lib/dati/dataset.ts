// Every downloadable dataset, declared once: for each column its name, kind, description, zod schema
// and the accessor that reads it from a record. The CSV header and rows, the JSON rows, the JSON
// Schema and the field tables on /dati/ are all derived from these declarations.
import { z } from 'astro/zod';
import type { Portale } from '../../dominio/serie.ts';
import { gruppo, perIdentificativo, trova } from '../../dominio/indici.ts';
import { totaliSettore } from '../../dominio/programma.ts';
import {
  importoSchema,
  incaricoConferitoSchema,
  incaricoSchema,
  indicatoreSchema,
  obiettivoSchema,
  settoreSchema,
  slugSchema,
  type Fonte,
  type Incarico,
  type IncaricoConferito,
  type Indicatore,
  type Obiettivo,
  type Settore,
} from '../../schemas/index.ts';
import { url } from '../url.ts';
import type { FormatoNumero, Valore } from './csv.ts';

/** The parts of the portal the datasets are drawn from. */
export type DatiPortale = Pick<
  Portale,
  'obiettivi' | 'incarichi' | 'conferiti' | 'settori' | 'persone' | 'aree' | 'linee' | 'edizione'
>;

/** Turns a site path (`/obiettivi/c59-0008/`) into an absolute URL on the portal's `site`. */
export type Assoluto = (percorso: string) => string;

export type Riga = Record<string, Valore>;

export const assolutoSu =
  (site: URL | string): Assoluto =>
  (percorso) =>
    new URL(percorso, site).href;

/** What an accessor may read besides its record: the whole portal and the absolute-URL maker. */
export interface Contesto {
  d: DatiPortale;
  assoluto: Assoluto;
}

/** Kind of a field, as the /dati/ page names it and as the CSV writes it. */
export type TipoCampo =
  'testo' | 'identificativo' | 'intero' | 'numero' | 'importo' | 'booleano' | 'data' | 'url';

/** One column of a dataset. */
export interface Campo<R = never> {
  /** Column name in the CSV and key in the JSON. */
  nome: string;
  tipo: TipoCampo;
  /** May the value be empty (`null` in JSON, empty cell in CSV)? */
  facoltativo: boolean;
  /** What the field holds, in Italian, for the /dati/ page and the JSON Schema. */
  descrizione: string;
  /** The zod schema of the value, taken from the entity schemas where the field comes from one. */
  schema: z.ZodType;
  /** The value of the column for one record. */
  valore: (r: R, c: Contesto) => Valore;
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

interface OpzioniCampo {
  /** Zod schema of the value; by default the kind's. */
  schema?: z.ZodType;
  facoltativo?: boolean;
}

function campo<R>(
  nome: string,
  tipo: TipoCampo,
  descrizione: string,
  valore: (r: R, c: Contesto) => Valore,
  { schema, facoltativo = false }: OpzioniCampo = {},
): Campo<R> {
  const s = schema ?? base[tipo]();
  return {
    nome,
    tipo,
    facoltativo,
    descrizione,
    schema: (facoltativo ? s.nullable() : s).describe(descrizione),
    valore,
  };
}

const nomeDi = (xs: { id: string; nome: string }[], id: string, cosa: string) =>
  trova(xs, id, cosa).nome;

/** Provenance and page link shared by the datasets drawn from the source document. */
function provenienza<R>(
  descrizionePagina: string,
  fonte: (r: R) => Fonte,
  pagina: (r: R) => string,
): Campo<R>[] {
  return [
    campo(
      'righeFonte',
      'testo',
      'Numeri delle righe del documento sorgente da cui è tratto il record, separati da spazio.',
      (r) => fonte(r).righe.join(' '),
      { schema: z.string().regex(/^\d+( \d+)*$/) },
    ),
    campo(
      'urlFonte',
      'url',
      'Indirizzo della prima di quelle righe nel testo dell’edizione pubblicato su questo portale.',
      (r, c) => c.assoluto(url.rigaFonte(fonte(r).righe[0]!, c.d.edizione.id)),
    ),
    campo(
      'url',
      'url',
      `Indirizzo della pagina del portale dedicata ${descrizionePagina}.`,
      (r, c) => c.assoluto(pagina(r)),
    ),
  ];
}

/** A dataset: which records make its rows, and its columns. */
interface Dataset<R> {
  righe: (d: DatiPortale) => R[];
  campi: Campo<R>[];
}

const ob = obiettivoSchema.shape;
const ind = indicatoreSchema.shape;
const inc = incaricoSchema.shape;
const conf = incaricoConferitoSchema.shape;
const set = settoreSchema.shape;

const obiettivi: Dataset<Obiettivo> = {
  righe: (d) => d.obiettivi,
  campi: [
    campo(
      'codice',
      'testo',
      'Codice obiettivo come stampato nel documento (es. C59_0008).',
      (o) => o.codice,
      { schema: ob.codice },
    ),
    campo('titolo', 'testo', "Titolo dell'obiettivo.", (o) => o.titolo, { schema: ob.titolo }),
    campo(
      'definizione',
      'testo',
      "Definizione dell'obiettivo; vuota dove il documento non la riporta.",
      (o) => o.definizione,
      { schema: ob.definizione },
    ),
    campo(
      'lineaStrategica',
      'identificativo',
      'Identificativo della linea strategica del DUP sotto cui è elencato.',
      (o) => o.linea,
      { schema: ob.linea },
    ),
    campo('lineaStrategicaNome', 'testo', 'Nome della linea strategica.', (o, c) =>
      nomeDi(c.d.linee, o.linea, 'linea strategica'),
    ),
    campo('settore', 'identificativo', 'Identificativo del settore.', (o) => o.settore, {
      schema: ob.settore,
    }),
    campo('settoreNome', 'testo', 'Nome del settore (dicitura normalizzata).', (o, c) =>
      nomeDi(c.d.settori, o.settore, 'settore'),
    ),
    campo(
      'settoreDicitura',
      'testo',
      'Settore esattamente come stampato sulla prima riga dell’obiettivo.',
      (o) => o.dicitura.settore,
    ),
    campo(
      'responsabile',
      'identificativo',
      'Identificativo del responsabile (dirigente).',
      (o) => o.responsabile,
      { schema: ob.responsabile },
    ),
    campo('responsabileNome', 'testo', 'Nome e cognome del responsabile.', (o, c) =>
      nomeDi(c.d.persone, o.responsabile, 'persona'),
    ),
    campo(
      'responsabileDicitura',
      'testo',
      'Responsabile esattamente come stampato sulla prima riga dell’obiettivo.',
      (o) => o.dicitura.responsabile,
    ),
    campo(
      'numeroIndicatori',
      'intero',
      "Numero degli indicatori dell'obiettivo.",
      (o) => o.indicatori.length,
    ),
    campo(
      'pesoTotale',
      'numero',
      'Somma dei pesi degli indicatori (dovrebbe essere 100).',
      (o) => o.pesoTotale,
      { schema: ob.pesoTotale },
    ),
    ...provenienza<Obiettivo>(
      "all'obiettivo",
      (o) => o.fonte,
      (o) => url.obiettivo(o.id),
    ),
  ],
};

/** One row per objective–indicator pair. */
interface Uso {
  o: Obiettivo;
  i: Indicatore;
}

const indicatori: Dataset<Uso> = {
  righe: (d) => d.obiettivi.flatMap((o) => o.indicatori.map((i) => ({ o, i }))),
  campi: [
    campo(
      'obiettivo',
      'testo',
      "Codice dell'obiettivo che usa l'indicatore (es. C59_0008).",
      (u) => u.o.codice,
      { schema: ob.codice },
    ),
    campo('obiettivoTitolo', 'testo', "Titolo dell'obiettivo.", (u) => u.o.titolo, {
      schema: ob.titolo,
    }),
    campo(
      'codice',
      'testo',
      'Codice indicatore come stampato (es. 1495); lo stesso codice può servire più obiettivi.',
      (u) => u.i.codice,
      { schema: ind.codice },
    ),
    campo('titolo', 'testo', "Titolo dell'indicatore.", (u) => u.i.titolo, {
      schema: ind.titolo,
    }),
    campo('formula', 'testo', 'Formula di calcolo, come stampata.', (u) => u.i.formula, {
      schema: ind.formula,
    }),
    campo('finalita', 'testo', "Finalità dell'indicatore.", (u) => u.i.finalita, {
      schema: ind.finalita,
    }),
    campo(
      'target',
      'testo',
      'Target atteso esattamente come stampato (es. 3.243.614, 1 = fatto).',
      (u) => u.i.target,
      { schema: ind.target },
    ),
    campo(
      'targetValore',
      'numero',
      'Il target come numero, quando lo è (formato italiano convertito); vuoto altrimenti.',
      (u) => u.i.targetValore,
      { schema: z.number(), facoltativo: true },
    ),
    campo('peso', 'numero', "Peso dell'indicatore nell'obiettivo.", (u) => u.i.peso, {
      schema: ind.peso,
    }),
    campo(
      'settore',
      'identificativo',
      "Identificativo del settore dell'obiettivo.",
      (u) => u.o.settore,
      { schema: ob.settore },
    ),
    campo(
      'responsabile',
      'identificativo',
      "Identificativo del responsabile dell'obiettivo.",
      (u) => u.o.responsabile,
      { schema: ob.responsabile },
    ),
    campo(
      'urlIndicatore',
      'url',
      'Indirizzo della pagina del codice indicatore, con tutti gli obiettivi che lo usano.',
      (u, c) => c.assoluto(url.indicatore(u.i.codice)),
    ),
    ...provenienza<Uso>(
      "all'obiettivo, alla riga dell'indicatore",
      (u) => u.i.fonte,
      (u) => url.indicatoreNellObiettivo(u.o.id, u.i.codice),
    ),
  ],
};

const incarichi: Dataset<Incarico> = {
  righe: (d) => d.incarichi,
  campi: [
    campo(
      'id',
      'identificativo',
      'Identificativo della voce: anno, settore e numero di scheda.',
      (i) => i.id,
      { schema: inc.id },
    ),
    campo('anno', 'intero', 'Anno di bilancio del programma.', (i) => i.anno, {
      schema: inc.anno,
    }),
    campo(
      'area',
      'identificativo',
      "Identificativo dell'area sotto cui è elencato il settore.",
      (i) => i.area,
      { schema: inc.area },
    ),
    campo('areaNome', 'testo', "Nome dell'area.", (i, c) => nomeDi(c.d.aree, i.area, 'area')),
    campo('settore', 'identificativo', 'Identificativo del settore.', (i) => i.settore, {
      schema: inc.settore,
    }),
    campo('settoreNome', 'testo', 'Nome del settore.', (i, c) =>
      nomeDi(c.d.settori, i.settore, 'settore'),
    ),
    campo(
      'scheda',
      'intero',
      'Numero della scheda (scheda prog. n.) nella tabella del settore.',
      (i) => i.scheda,
      { schema: inc.scheda },
    ),
    campo(
      'dirigente',
      'identificativo',
      'Identificativo del dirigente responsabile di procedura.',
      (i) => i.dirigente,
      { schema: inc.dirigente },
    ),
    campo('dirigenteNome', 'testo', 'Nome e cognome del dirigente.', (i, c) =>
      nomeDi(c.d.persone, i.dirigente, 'persona'),
    ),
    campo(
      'dirigenteDicitura',
      'testo',
      'Dirigente esattamente come stampato nella riga.',
      (i) => i.dicitura.dirigente,
    ),
    campo('ragione', 'testo', "Attività/progetto: la ragione dell'incarico.", (i) => i.ragione, {
      schema: inc.ragione,
    }),
    campo('tipologia', 'testo', 'Tipologia di incarico (es. professionale).', (i) => i.tipologia, {
      schema: inc.tipologia,
    }),
    campo(
      'tipologiaSpesa',
      'testo',
      'Tipologia di spesa: corrente, vincolata o mista (importo diviso tra le due).',
      (i) => i.tipologiaSpesa,
      { schema: inc.tipologiaSpesa },
    ),
    campo(
      'importoCorrente',
      'importo',
      'Parte dell’importo sul bilancio corrente/straordinario, in euro.',
      (i) => i.importoCorrente,
      { schema: inc.importoCorrente },
    ),
    campo(
      'importoVincolato',
      'importo',
      'Parte dell’importo su fondi vincolati, in euro.',
      (i) => i.importoVincolato,
      { schema: inc.importoVincolato },
    ),
    campo(
      'importo',
      'importo',
      'Importo massimo autorizzato (tetto di spesa), in euro.',
      (i) => i.importo,
      { schema: inc.importo },
    ),
    campo(
      'capitoloPeg',
      'testo',
      'Capitolo PEG come stampato (testo libero).',
      (i) => i.capitoloPeg,
      { schema: inc.capitoloPeg },
    ),
    ...provenienza<Incarico>(
      'alla voce del programma',
      (i) => i.fonte,
      (i) => url.incarico(i),
    ),
  ],
};

/** A conferred engagement with the programme line it draws on. */
interface Conferito {
  c: IncaricoConferito;
  voce: Incarico;
}

const conferiti: Dataset<Conferito> = {
  righe: (d) =>
    d.conferiti.map((c) => {
      const voce = perIdentificativo(d.incarichi, c.incarico);
      if (!voce)
        throw new Error(
          `incarico conferito "${c.id}": voce di programma "${c.incarico}" non trovata`,
        );
      return { c, voce };
    }),
  campi: [
    campo('id', 'identificativo', "Identificativo dell'incarico conferito.", (r) => r.c.id, {
      schema: conf.id,
    }),
    campo(
      'incarico',
      'identificativo',
      'Identificativo della voce del programma su cui grava.',
      (r) => r.c.incarico,
      { schema: conf.incarico },
    ),
    campo(
      'settore',
      'identificativo',
      'Identificativo del settore della voce del programma.',
      (r) => r.voce.settore,
      { schema: inc.settore },
    ),
    campo(
      'soggettoPercettore',
      'testo',
      'Soggetto percettore (art. 15 D.Lgs. 33/2013).',
      (r) => r.c.soggettoPercettore,
      { schema: conf.soggettoPercettore },
    ),
    campo('ragione', 'testo', "Ragione dell'incarico (oggetto).", (r) => r.c.ragione, {
      schema: conf.ragione,
    }),
    campo('attoEstremi', 'testo', 'Estremi dell’atto di conferimento.', (r) => r.c.atto.estremi, {
      schema: z.string().min(1),
    }),
    campo('attoData', 'data', 'Data dell’atto di conferimento (AAAA-MM-GG).', (r) => r.c.atto.data),
    campo(
      'attoUrl',
      'url',
      'Indirizzo dell’atto pubblicato; vuoto se non indicato.',
      (r, c) => (r.c.atto.url === undefined ? null : c.assoluto(r.c.atto.url)),
      { schema: z.url(), facoltativo: true },
    ),
    campo('dataInizio', 'data', "Primo giorno dell'incarico (AAAA-MM-GG).", (r) => r.c.dataInizio, {
      schema: conf.dataInizio,
    }),
    campo('dataFine', 'data', "Ultimo giorno dell'incarico (AAAA-MM-GG).", (r) => r.c.dataFine, {
      schema: conf.dataFine,
    }),
    campo(
      'compensoPrevisto',
      'importo',
      'Compenso previsto, in euro.',
      (r) => r.c.compensoPrevisto,
      { schema: conf.compensoPrevisto },
    ),
    campo(
      'compensoVariabile',
      'importo',
      'Parte variabile del compenso, in euro (0 se assente).',
      (r) => r.c.compensoVariabile,
      { schema: importoSchema },
    ),
    campo(
      'compensoErogato',
      'importo',
      'Ammontare erogato, in euro; vuoto fino al primo pagamento.',
      (r) => r.c.compensoErogato,
      { schema: importoSchema, facoltativo: true },
    ),
    campo('curriculum', 'url', 'Indirizzo del curriculum vitae.', (r, c) =>
      c.assoluto(r.c.curriculum),
    ),
    campo(
      'attestazioneConflittoInteressi',
      'url',
      "Indirizzo dell'attestazione di assenza di conflitto di interessi (art. 53 c.14 D.Lgs. 165/2001).",
      (r, c) => c.assoluto(r.c.attestazioneConflittoInteressi),
    ),
    campo(
      'altriIncarichi',
      'testo',
      'Altri incarichi o attività professionali dichiarati.',
      (r) => r.c.altriIncarichi,
      { schema: z.string() },
    ),
    campo(
      'dataPubblicazione',
      'data',
      'Data di pubblicazione sul portale (AAAA-MM-GG).',
      (r) => r.c.dataPubblicazione,
      { schema: conf.dataPubblicazione },
    ),
    campo(
      'collegamentoRegistro',
      'url',
      'Indirizzo https della scheda dell’incarico nel registro nazionale (Consulenti pubblici); vuoto se non indicato.',
      (r) => r.c.collegamentoRegistro,
      { schema: z.url(), facoltativo: true },
    ),
    campo(
      'url',
      'url',
      'Indirizzo della pagina del portale dedicata alla voce del programma su cui grava l’incarico.',
      (r, c) => c.assoluto(url.incarico(r.voce)),
    ),
  ],
};

const settori: Dataset<Settore> = {
  righe: (d) => d.settori,
  campi: [
    campo('id', 'identificativo', 'Identificativo del settore.', (s) => s.id, { schema: set.id }),
    campo('nome', 'testo', 'Nome del settore (dicitura normalizzata).', (s) => s.nome, {
      schema: set.nome,
    }),
    campo(
      'diciture',
      'testo',
      'Tutti i modi in cui il documento scrive il settore, separati da " | ".',
      (s) => s.diciture.join(' | '),
    ),
    campo(
      'area',
      'identificativo',
      "Identificativo dell'area; vuoto se il documento non la indica.",
      (s) => s.area,
      { schema: slugSchema, facoltativo: true },
    ),
    campo(
      'areaNome',
      'testo',
      "Nome dell'area; vuoto se il documento non la indica.",
      (s, c) => (s.area === null ? null : nomeDi(c.d.aree, s.area, 'area')),
      { schema: z.string(), facoltativo: true },
    ),
    campo(
      'responsabile',
      'identificativo',
      'Identificativo del responsabile del settore.',
      (s) => s.responsabile,
      { schema: set.responsabile },
    ),
    campo('responsabileNome', 'testo', 'Nome e cognome del responsabile.', (s, c) =>
      nomeDi(c.d.persone, s.responsabile, 'persona'),
    ),
    campo(
      'adInterim',
      'booleano',
      'true se il responsabile ricopre l’incarico ad interim.',
      (s) => s.adInterim,
      { schema: set.adInterim },
    ),
    campo(
      'numeroObiettivi',
      'intero',
      'Numero degli obiettivi di performance del settore.',
      (s, c) => gruppo(c.d.obiettivi, 'settore', s.id).length,
    ),
    campo(
      'numeroIncarichi',
      'intero',
      'Numero delle voci del programma degli incarichi del settore.',
      (s, c) => totaliSettore(c.d.incarichi, s.id).totali.numero,
    ),
    campo(
      'importoIncarichi',
      'importo',
      'Somma degli importi delle voci del programma del settore, in euro.',
      (s, c) => totaliSettore(c.d.incarichi, s.id).totali.importo,
    ),
    ...provenienza<Settore>(
      'al settore',
      (s) => s.fonte,
      (s) => url.settore(s.id),
    ),
  ],
};

const DATASET = {
  obiettivi,
  indicatori,
  incarichi,
  'incarichi-conferiti': conferiti,
  settori,
};

export type IdDataset = keyof typeof DATASET;
export const ID_DATASET = Object.keys(DATASET) as IdDataset[];

/** The columns of every dataset, for the /dati/ field tables and the catalogue. */
export const campi = Object.fromEntries(
  ID_DATASET.map((id): [IdDataset, readonly Campo[]] => [id, DATASET[id].campi]),
) as Record<IdDataset, readonly Campo[]>;

/** The rows of one dataset, in the query module's order, keys in column order. */
export function righeDataset(id: IdDataset, d: DatiPortale, assoluto: Assoluto): Riga[] {
  const { righe, campi: colonne } = DATASET[id] as unknown as Dataset<unknown>;
  const c: Contesto = { d, assoluto };
  return righe(d).map((r) => Object.fromEntries(colonne.map((k) => [k.nome, k.valore(r, c)])));
}

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
