/**
 * `npm run edizione -- aggiungi <file.txt> --anno 2019 --variazione 3 --atto "…" --pubblicazione 2019-10-20`:
 * registers a new edition (a plan as approved, variazione 0, or its n-th variation). The text is
 * checked as the ingest reads it, copied byte for byte under content/sources/, and its entry added to
 * content/edizioni.json, both or neither. Then `npm run ingest` and `npm run build` publish it.
 * `npm run edizione -- elenco` lists the registered editions.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { leggiRegistro } from '../src/ingest/edizione.ts';
import { IngestError } from '../src/ingest/errore.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { aggiungiEdizione } from '../src/ingest/registrazione.ts';
import { jsonStabile, scriviAtomico } from '../src/ingest/scrittura.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    anno: { type: 'string' },
    variazione: { type: 'string' },
    atto: { type: 'string' },
    pubblicazione: { type: 'string' },
    triennio: { type: 'string' },
    titolo: { type: 'string' },
    registro: { type: 'string', default: 'content/edizioni.json' },
    anagrafica: { type: 'string', default: 'content/anagrafica/entita.json' },
    /** The day of the registration (AAAA-MM-GG); today by default. */
    oggi: { type: 'string' },
  },
});

const USO =
  'uso: npm run edizione -- aggiungi <file.txt> --anno 2019 --variazione 3 --atto "Deliberazione di Giunta comunale n. 123 del 15/10/2019" --pubblicazione 2019-10-20\n' +
  '     npm run edizione -- elenco';

function intero(nome: string, testo: string | undefined, minimo: number): number {
  if (testo === undefined) throw new Error(`manca --${nome}\n${USO}`);
  if (!/^\d+$/.test(testo) || Number(testo) < minimo)
    throw new Error(`--${nome} "${testo}": atteso un numero intero da ${minimo} in su`);
  return Number(testo);
}

async function leggi(percorso: string): Promise<Uint8Array> {
  try {
    return await readFile(percorso);
  } catch (e) {
    throw new IngestError(
      percorso,
      1,
      `impossibile leggere il file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

async function main() {
  const [comando, file] = positionals;
  const registro = leggiRegistro(await leggi(values.registro), values.registro);
  if (comando === 'elenco') {
    for (const v of registro)
      console.log(
        `${v.id}\t${v.denominazione}\tpubblicazione ${v.dataPubblicazione ?? v.annoPubblicazione}\t${v.file}`,
      );
    return;
  }
  if (comando !== 'aggiungi' || !file) throw new Error(USO);
  const anno = intero('anno', values.anno, 2000);
  const variazione = intero('variazione', values.variazione, 0);
  if (values.pubblicazione === undefined) throw new Error(`manca --pubblicazione\n${USO}`);
  const testo = await leggi(file);
  // The text must import as it is: a malformed document or an unknown spelling stops here, naming its line
  ingest({
    sorgente: testo,
    fileSorgente: file,
    anagrafica: await leggi(values.anagrafica),
    fileAnagrafica: values.anagrafica,
  });
  const impronte = new Map(registro.map((v) => [v.file, v.sha256]));
  const { registro: nuovo, voce } = aggiungiEdizione(
    registro,
    impronte,
    testo,
    {
      anno,
      variazione,
      atto: values.atto ?? null,
      pubblicazione: values.pubblicazione,
      oggi: values.oggi ?? new Date().toISOString().slice(0, 10),
      ...(values.triennio ? { triennio: values.triennio } : {}),
      ...(values.titolo ? { titolo: values.titolo } : {}),
    },
    values.registro,
  );
  if (existsSync(voce.file))
    throw new IngestError(
      voce.file,
      1,
      'esiste già: un altro testo occupa il posto di questa edizione',
    );
  await scriviAtomico(
    new Map([
      // ignoreBOM keeps a BOM: the copy is the same bytes
      [voce.file, new TextDecoder('utf-8', { ignoreBOM: true }).decode(testo)],
      [values.registro, jsonStabile(nuovo)],
    ]),
  );
  console.log(
    `edizione: registrata ${voce.id} (${voce.denominazione}), testo copiato in ${voce.file}.\n` +
      'Ora: npm run ingest (importa i dati), poi npm run build (pubblica il sito).',
  );
}

try {
  await main();
} catch (e) {
  console.error(`errore: ${(e as Error).message}`);
  process.exit(1);
}
