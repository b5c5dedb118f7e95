/** The whole ingest as a pure function: source bytes and registry in, validated records and report out. */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import {
  anagraficaSchema,
  areaSchema,
  incaricoSchema,
  lineaStrategicaSchema,
  obiettivoSchema,
  personaSchema,
  reportSchema,
  settoreSchema,
  type Anagrafica,
  type Area,
  type Incarico,
  type LineaStrategica,
  type Obiettivo,
  type Persona,
  type Report,
  type Rilievo,
  type Settore,
} from '../schemas/index.ts';
import { Risolutore, type TipoEntita } from './anagrafica.ts';
import { usiPerCodice } from '../dominio/indicatori.ts';
import { IngestError } from './errore.ts';
import { parseIndice, parseObiettivi } from './obiettivi.ts';
import { parseProgramma } from './programma.ts';
import { leggiRighe, type Riga } from './sorgente.ts';

export interface Dataset {
  linee: LineaStrategica[];
  aree: Area[];
  settori: Settore[];
  persone: Persona[];
  obiettivi: Obiettivo[];
  incarichi: Incarico[];
  report: Report;
}

export interface InputIngest {
  /** Bytes of the source document. */
  sorgente: Uint8Array;
  /** Path of the source as it appears in provenance and errors. */
  fileSorgente: string;
  /** Bytes of the hand-curated registry. */
  anagrafica: Uint8Array;
  fileAnagrafica: string;
  /**
   * True when the source is the registered edition's file, whose SHA-256 the CLI checks against
   * the register (content/edizioni.json): its bytes are known whole, so the end-of-document
   * heuristic (controllaFine) is not needed.
   */
  edizioneRegistrata?: boolean;
}

const INIZIO_PROGRAMMA = /^#*\s*BILANCIO (\d{4}) - PROPOSTE INCARICHI/;
const TOTALE_PROGRAMMA = /^Spesa complessiva per affidamento incarichi/;
const INDICE = /^#+\s*\*?Indice Piano dettagliato degli obiettivi/;
const PIANO = /^#+\s*Piano dettaglio degli obiettivi/;

export function ingest(input: InputIngest): Dataset {
  const file = input.fileSorgente;
  const anagrafica = leggiAnagrafica(input.anagrafica, input.fileAnagrafica);
  const risolutore = new Risolutore(anagrafica, input.fileAnagrafica);
  const righe = leggiRighe(input.sorgente, file);
  const ultima = righe[righe.length - 1]!.n;

  // Find the parts of the document; a missing one means a truncated or foreign file
  const trova = (re: RegExp, da: number, cosa: string) => {
    const i = righe.findIndex((r, k) => k >= da && re.test(r.text));
    if (i < 0)
      throw new IngestError(
        file,
        ultima,
        `${cosa} non trovato: file troncato o non è il PEG atteso`,
      );
    return i;
  };
  const iProg = trova(
    INIZIO_PROGRAMMA,
    0,
    'il prospetto "BILANCIO … - PROPOSTE INCARICHI A PERSONE FISICHE"',
  );
  const iTot = trova(
    TOTALE_PROGRAMMA,
    iProg,
    'la riga "Spesa complessiva per affidamento incarichi …"',
  );
  const iIndice = trova(INDICE, iTot, "l'indice del piano dettagliato degli obiettivi");
  const iPiano = trova(PIANO, iIndice, 'il piano dettagliato degli obiettivi');

  // A table row outside the known tables would be silently lost: refuse it
  for (const r of [...righe.slice(0, iProg), ...righe.slice(iTot, iIndice)]) {
    if (r.text.includes('\t'))
      throw new IngestError(
        file,
        r.n,
        'riga tabellare fuori dalle tabelle note (prospetto incarichi, indice, obiettivi)',
      );
  }

  const anno = Number(INIZIO_PROGRAMMA.exec(righe[iProg]!.text)![1]);
  const programma = parseProgramma(righe.slice(iProg + 1, iTot + 1), anno, file, risolutore);
  const indice = parseIndice(righe.slice(iIndice + 1, iPiano), file, risolutore);
  const piano = parseObiettivi(righe.slice(iPiano), indice.linee, file, risolutore);
  if (!input.edizioneRegistrata) controllaFine(piano.obiettivi, righe, file);

  const settori = costruisciSettori(programma.settori, piano.responsabili, risolutore, file);
  const aree = [...programma.aree].map(([id, righeArea]) => ({
    id,
    nome: voce(anagrafica, 'aree', id).nome,
    diciture: diciture(risolutore, 'aree', id),
    settori: programma.settori.filter((s) => s.area === id).map((s) => s.settore),
    fonte: { file, righe: righeArea },
  }));
  const persone = [...risolutore.diciture('persone')].map(([id, m]) => ({
    id,
    nome: voce(anagrafica, 'persone', id).nome,
    diciture: [...m.keys()].sort(),
    fonte: { file, righe: [...m.values()].flat().sort((a, b) => a - b) },
  }));

  const righeReport = [...programma.righe, ...indice.righe, ...piano.righe].sort(
    (a, b) => a.riga - b.riga,
  );
  controllaCopertura(righe, righeReport, file);

  const report: Report = {
    fonte: file,
    sha256: createHash('sha256').update(input.sorgente).digest('hex'),
    conteggi: {
      lineeStrategiche: indice.linee.length,
      obiettivi: piano.obiettivi.length,
      righeObiettivoIndicatore: piano.obiettivi.reduce((n, o) => n + o.indicatori.length, 0),
      codiciIndicatore: new Set(piano.obiettivi.flatMap((o) => o.indicatori.map((i) => i.codice)))
        .size,
      incarichi: programma.incarichi.length,
      settori: settori.length,
      aree: aree.length,
      persone: persone.length,
      righeTabellari: righeReport.length,
      righeSaltate: righeReport.filter((r) => r.esito === 'saltata').length,
    },
    righe: righeReport,
    riconciliazioni: programma.riconciliazioni,
    rilievi: [
      ...rilievi(piano.obiettivi, piano.formeIrregolari, risolutore),
      ...righe
        .filter((r) => r.invisibili)
        .map((r) => ({
          tipo: 'caratteri-invisibili' as const,
          descrizione: `Riga ${r.n}: rimossi caratteri invisibili (${r.invisibili!.join(', ')}).`,
          record: [],
          righe: [r.n],
        })),
    ],
  };

  // Validate every record with the same schemas the site uses, naming the line it came from
  const dataset: Dataset = {
    linee: valida(lineaStrategicaSchema, indice.linee, file),
    aree: valida(areaSchema, ordina(aree), file),
    settori: valida(settoreSchema, ordina(settori), file),
    persone: valida(personaSchema, ordina(persone), file),
    obiettivi: valida(obiettivoSchema, ordina(piano.obiettivi), file),
    incarichi: valida(incaricoSchema, ordina(programma.incarichi), file),
    report: reportSchema.parse(report),
  };
  return dataset;
}

function leggiAnagrafica(bytes: Uint8Array, fileAnagrafica: string): Anagrafica {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new IngestError(fileAnagrafica, 1, `JSON non valido: ${(e as Error).message}`);
  }
  const r = anagraficaSchema.safeParse(json);
  if (!r.success)
    throw new IngestError(fileAnagrafica, 1, z.prettifyError(r.error).replace(/\n/g, ' '));
  return r.data;
}

/** Settori from both parts: area and responsabile must agree wherever the document names them. */
function costruisciSettori(
  dalProgramma: {
    settore: string;
    area: string;
    responsabile: string;
    adInterim: boolean;
    riga: number;
  }[],
  dagliObiettivi: { settore: string; responsabile: string; adInterim: boolean; riga: number }[],
  risolutore: Risolutore,
  file: string,
): Settore[] {
  const perId = new Map<string, Settore>();
  for (const s of [...dalProgramma, ...dagliObiettivi]) {
    const area = 'area' in s ? (s.area as string) : null;
    const esistente = perId.get(s.settore);
    if (!esistente) {
      perId.set(s.settore, {
        id: s.settore,
        nome: voce(risolutore.anagrafica, 'settori', s.settore).nome,
        diciture: diciture(risolutore, 'settori', s.settore),
        area,
        responsabile: s.responsabile,
        adInterim: s.adInterim,
        fonte: { file, righe: [s.riga] },
      });
      continue;
    }
    if (esistente.responsabile !== s.responsabile) {
      throw new IngestError(
        file,
        s.riga,
        `il settore "${esistente.nome}" ha qui responsabile "${s.responsabile}", altrove "${esistente.responsabile}" (riga ${esistente.fonte.righe[0]})`,
      );
    }
    esistente.adInterim ||= s.adInterim;
    esistente.area ??= area;
    esistente.fonte.righe.push(s.riga);
  }
  for (const s of perId.values()) s.fonte.righe.sort((a, b) => a - b);
  return [...perId.values()];
}

/**
 * A document cut short still parses if the cut falls on the last line of the last table: the last
 * objective loses indicators, or its last weight loses digits (`20` → `2`). The document's own
 * structure says where it ends: its last objective closes with indicators whose weights sum to 100.
 * (The registered edition's file, checked by its SHA-256, is known whole and skips this check.)
 */
function controllaFine(obiettivi: Obiettivo[], righe: Riga[], file: string) {
  const ultimo = obiettivi.reduce((a, b) => (b.fonte.righe[0]! > a.fonte.righe[0]! ? b : a));
  if (ultimo.pesoTotale === 100) return;
  const ultimaPiena = [...righe].reverse().find((r) => r.text.trim() !== '') ?? righe[0]!;
  throw new IngestError(
    file,
    ultimaPiena.n,
    `il documento finisce prima della fine della sua ultima tabella: i pesi dell'ultimo obiettivo (${ultimo.codice}) sommano a ${ultimo.pesoTotale.toLocaleString('it-IT')} anziché 100 (file troncato?). Se il documento è davvero così, registrarlo come edizione con npm run edizione -- aggiungi (vedi README)`,
  );
}

/** Every tab-separated row must have an outcome; a row without one is a bug, not a skip. */
function controllaCopertura(righe: Riga[], esiti: { riga: number }[], file: string) {
  const coperte = new Set(esiti.map((e) => e.riga));
  for (const r of righe) {
    if (r.text.includes('\t') && !coperte.has(r.n))
      throw new IngestError(file, r.n, 'riga tabellare non contabilizzata dal report');
  }
}

function rilievi(
  obiettivi: Obiettivo[],
  forme: { riga: number; descrizione: string; record: string[] }[],
  risolutore: Risolutore,
): Rilievo[] {
  const out: Rilievo[] = [];
  for (const o of ordina(obiettivi)) {
    if (o.pesoTotale !== 100) {
      out.push({
        tipo: 'pesi-non-100',
        descrizione: `I pesi degli indicatori dell'obiettivo ${o.codice} sommano a ${o.pesoTotale.toLocaleString('it-IT')} anziché 100.`,
        record: [`obiettivo:${o.id}`],
        righe: o.indicatori.map((i) => i.fonte.righe[0]!),
      });
    }
    if (!o.definizione) {
      out.push({
        tipo: 'definizione-vuota',
        descrizione: `L'obiettivo ${o.codice} non ha una definizione nel documento.`,
        record: [`obiettivo:${o.id}`],
        righe: [o.fonte.righe[0]!],
      });
    }
    if (o.fonte.righe.length > 1) {
      out.push({
        tipo: 'obiettivo-ripetuto',
        descrizione: `L'obiettivo ${o.codice} è ripetuto su ${o.fonte.righe.length} righe con gli stessi dati: le righe sono state unite.`,
        record: [`obiettivo:${o.id}`],
        righe: o.fonte.righe,
      });
    }
    for (const i of o.indicatori) {
      if (i.targetValore === null) {
        out.push({
          tipo: 'target-non-numerico',
          descrizione: `Il target dell'indicatore ${i.codice} dell'obiettivo ${o.codice} non è un numero: "${i.target}".`,
          record: [`indicatore:${o.id}/${i.codice}`],
          righe: i.fonte.righe,
        });
      }
    }
  }
  // Indicator codes that several objectives share, each with its own target
  for (const [codice, uso] of usiPerCodice(obiettivi)) {
    const usi = uso.map((u) => ({
      o: u.obiettivo,
      riga: u.indicatore.fonte.righe[0]!,
      target: u.indicatore.target,
    }));
    if (usi.length < 2) continue;
    const targets = new Set(usi.map((u) => u.target));
    out.push({
      tipo: 'indicatore-condiviso',
      descrizione: `L'indicatore ${codice} è usato da ${usi.length} obiettivi (${usi.map((u) => u.o.codice).join(', ')})${targets.size > 1 ? ` con target diversi (${usi.map((u) => u.target).join(', ')})` : ' con lo stesso target'}.`,
      record: usi.map((u) => `indicatore:${u.o.id}/${codice}`),
      righe: usi.map((u) => u.riga),
    });
  }
  for (const tipo of ['settori', 'persone', 'linee', 'aree'] as const) {
    for (const [id, m] of [...risolutore.diciture(tipo)].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (m.size < 2) continue;
      const nome = voce(risolutore.anagrafica, tipo, id).nome;
      out.push({
        tipo: 'diciture-diverse',
        descrizione: `"${nome}" è scritto in ${m.size} modi: ${[...m.keys()]
          .sort()
          .map((d) => `"${d}"`)
          .join(', ')}; ricondotti a un'unica voce dall'anagrafica curata.`,
        record: [`${SINGOLARE[tipo]}:${id}`],
        righe: [...new Set([...m.values()].flat())].sort((a, b) => a - b),
      });
    }
  }
  for (const f of forme)
    out.push({
      tipo: 'forma-irregolare',
      descrizione: `Riga ${f.riga}: ${f.descrizione}.`,
      record: f.record,
      righe: [f.riga],
    });
  return out;
}

const SINGOLARE: Record<TipoEntita, string> = {
  settori: 'settore',
  persone: 'persona',
  linee: 'linea',
  aree: 'area',
};

function voce(a: Anagrafica, tipo: TipoEntita, id: string) {
  return a[tipo].find((v) => v.id === id)!;
}

function diciture(r: Risolutore, tipo: TipoEntita, id: string): string[] {
  return [...(r.diciture(tipo).get(id)?.keys() ?? [])].sort();
}

/** Stable order for committed JSON: by id, digits compared as numbers. */
function ordina<T extends { id: string }>(xs: T[]): T[] {
  return [...xs].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

function valida<T>(schema: z.ZodType<T>, records: unknown[], file: string): T[] {
  return records.map((rec) => {
    const r = schema.safeParse(rec);
    if (r.success) return r.data;
    const x = rec as { id?: string; fonte?: { righe?: number[] } };
    throw new IngestError(
      file,
      x.fonte?.righe?.[0] ?? 1,
      `record ${x.id ?? '?'} non valido: ${z.prettifyError(r.error).replace(/\n/g, ' ')}`,
    );
  });
}
