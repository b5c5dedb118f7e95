/**
 * Reading the conferred engagements editors publish (content/incarichi-conferiti/, or
 * `--conferiti` of npm run ingest): every file in the folder is loaded or refused by name, never skipped.
 * A file is `<id>.json` (lowercase), one record, valid against the schema, linking only to
 * http(s) hosts or to files that exist on the site, published no later than today.
 * All the problems of all the files are reported together, one line each: `file: campo: cosa`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { caratteriInvisibili } from '../dominio/caratteri-invisibili.ts';
import { mascherato, trovaDatiPersonali } from '../dominio/dati-personali.ts';
import {
  erroriConferito,
  incaricoConferitoSchema,
  NOME_ALLEGATO,
  TESTI_LIBERI,
  type IncaricoConferito,
} from '../schemas/incarico-conferito.ts';

export interface OpzioniConferiti {
  /** The folder to read. */
  cartella: string;
  /** Where site paths (`/allegati/cv.pdf`) must exist: the folder Astro copies to the site root. */
  allegati: string;
  /** Today, `AAAA-MM-GG`: no record may be published after it. */
  oggi: string;
  /**
   * Names in the folder that are not JSON records and are read by someone else (the office's
   * spreadsheets and the documents folder, src/ingest/conferiti/cartella.ts).
   */
  ignora?: (nome: string, cartella: boolean) => boolean;
}

export class ErroreConferiti extends Error {
  readonly problemi: string[];
  constructor(problemi: string[]) {
    super(
      `${problemi.length === 1 ? 'un incarico conferito rifiutato' : `${problemi.length} problemi negli incarichi conferiti`}:\n${problemi.join('\n')}`,
    );
    this.name = 'ErroreConferiti';
    this.problemi = problemi;
  }
}

const NOME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;
/** Kept by git to keep the empty folder; the only file that is not a record. */
const SEGNAPOSTO = '.gitkeep';

function motivoNome(nome: string): string {
  if (nome.startsWith('.'))
    return 'file nascosto (il nome comincia con "."): rinominarlo <id>.json o toglierlo';
  if (/\.json$/i.test(nome)) {
    if (!/\.json$/.test(nome)) return 'estensione in maiuscolo: rinominarlo con ".json" minuscolo';
    return "nome non valido: il nome del file è l'id del record, solo lettere minuscole, cifre e trattini (es. 2019-politiche-sociali-7-rossi.json)";
  }
  return 'non è un foglio .csv o .xlsx né un record .json: la cartella contiene i fogli degli incarichi (e la sottocartella documenti/ con i PDF)';
}

/**
 * What the schema cannot see in a record: personal data and invisible characters in its free texts
 * (linee guida del Garante privacy del 15 maggio 2014), a publication date after today.
 * One `{ campo, messaggio }` per problem; `campo` is the schema's path (`atto.estremi`).
 */
export function controlliTesti(
  c: IncaricoConferito,
  oggi: string,
): { campo: string; messaggio: string }[] {
  const problemi: { campo: string; messaggio: string }[] = [];
  for (const { campo, salute } of TESTI_LIBERI) {
    const valore = campo === 'atto.estremi' ? c.atto.estremi : c[campo];
    const invisibili = caratteriInvisibili(valore);
    if (invisibili.length)
      problemi.push({
        campo,
        messaggio: `contiene caratteri invisibili (${invisibili.join(', ')}) che possono alterare ciò che il lettore vede: toglierli`,
      });
    for (const d of trovaDatiPersonali(valore, { salute }))
      problemi.push({
        campo,
        messaggio: `contiene un dato personale da non pubblicare (${d.tipo}: ${mascherato(d.valore)}; linee guida del Garante privacy del 15 maggio 2014): toglierlo`,
      });
  }
  if (c.dataPubblicazione > oggi)
    problemi.push({
      campo: 'dataPubblicazione',
      messaggio: `${c.dataPubblicazione} è nel futuro (oggi è ${oggi})`,
    });
  return problemi;
}

export function leggiConferiti(o: OpzioniConferiti): IncaricoConferito[] {
  if (!existsSync(o.cartella) || !statSync(o.cartella).isDirectory())
    throw new ErroreConferiti([
      `${o.cartella}: la cartella degli incarichi conferiti non esiste (o non è una cartella): crearla, o correggere --conferiti`,
    ]);
  const problemi: string[] = [];
  const record: IncaricoConferito[] = [];
  const perId = new Map<string, string>();
  for (const voce of readdirSync(o.cartella, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const file = join(o.cartella, voce.name);
    if (voce.name === SEGNAPOSTO && voce.isFile()) continue;
    if (o.ignora?.(voce.name, voce.isDirectory())) continue;
    if (voce.isDirectory()) {
      problemi.push(
        `${file}: sottocartella non ammessa: spostare i file nella cartella ${o.cartella}`,
      );
      continue;
    }
    if (!voce.isFile()) {
      problemi.push(`${file}: non è un file normale (collegamento simbolico o file speciale)`);
      continue;
    }
    if (!NOME.test(voce.name)) {
      problemi.push(`${file}: ${motivoNome(voce.name)}`);
      continue;
    }
    let json: unknown;
    try {
      const testo = readFileSync(file, 'utf8');
      if (testo.trim() === '') {
        problemi.push(`${file}: il file è vuoto: scriverci il record o toglierlo`);
        continue;
      }
      json = JSON.parse(testo);
    } catch (e) {
      problemi.push(`${file}: JSON non valido (${(e as Error).message})`);
      continue;
    }
    if (
      json &&
      typeof json === 'object' &&
      !Array.isArray(json) &&
      Object.keys(json).length === 0
    ) {
      problemi.push(
        `${file}: record vuoto ({}): mancano tutti i campi (vedi il modello in README, «Incarichi conferiti»)`,
      );
      continue;
    }
    const r = incaricoConferitoSchema.safeParse(json);
    if (!r.success) {
      for (const p of erroriConferito(r)) problemi.push(`${file}: ${p}`);
      continue;
    }
    const c = r.data;
    const errori: string[] = [];
    const atteso = voce.name.replace(/\.json$/, '');
    if (c.id !== atteso)
      errori.push(
        `campo id: "${c.id}" diverso dal nome del file: il file va chiamato ${c.id}.json`,
      );
    const doppio = perId.get(c.id);
    if (doppio) errori.push(`campo id: "${c.id}" è già usato da ${doppio}`);
    for (const p of controlliTesti(c, o.oggi)) errori.push(`campo ${p.campo}: ${p.messaggio}`);
    for (const [campo, url] of [
      ['atto.url', c.atto.url],
      ['curriculum', c.curriculum],
      ['attestazioneConflittoInteressi', c.attestazioneConflittoInteressi],
    ] as const) {
      if (url && NOME_ALLEGATO.test(url)) {
        errori.push(
          `campo ${campo}: "${url}" è solo un nome di file: scrivere il percorso del sito (es. /allegati/${url}) o un indirizzo https://`,
        );
        continue;
      }
      if (!url || !url.startsWith('/')) continue;
      const percorso = safeDecode(url.split(/[?#]/)[0]!);
      const sul = percorso && join(o.allegati, percorso);
      if (!sul || !existsSync(sul) || !statSync(sul).isFile())
        errori.push(
          `campo ${campo}: il file del sito ${url} non esiste (atteso in ${join(o.allegati, percorso ?? url)}): aggiungerlo o correggere il collegamento`,
        );
    }
    if (errori.length) {
      for (const e of errori) problemi.push(`${file}: ${e}`);
      continue;
    }
    perId.set(c.id, file);
    record.push(c);
  }
  if (problemi.length) throw new ErroreConferiti(problemi);
  return record;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
