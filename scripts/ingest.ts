/**
 * `npm run ingest`: parses every edition in the register (content/edizioni.json) and writes
 * content/data/: each edition's files in edizioni/<id>/, the latest edition's also at the top.
 * Usage: node scripts/ingest.ts [--edizione ID] [--sorgente FILE] [--anagrafica FILE] [--out DIR] [--check]
 *        [--conferiti DIR] [--allegati DIR] [--oggi AAAA-MM-GG] [--host-registro HOST]…
 * --sorgente gives another text to read for one edition (the latest, or --edizione): tests, bench.
 * The conferred engagements come from --conferiti (default content/incarichi-conferiti: the office's
 * spreadsheets, legacy <id>.json records and documenti/ with the PDFs) and are written, checked
 * against the latest edition's programme and its ceilings, as content/data/incarichi-conferiti.json.
 * --oggi and --host-registro exist for the tests (fixtures dated in the past, invented register
 * addresses).
 * With --check nothing is written: it fails if the committed data differ from a fresh ingest.
 *
 * Writing is all or nothing (src/ingest/cartella.ts): a complete new folder is written beside
 * content/data/ and swapped in with renames, under a lock; an interrupted run is repaired by the next.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ErroreAmbiente,
  prendiLock,
  recupera,
  scriviStaging,
  sostituisci,
} from '../src/ingest/cartella.ts';
import { IngestError } from '../src/ingest/errore.ts';
import { leggiRegistro, scegliEdizione, verificaEdizione } from '../src/ingest/edizione.ts';
import { ingest } from '../src/ingest/ingest.ts';
import {
  conManifesto,
  fileSerie,
  jsonStabile,
  type DatiEdizione,
} from '../src/ingest/scrittura.ts';
import { tettiDellaSerie } from '../src/dominio/programma.ts';
import { leggiCartellaConferiti } from '../src/ingest/conferiti/cartella.ts';
import { contestoConferiti } from '../src/ingest/conferiti/index.ts';
import { HOST_REGISTRO } from '../src/schemas/incarico-conferito.ts';

const { values } = parseArgs({
  options: {
    edizioni: { type: 'string', default: 'content/edizioni.json' },
    edizione: { type: 'string' },
    sorgente: { type: 'string' },
    anagrafica: { type: 'string', default: 'content/anagrafica/entita.json' },
    out: { type: 'string', default: 'content/data' },
    check: { type: 'boolean', default: false },
    conferiti: { type: 'string', default: 'content/incarichi-conferiti' },
    allegati: { type: 'string', default: 'public' },
    oggi: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    'host-registro': { type: 'string', multiple: true },
  },
});

/** Paths as they appear in provenance and errors: relative to the working directory, with `/`. */
const rel = (p: string) => relative(process.cwd(), p).split('\\').join('/') || p;

try {
  const fileRegistro = rel(values.edizioni);
  const registro = leggiRegistro(await leggi(values.edizioni, fileRegistro), fileRegistro);
  // --sorgente replaces the text of one edition (the latest, or --edizione): tests and the bench
  const sostituita = scegliEdizione(registro, fileRegistro, values.edizione).id;
  const anagrafica = await leggi(values.anagrafica, rel(values.anagrafica));
  const serie: DatiEdizione[] = [];
  for (const voce of registro) {
    const percorsoSorgente = (voce.id === sostituita && values.sorgente) || voce.file;
    const fileSorgente = rel(percorsoSorgente);
    const sorgente = await leggi(percorsoSorgente, fileSorgente);
    const dataset = ingest({
      sorgente,
      fileSorgente,
      anagrafica,
      fileAnagrafica: rel(values.anagrafica),
      // The registered file's SHA-256 is checked below; the structure checks run in any case
      edizioneRegistrata: fileSorgente === voce.file,
    });
    // After the structure: a cut the structure can see is reported at its line, not as a hash
    const edizione = verificaEdizione(voce, sorgente, fileSorgente, fileRegistro);
    serie.push({ edizione, dataset });
  }
  const dataset = serie.at(-1)!.dataset;
  // Conferred engagements draw on the current (latest) edition's programme lines
  const conferiti = await leggiCartellaConferiti({
    cartella: rel(values.conferiti),
    contesto: {
      ...contestoConferiti({
        anagrafica: JSON.parse(new TextDecoder().decode(anagrafica)),
        fileAnagrafica: rel(values.anagrafica),
        incarichi: dataset.incarichi,
        edizione: serie.at(-1)!.edizione,
      }),
      tetti: tettiDellaSerie(serie),
      ...(values['host-registro']
        ? { hostRegistro: [...HOST_REGISTRO, ...values['host-registro']] }
        : {}),
    },
    allegati: values.allegati,
    oggi: values.oggi,
  });
  const { id, files } = conManifesto(
    new Map([...fileSerie(serie), ['incarichi-conferiti.json', jsonStabile(conferiti.conferiti)]]),
  );
  const c = dataset.report.conteggi;
  const riepilogo = `${serie.length === 1 ? '1 edizione' : `${serie.length} edizioni`}; l'ultima, ${serie.at(-1)!.edizione.id}: ${c.obiettivi} obiettivi, ${c.righeObiettivoIndicatore} righe obiettivo-indicatore (${c.codiciIndicatore} codici), ${c.incarichi} incarichi, ${c.righeTabellari} righe tabellari (${c.righeSaltate} saltate con motivo), ${dataset.report.rilievi.length} rilievi; ${conferiti.conferiti.length} incarichi conferiti da ${conferiti.file.length} file (${conferiti.documenti.length} documenti)`;
  if (values.check) {
    const diversi: string[] = [];
    for (const [nome, testo] of files) {
      const attuale = await readFile(join(values.out, nome), 'utf8').catch(() => null);
      if (attuale !== testo) diversi.push(nome);
    }
    if (diversi.length) {
      console.error(
        `ingest --check: ${diversi.join(', ')} in ${values.out} non corrispondono alla fonte: eseguire npm run ingest`,
      );
      process.exit(1);
    }
    console.log(`ingest --check: ${values.out} corrisponde alla fonte (${riepilogo})`);
  } else {
    const rilascia = prendiLock(values.out, 'npm run ingest');
    try {
      for (const fatto of await recupera(values.out)) console.log(`ingest: ${fatto}`);
      const staging = await scriviStaging(values.out, `${id}-${process.pid}`, files);
      await sostituisci(values.out, staging, `${id}-${process.pid}`);
    } finally {
      rilascia();
    }
    console.log(`ingest: scritto ${values.out} (esecuzione ${id}): ${riepilogo}`);
  }
} catch (e) {
  if (e instanceof IngestError || e instanceof ErroreAmbiente) {
    console.error(`errore: ${e.message}`);
    process.exit(1);
  }
  throw e;
}

async function leggi(path: string, nome: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const cosa: Record<string, string> = {
      ENOENT: 'non esiste',
      EISDIR: 'è una cartella',
      EACCES: 'permesso negato',
    };
    throw new IngestError(
      nome,
      1,
      `impossibile leggere il file: ${(code && cosa[code]) ?? code ?? (e as Error).message}`,
    );
  }
}
