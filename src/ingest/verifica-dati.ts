/**
 * The build's check of content/data/: every file readable, valid JSON, valid against its schema,
 * and written by the same ingest run (its SHA-256 is the one in the run's manifest). Runs before
 * Astro loads anything, so a broken file stops the build whatever Astro's content cache holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
  areaSchema,
  edizioneSchema,
  incaricoConferitoSchema,
  incaricoSchema,
  lineaStrategicaSchema,
  obiettivoSchema,
  personaSchema,
  reportSchema,
  settoreSchema,
} from '../schemas/index.ts';
import { spiegaErrore } from './cartella.ts';
import { CARTELLA_EDIZIONI, MANIFESTO, sha256, type Manifesto } from './scrittura.ts';

/** Every data file the ingest writes, with the schema of its content. */
export const FILE_DATI = {
  'linee-strategiche.json': z.array(lineaStrategicaSchema),
  'aree.json': z.array(areaSchema),
  'settori.json': z.array(settoreSchema),
  'persone.json': z.array(personaSchema),
  'obiettivi.json': z.array(obiettivoSchema),
  'incarichi.json': z.array(incaricoSchema),
  'ingest-report.json': reportSchema,
  'edizione.json': edizioneSchema,
} as const;

/**
 * Files only at the top of content/data/, not per edition: the conferred engagements, published as
 * they happen against the current programme (from content/incarichi-conferiti/).
 */
export const FILE_CORRENTI = {
  'incarichi-conferiti.json': z.array(incaricoConferitoSchema),
} as const;

/** A data file that cannot be used: `file: what is wrong`, with what to do. */
export class ErroreDati extends Error {
  constructor(messaggio: string) {
    super(messaggio);
    this.name = 'ErroreDati';
  }
}

const RIMEDIO =
  'eseguire npm run ingest (o ripristinare la cartella con git checkout content/data)';

/** Human path of a zod issue: `[3].indicatori[0].peso` → `record 4 (c59-0008), campo indicatori.1.peso`. */
function dove(dati: unknown, path: readonly PropertyKey[]): string {
  if (typeof path[0] !== 'number') return path.length ? `campo ${path.join('.')}` : 'contenuto';
  const record = (dati as { id?: unknown }[])[path[0]];
  const id = record && typeof record.id === 'string' ? ` (${record.id})` : '';
  const campo = path.slice(1).map((p) => (typeof p === 'number' ? p + 1 : String(p)));
  return `record ${path[0] + 1}${id}${campo.length ? `, campo ${campo.join('.')}` : ''}`;
}

function leggi(p: string): string {
  try {
    return readFileSync(p, 'utf8');
  } catch (e) {
    throw new ErroreDati(
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? `${p}: manca: ${RIMEDIO}`
        : `${spiegaErrore(e, p).message}: ${RIMEDIO}`,
    );
  }
}

function json(p: string, testo: string): unknown {
  try {
    return JSON.parse(testo);
  } catch (e) {
    throw new ErroreDati(`${p}: JSON non valido (${(e as Error).message}): ${RIMEDIO}`);
  }
}

/** Refuses anything in `dir` that the ingest did not write there. */
function soloAttesi(dir: string, attesi: ReadonlySet<string>) {
  let voci: string[];
  try {
    voci = readdirSync(dir);
  } catch (e) {
    throw new ErroreDati(`${spiegaErrore(e, dir).message}: ${RIMEDIO}`);
  }
  for (const v of voci.sort())
    if (!attesi.has(v))
      throw new ErroreDati(
        `${join(dir, v)}: file estraneo ai dati dell'importazione (residuo di un'esecuzione interrotta?): ${RIMEDIO}`,
      );
  for (const a of attesi)
    if (!voci.includes(a)) throw new ErroreDati(`${join(dir, a)}: manca: ${RIMEDIO}`);
}

/** Throws an ErroreDati for the first problem found; returns the run id when all is well. */
export function verificaDati(cartella: string): string {
  const pManifesto = join(cartella, MANIFESTO);
  const manifesto = json(pManifesto, leggi(pManifesto)) as Partial<Manifesto>;
  if (
    typeof manifesto.esecuzione !== 'string' ||
    typeof manifesto.file !== 'object' ||
    !manifesto.file
  )
    throw new ErroreDati(
      `${pManifesto}: manifesto non valido (attesi "esecuzione" e "file"): ${RIMEDIO}`,
    );

  // content/data/ holds the latest edition's files, and one folder per edition under edizioni/
  const edizioni = new Set(
    Object.keys(manifesto.file)
      .filter((f) => f.startsWith(`${CARTELLA_EDIZIONI}/`))
      .map((f) => f.split('/')[1]!),
  );
  const cartelle = ['', ...[...edizioni].sort().map((id) => `${CARTELLA_EDIZIONI}/${id}`)];
  soloAttesi(
    cartella,
    new Set([
      ...Object.keys(FILE_DATI),
      ...Object.keys(FILE_CORRENTI),
      MANIFESTO,
      ...(edizioni.size ? [CARTELLA_EDIZIONI] : []),
    ]),
  );
  if (edizioni.size) soloAttesi(join(cartella, CARTELLA_EDIZIONI), edizioni);
  for (const sotto of cartelle) {
    if (sotto) soloAttesi(join(cartella, sotto), new Set(Object.keys(FILE_DATI)));
    for (const [nome, schema] of Object.entries(
      sotto ? FILE_DATI : { ...FILE_DATI, ...FILE_CORRENTI },
    )) {
      const relativo = sotto ? `${sotto}/${nome}` : nome;
      const p = join(cartella, relativo);
      const testo = leggi(p);
      const dati = json(p, testo);
      const r = (schema as z.ZodType).safeParse(dati);
      if (!r.success) {
        const i = r.error.issues[0]!;
        throw new ErroreDati(`${p}: ${dove(dati, i.path)}: ${i.message}: ${RIMEDIO}`);
      }
      const atteso = manifesto.file[relativo];
      if (atteso !== sha256(testo))
        throw new ErroreDati(
          `${p}: non è il file scritto dall'importazione ${manifesto.esecuzione} insieme agli altri (${atteso ? "contenuto diverso: modificato a mano o copiato da un'altra importazione" : 'assente dal manifesto'}): ${RIMEDIO}`,
        );
    }
  }
  return manifesto.esecuzione;
}
