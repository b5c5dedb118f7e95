/**
 * Rows of the office's spreadsheet → conferred-engagement records, validated with the record's
 * schema. Every problem is collected (one per bad cell) and the whole file is refused if there is
 * any: nothing is returned from a spreadsheet with an error.
 */
import { z } from 'astro/zod';
import { anagraficaSchema, type Anagrafica } from '../../schemas/anagrafica.ts';
import { incaricoSchema, type Incarico } from '../../schemas/incarico.ts';
import {
  HOST_REGISTRO,
  incaricoConferitoSchema,
  NOME_ALLEGATO,
  type IncaricoConferito,
} from '../../schemas/incarico-conferito.ts';
import { superamentiNelTempo, tettiDi, type TettoInVigore } from '../../dominio/programma.ts';
import { idSoggetto } from '../../dominio/conferiti.ts';
import { Risolutore } from '../anagrafica.ts';
import {
  COLONNE,
  colonnaPerIntestazione,
  colonnaPerPercorso,
  type ChiaveColonna,
  type Colonna,
} from './colonne.ts';
import { FoglioNonValido, type ErroreFoglio } from './errori.ts';
import { cellaVuota, type Cella, type Tabella } from './tabella.ts';
import {
  comeTesto,
  leggiData,
  leggiHttps,
  leggiImporto,
  leggiScheda,
  leggiTesto,
  type Letto,
} from './valori.ts';

/** What the rows are checked against: the registry of spellings and the programme's lines. */
export interface ContestoConferiti {
  anagrafica: Anagrafica;
  /** Path of the registry, named in the message for an unknown settore. */
  fileAnagrafica: string;
  /** Lines of the programme of engagements (content/data/incarichi.json). */
  incarichi: readonly Incarico[];
  /** Year of the programme the spreadsheet's schede refer to. */
  anno: number;
  /**
   * The documents folder (content/incarichi-conferiti/documenti/) and the PDF files in it: when
   * given, a CV or attestation cell must name one of them (or be an https:// address), and the
   * record links to its published copy, `${PREFISSO_DOCUMENTI}<file>`.
   */
  documenti?: { cartella: string; nomi: ReadonlySet<string> };
  /** Hosts «Collegamento al registro nazionale» may point to (default HOST_REGISTRO). */
  hostRegistro?: readonly string[];
  /**
   * Each line's ceiling in every edition that states it, oldest first (src/dominio/programma.ts):
   * an engagement is checked against the ceiling in force at its act's date. Default: the ceilings
   * of `incarichi`, as the only edition.
   */
  tetti?: ReadonlyMap<string, readonly TettoInVigore[]>;
}

/** Where the documents of content/incarichi-conferiti/documenti/ are published on the site. */
export const PREFISSO_DOCUMENTI = '/incarichi-conferiti/documenti/';

/** Builds the context from the JSON of the registry, the programme lines and (if any) the edition. */
export function contestoConferiti(dati: {
  anagrafica: unknown;
  fileAnagrafica: string;
  incarichi: unknown;
  /** content/data/edizione.json, when present: its `anno` is the programme's year. */
  edizione?: unknown;
}): ContestoConferiti {
  const anagrafica = anagraficaSchema.parse(dati.anagrafica);
  const incarichi = z.array(incaricoSchema).parse(dati.incarichi);
  const daEdizione = z.object({ anno: z.number().int() }).safeParse(dati.edizione);
  let anno: number;
  if (daEdizione.success) anno = daEdizione.data.anno;
  else {
    const anni = [...new Set(incarichi.map((i) => i.anno))];
    if (anni.length !== 1)
      throw new Error(
        `impossibile stabilire l'anno del programma: le voci hanno gli anni ${anni.join(', ') || '(nessuno)'}`,
      );
    anno = anni[0]!;
  }
  return { anagrafica, fileAnagrafica: dati.fileAnagrafica, incarichi, anno };
}

/** One engagement read from the spreadsheet. */
export interface ConferitoDalFoglio {
  /** Spreadsheet row it came from. */
  riga: number;
  conferito: IncaricoConferito;
  /** «Collegamento al registro nazionale»: the record's https link in PerlaPA, when given. */
  collegamentoRegistro: string | null;
}

type Valori = Partial<Record<ChiaveColonna, string | number | null>>;

interface RigaLetta {
  riga: number;
  valori: Valori;
  incarico: Incarico;
  slugSoggetto: string;
}

/** The records of a sheet, or FoglioNonValido with every problem found. */
export function conferitiDaTabella(
  tabella: Tabella,
  contesto: ContestoConferiti,
): ConferitoDalFoglio[] {
  const { file } = tabella;
  const errori: ErroreFoglio[] = [];
  const posizioni = mappaColonne(tabella, errori);
  if (errori.length > 0) throw new FoglioNonValido(errori);
  if (tabella.righe.length === 0)
    throw new FoglioNonValido([{ file, messaggio: 'il foglio non contiene alcun incarico' }]);

  const risolutore = new Risolutore(contesto.anagrafica, contesto.fileAnagrafica);
  const perId = new Map(contesto.incarichi.map((i) => [i.id, i]));
  const lette: RigaLetta[] = [];

  for (const { numero, celle } of tabella.righe) {
    const valori: Valori = {};
    let rigaValida = true;
    const segnala = (colonna: Colonna, messaggio: string) => {
      errori.push({ file, riga: numero, colonna: colonna.intestazione, messaggio });
      rigaValida = false;
    };
    for (const colonna of COLONNE) {
      const pos = posizioni.get(colonna.chiave);
      const c: Cella = pos === undefined ? null : (celle[pos] ?? null);
      if (cellaVuota(c)) {
        if (colonna.obbligatoria) segnala(colonna, 'cella vuota: il dato è obbligatorio');
        else valori[colonna.chiave] = null;
        continue;
      }
      const letto = leggi(colonna, c);
      if (letto.ok) valori[colonna.chiave] = letto.valore;
      else segnala(colonna, letto.errore);
    }

    // Settore as printed, then the line of the programme it and the scheda name.
    const colSettore = colonna('settore');
    const colScheda = colonna('scheda');
    let incarico: Incarico | undefined;
    if (typeof valori.settore === 'string') {
      let settore: string | undefined;
      try {
        settore = risolutore.risolvi('settori', valori.settore, file, numero).id;
      } catch {
        segnala(
          colSettore,
          `settore sconosciuto "${valori.settore}": scriverlo come nel documento del PEG (per esempio «${contesto.anagrafica.settori[0]?.alias[0] ?? ''}»), oppure aggiungere la dicitura come alias in ${contesto.fileAnagrafica}`,
        );
      }
      if (settore !== undefined && typeof valori.scheda === 'number') {
        const id = `${contesto.anno}-${settore}-${valori.scheda}`;
        incarico = perId.get(id);
        if (!incarico) {
          const schede = contesto.incarichi
            .filter((i) => i.settore === settore && i.anno === contesto.anno)
            .map((i) => i.scheda)
            .sort((a, b) => a - b);
          segnala(
            colScheda,
            `il programma degli incarichi ${contesto.anno} non ha la scheda ${valori.scheda} per il settore «${valori.settore}»` +
              (schede.length > 0
                ? ` (schede presenti: ${schede.join(', ')})`
                : ' (il settore non ha voci nel programma)'),
          );
        }
      }
    }

    const slugSoggetto =
      typeof valori.soggettoPercettore === 'string' ? slug(valori.soggettoPercettore) : '';
    if (typeof valori.soggettoPercettore === 'string' && slugSoggetto === '')
      segnala(colonna('soggettoPercettore'), 'il nome non contiene né lettere né cifre');

    if (rigaValida && incarico) lette.push({ riga: numero, valori, incarico, slugSoggetto });
  }

  // The same engagement twice: same line, same soggetto, same act.
  const viste = new Map<string, number>();
  const uniche: RigaLetta[] = [];
  for (const r of lette) {
    const chiave = [
      r.incarico.id,
      r.slugSoggetto,
      String(r.valori.estremiAtto).replace(/\s+/g, ' ').toLowerCase(),
    ].join('\u0000');
    const prima = viste.get(chiave);
    if (prima !== undefined) {
      errori.push({
        file,
        riga: r.riga,
        messaggio: `incarico ripetuto: stessa voce del programma, stesso soggetto percettore e stesso atto della riga ${prima}`,
      });
    } else {
      viste.set(chiave, r.riga);
      uniche.push(r);
    }
  }

  const ids = idStabili(uniche);
  const risultato: ConferitoDalFoglio[] = [];
  for (const r of uniche) {
    const v = r.valori;
    const candidato = {
      id: ids.get(r)!,
      incarico: r.incarico.id,
      soggettoPercettore: v.soggettoPercettore,
      ragione: v.ragione,
      atto: { estremi: v.estremiAtto, data: v.dataAtto },
      dataInizio: v.dataInizio,
      dataFine: v.dataFine,
      compensoPrevisto: v.compensoPrevisto,
      compensoVariabile: v.compensoVariabile ?? 0,
      compensoErogato: v.compensoErogato ?? null,
      curriculum: v.curriculum,
      attestazioneConflittoInteressi: v.attestazioneConflittoInteressi,
      altriIncarichi: v.altriIncarichi ?? '',
      dataPubblicazione: v.dataPubblicazione,
      collegamentoRegistro:
        typeof v.collegamentoRegistro === 'string' ? v.collegamentoRegistro : null,
    };
    if (!controllaCollegamenti(candidato, r.riga, file, contesto, errori)) continue;
    const esito = incaricoConferitoSchema.safeParse(candidato);
    if (!esito.success) {
      for (const issue of esito.error.issues) {
        const col = colonnaPerPercorso(issue.path.join('.'));
        errori.push({ file, riga: r.riga, colonna: col?.intestazione, messaggio: issue.message });
      }
      continue;
    }
    risultato.push({
      riga: r.riga,
      conferito: esito.data,
      collegamentoRegistro:
        typeof v.collegamentoRegistro === 'string' ? v.collegamentoRegistro : null,
    });
  }

  // Engagements on one line may not commit more than the ceiling in force at each act's date.
  const riga = new Map(risultato.map((r) => [r.conferito, r.riga]));
  for (const s of superamentiNelTempo(
    risultato.map((r) => r.conferito),
    contesto.tetti ?? tettiDi(contesto.incarichi),
  )) {
    errori.push({
      file,
      messaggio: `gli incarichi delle righe ${s.conferiti.map((c) => riga.get(c)).join(', ')} sulla voce «${s.voce}» impegnano ${euro(s.impegnato)} (compenso previsto più parte variabile), oltre il tetto di ${euro(s.tetto.importo)} ${descriviTetto(s)}`,
    });
  }

  if (errori.length > 0) throw new FoglioNonValido(ordina(errori));
  return risultato;
}

/**
 * Documents and the register link of one row: a CV or attestation is a file of the documents
 * folder (then linked at its published path) or an https:// address; the register link points to a
 * host of the register. False (with the errors pushed) when a link is refused.
 */
function controllaCollegamenti(
  candidato: {
    curriculum: unknown;
    attestazioneConflittoInteressi: unknown;
    collegamentoRegistro: string | null;
  },
  riga: number,
  file: string,
  contesto: ContestoConferiti,
  errori: ErroreFoglio[],
): boolean {
  let valida = true;
  const segnala = (chiave: ChiaveColonna, messaggio: string) => {
    errori.push({ file, riga, colonna: colonna(chiave).intestazione, messaggio });
    valida = false;
  };
  const { documenti } = contesto;
  if (documenti) {
    for (const chiave of ['curriculum', 'attestazioneConflittoInteressi'] as const) {
      const v = candidato[chiave];
      if (typeof v !== 'string') continue;
      if (/^https:\/\//i.test(v)) continue;
      if (/^http:\/\//i.test(v)) {
        segnala(
          chiave,
          `indirizzo "${v}" non sicuro: per un documento remoto è ammesso solo https://`,
        );
        continue;
      }
      if (!NOME_ALLEGATO.test(v)) {
        segnala(
          chiave,
          `"${v}" non è il nome di un file PDF (es. cv-rossi.pdf) né un indirizzo https://: mettere il PDF in ${documenti.cartella} e scriverne qui il nome`,
        );
        continue;
      }
      if (!documenti.nomi.has(v)) {
        segnala(
          chiave,
          `documento mancante: il file "${v}" non è in ${documenti.cartella} (i nomi distinguono maiuscole e minuscole): aggiungerlo o correggere il nome`,
        );
        continue;
      }
      candidato[chiave] = `${PREFISSO_DOCUMENTI}${v}`;
    }
  }
  const registro = candidato.collegamentoRegistro;
  if (registro !== null) {
    const ammessi = contesto.hostRegistro ?? HOST_REGISTRO;
    let host = '';
    try {
      host = new URL(registro).hostname;
    } catch {
      /* refused by the cell reader already */
    }
    if (!ammessi.includes(host))
      segnala(
        'collegamentoRegistro',
        `host "${host}" non ammesso: il collegamento va alla scheda del registro nazionale (${ammessi.join(', ')})`,
      );
  }
  return valida;
}

/** Position of each column in the sheet; unknown, repeated or missing headings are errors. */
function mappaColonne(tabella: Tabella, errori: ErroreFoglio[]): Map<ChiaveColonna, number> {
  const { file } = tabella;
  const posizioni = new Map<ChiaveColonna, number>();
  tabella.intestazioni.forEach((c, i) => {
    const testo = comeTesto(c);
    if (testo === '') {
      if (tabella.righe.some((r) => !cellaVuota(r.celle[i])))
        errori.push({
          file,
          riga: 1,
          messaggio: `la colonna ${lettera(i)} ha dati ma nessuna intestazione`,
        });
      return;
    }
    const colonna = colonnaPerIntestazione(testo);
    if (!colonna) {
      errori.push({
        file,
        riga: 1,
        colonna: testo,
        messaggio: `colonna non prevista dal modello (colonna ${lettera(i)}); le intestazioni ammesse sono: ${COLONNE.map((c) => `«${c.intestazione}»`).join(', ')}`,
      });
      return;
    }
    if (posizioni.has(colonna.chiave)) {
      errori.push({
        file,
        riga: 1,
        colonna: colonna.intestazione,
        messaggio: `intestazione ripetuta (colonne ${lettera(posizioni.get(colonna.chiave)!)} e ${lettera(i)})`,
      });
      return;
    }
    posizioni.set(colonna.chiave, i);
  });
  for (const colonna of COLONNE) {
    if (!colonna.puoMancare && !posizioni.has(colonna.chiave))
      errori.push({ file, riga: 1, colonna: colonna.intestazione, messaggio: 'colonna mancante' });
  }
  return posizioni;
}

function leggi(colonna: Colonna, c: Cella): Letto<string | number> {
  switch (colonna.tipo) {
    case 'testo':
    case 'settore':
      return leggiTesto(c);
    case 'data':
      return leggiData(c);
    case 'importo':
      return leggiImporto(c);
    case 'scheda':
      return leggiScheda(c);
    case 'https':
      return leggiHttps(c);
  }
}

function colonna(chiave: ChiaveColonna): Colonna {
  return COLONNE.find((c) => c.chiave === chiave)!;
}

/**
 * Ids: `<line>-<soggetto>`, e.g. `2019-politiche-sociali-7-studio-alfa-srl`. When one soggetto has
 * more than one engagement on the same line, the earliest act (by date, then by estremi) keeps the
 * plain id and the others get `-2`, `-3`, …: re-sorting the spreadsheet changes no id.
 */
function idStabili(righe: readonly RigaLetta[]): Map<RigaLetta, string> {
  const gruppi = new Map<string, RigaLetta[]>();
  for (const r of righe) {
    const base = `${r.incarico.id}-${r.slugSoggetto}`;
    if (!gruppi.has(base)) gruppi.set(base, []);
    gruppi.get(base)!.push(r);
  }
  const ids = new Map<RigaLetta, string>();
  for (const [base, gruppo] of gruppi) {
    const ordinato = [...gruppo].sort(
      (a, b) =>
        String(a.valori.dataAtto).localeCompare(String(b.valori.dataAtto)) ||
        String(a.valori.estremiAtto).localeCompare(String(b.valori.estremiAtto), 'it') ||
        a.riga - b.riga,
    );
    ordinato.forEach((r, i) => ids.set(r, i === 0 ? base : `${base}-${i + 1}`));
  }
  return ids;
}

/** `Studio Alfa S.r.l.` → `studio-alfa-s-r-l` (src/dominio/conferiti.ts, shared with the site). */
export const slug = idSoggetto;

/** Column letter as the spreadsheet shows it: 0 → A, 26 → AA. */
function lettera(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const FORMATO_EURO = new Intl.NumberFormat('it-IT', {
  style: 'currency',
  currency: 'EUR',
  useGrouping: 'always',
});
/** `2.000,01 €`, with a plain space so that the message reads the same everywhere. */
function euro(n: number): string {
  return FORMATO_EURO.format(n).replace(/\s/g, ' ');
}

function ordina(errori: ErroreFoglio[]): ErroreFoglio[] {
  return errori
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.riga ?? Infinity) - (b.e.riga ?? Infinity) || a.i - b.i)
    .map((x) => x.e);
}

/** Which ceiling a refusal names: the programme's, or one edition's at the act's date. */
export function descriviTetto(s: { tetto: TettoInVigore; conferito: { atto: { data: string } } }) {
  return s.tetto.edizione
    ? `in vigore il ${s.conferito.atto.data.split('-').reverse().join('/')}, data dell'atto (edizione ${s.tetto.edizione})`
    : 'del programma';
}
