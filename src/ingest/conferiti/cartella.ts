/**
 * The folder of conferred engagements (content/incarichi-conferiti/), read whole for
 * `npm run ingest`: every spreadsheet (.csv, .xlsx), every legacy JSON record (<id>.json) and the
 * documents folder (documenti/, the CV and attestation PDFs). Every problem of every file is
 * collected, each naming file, row and column (or the programme line and the amounts), and nothing
 * is returned when there is one: the ingest then writes nothing.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { superamentiNelTempo, tettiDi } from '../../dominio/programma.ts';
import { NOME_ALLEGATO, type IncaricoConferito } from '../../schemas/incarico-conferito.ts';
import { controlliTesti, ErroreConferiti, leggiConferiti } from '../conferiti.ts';
import { IngestError } from '../errore.ts';
import { colonnaPerPercorso } from './colonne.ts';
import { descriviErrore, FoglioNonValido, type ErroreFoglio } from './errori.ts';
import { ESTENSIONI_FOGLIO, leggiFoglio } from './index.ts';
import { descriviTetto, type ContestoConferiti } from './righe.ts';

/** The subfolder that holds the CV and attestation PDFs. */
export const CARTELLA_DOCUMENTI = 'documenti';

export interface OpzioniCartella {
  /** The folder to read (content/incarichi-conferiti). */
  cartella: string;
  /** The programme and the registry the rows are checked against. */
  contesto: Omit<ContestoConferiti, 'documenti'>;
  /** Where the site paths of legacy JSON records must exist (public/). */
  allegati: string;
  /** Today (AAAA-MM-GG): nothing may be published after it. */
  oggi: string;
}

export interface CartellaConferiti {
  /** Every engagement, sorted by id. */
  conferiti: IncaricoConferito[];
  /** The files read, in order, with how many engagements each gave. */
  file: { file: string; incarichi: number }[];
  /** The documents of documenti/ the records link to. */
  documenti: string[];
}

/** Every problem of the folder, one per line; an IngestError so the CLI reports it as `errore: …`. */
export class CartellaConferitiNonValida extends IngestError {
  readonly problemi: readonly string[];
  constructor(cartella: string, problemi: readonly string[]) {
    super(cartella, 1, problemi[0] ?? 'cartella non valida');
    this.name = 'CartellaConferitiNonValida';
    this.problemi = problemi;
    this.message = `${problemi.length === 1 ? 'un problema' : `${problemi.length} problemi`} negli incarichi conferiti (${cartella}); nulla è stato scritto:\n${problemi.join('\n')}`;
  }
}

const PDF = new TextEncoder().encode('%PDF-');

/** The PDF files of documenti/: lowercase-safe names, regular files that start like a PDF. */
function leggiDocumenti(cartella: string, problemi: string[]): Set<string> {
  const nomi = new Set<string>();
  if (!existsSync(cartella)) return nomi;
  for (const nome of readdirSync(cartella).sort()) {
    const file = join(cartella, nome);
    if (nome === '.gitkeep') continue;
    const st = lstatSync(file);
    if (!st.isFile()) {
      problemi.push(
        `${file}: non è un file PDF (cartella, collegamento simbolico o file speciale)`,
      );
      continue;
    }
    if (!NOME_ALLEGATO.test(nome) || !nome.endsWith('.pdf')) {
      problemi.push(
        `${file}: nome non ammesso per un documento: solo lettere, cifre, trattini, punti e trattini bassi, con estensione .pdf minuscola (es. cv-rossi.pdf)`,
      );
      continue;
    }
    const inizio = readFileSync(file).subarray(0, PDF.length);
    if (inizio.length < PDF.length || PDF.some((b, i) => inizio[i] !== b)) {
      problemi.push(`${file}: non è un PDF (non comincia con %PDF-): salvarlo come PDF`);
      continue;
    }
    nomi.add(nome);
  }
  return nomi;
}

const èFoglio = (nome: string) =>
  (ESTENSIONI_FOGLIO as readonly string[]).includes(extname(nome).toLowerCase()) &&
  !nome.startsWith('.');

export async function leggiCartellaConferiti(o: OpzioniCartella): Promise<CartellaConferiti> {
  const problemi: string[] = [];
  if (!existsSync(o.cartella) || !lstatSync(o.cartella).isDirectory())
    throw new CartellaConferitiNonValida(o.cartella, [
      `${o.cartella}: la cartella degli incarichi conferiti non esiste (o non è una cartella): crearla, o correggere --conferiti`,
    ]);
  const cartellaDocumenti = join(o.cartella, CARTELLA_DOCUMENTI);
  const nomiDocumenti = leggiDocumenti(cartellaDocumenti, problemi);
  const contesto: ContestoConferiti = {
    ...o.contesto,
    documenti: { cartella: cartellaDocumenti, nomi: nomiDocumenti },
  };

  /** Where each record came from, for the messages that span files. */
  const origine = new Map<IncaricoConferito, { file: string; riga?: number }>();
  const letti: { file: string; incarichi: number }[] = [];

  // Legacy JSON records, one <id>.json each (src/ingest/conferiti.ts)
  try {
    const json = leggiConferiti({
      cartella: o.cartella,
      allegati: o.allegati,
      oggi: o.oggi,
      ignora: (nome, cartella) => (cartella ? nome === CARTELLA_DOCUMENTI : èFoglio(nome)),
    });
    for (const c of json) {
      const file = join(o.cartella, `${c.id}.json`);
      origine.set(c, { file });
      letti.push({ file, incarichi: 1 });
    }
  } catch (e) {
    if (!(e instanceof ErroreConferiti)) throw e;
    problemi.push(...e.problemi);
  }

  // The office's spreadsheets
  const fogli = readdirSync(o.cartella, { withFileTypes: true })
    .filter((v) => v.isFile() && èFoglio(v.name))
    .map((v) => v.name)
    .sort((a, b) => a.localeCompare(b));
  for (const nome of fogli) {
    const file = join(o.cartella, nome);
    try {
      const righe = await leggiFoglio(readFileSync(file), file, contesto);
      const errori: ErroreFoglio[] = [];
      for (const r of righe) {
        for (const p of controlliTesti(r.conferito, o.oggi))
          errori.push({
            file,
            riga: r.riga,
            colonna: colonnaPerPercorso(p.campo)?.intestazione,
            messaggio: p.messaggio,
          });
        origine.set(r.conferito, { file, riga: r.riga });
      }
      if (errori.length) {
        problemi.push(...errori.map(descriviErrore));
        continue;
      }
      letti.push({ file, incarichi: righe.length });
    } catch (e) {
      if (!(e instanceof FoglioNonValido)) throw e;
      problemi.push(...e.errori.map(descriviErrore));
    }
  }
  if (problemi.length) throw new CartellaConferitiNonValida(o.cartella, problemi);

  const conferiti = [...origine.keys()].sort((a, b) => a.id.localeCompare(b.id));
  const dove = (c: IncaricoConferito) => {
    const d = origine.get(c)!;
    return d.riga === undefined ? d.file : `${d.file}, riga ${d.riga}`;
  };

  // One id, one engagement, across files
  const perId = new Map<string, IncaricoConferito>();
  for (const c of conferiti) {
    const primo = perId.get(c.id);
    if (primo)
      problemi.push(
        `${dove(c)}: l'incarico "${c.id}" è già pubblicato da ${dove(primo)} (stessa voce del programma e stesso soggetto percettore): tenerlo in un solo file`,
      );
    else perId.set(c.id, c);
  }

  // Every line of the programme: what all the files together commit stays within its ceiling
  const voci = new Map(o.contesto.incarichi.map((i) => [i.id, i]));
  for (const c of conferiti)
    if (!voci.has(c.incarico))
      problemi.push(
        `${dove(c)}: la voce del programma "${c.incarico}" non esiste nel programma degli incarichi`,
      );
  // In file and row order, so that acts of the same day are counted as the office listed them
  const inOrdine = [...conferiti].sort((a, b) => {
    const da = origine.get(a)!;
    const db = origine.get(b)!;
    return da.file.localeCompare(db.file) || (da.riga ?? 0) - (db.riga ?? 0);
  });
  for (const s of superamentiNelTempo(
    inOrdine,
    o.contesto.tetti ?? tettiDi(o.contesto.incarichi),
  )) {
    const voce = voci.get(s.voce)!;
    problemi.push(
      `voce del programma «${voce.id}» (${voce.ragione}): gli incarichi conferiti impegnano ${euro(s.impegnato)} (compenso previsto più parte variabile), oltre il tetto di ${euro(s.tetto.importo)} ${descriviTetto(s)}; incarichi: ${s.conferiti.map(dove).join('; ')}`,
    );
  }
  if (problemi.length) throw new CartellaConferitiNonValida(o.cartella, problemi);

  const documenti = [
    ...new Set(
      conferiti.flatMap((c) =>
        [c.curriculum, c.attestazioneConflittoInteressi].filter((u) =>
          u.startsWith('/incarichi-conferiti/documenti/'),
        ),
      ),
    ),
  ].sort();
  return { conferiti, file: letti, documenti };
}

const FORMATO_EURO = new Intl.NumberFormat('it-IT', {
  style: 'currency',
  currency: 'EUR',
  useGrouping: 'always',
});
/** `€ 14.175,00`, as the pages write it. */
function euro(n: number): string {
  return FORMATO_EURO.format(n).replace(/^(.*?)\s*€$/, '€ $1');
}
