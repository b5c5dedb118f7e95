/**
 * What the ingest writes into content/data/ and how: each edition's files (in edizioni/<id>/, and the
 * latest edition's also at the top, the "current" alias every unversioned page reads), as stable JSON,
 * under a manifest that binds every file to its run. One run writes them all, so the series is
 * always consistent.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Edizione } from '../schemas/index.ts';
import type { Dataset } from './ingest.ts';

/** Pretty-printed JSON with a final newline, so that git diffs show exactly what changed. */
export function jsonStabile(dati: unknown): string {
  return JSON.stringify(dati, null, 2) + '\n';
}

/**
 * Writes every file to a temporary sibling first, then renames them all: an error leaves the old
 * content. Used by `npm run edizione` (one text and the register); content/data/ is replaced as a
 * whole folder instead (src/ingest/cartella.ts).
 */
export async function scriviAtomico(files: Map<string, string>): Promise<void> {
  const temporanei: [string, string][] = [];
  try {
    for (const [path, testo] of files) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, testo);
      temporanei.push([tmp, path]);
    }
  } catch (e) {
    await Promise.all(temporanei.map(([tmp]) => rm(tmp, { force: true })));
    throw e;
  }
  for (const [tmp, path] of temporanei) await rename(tmp, path);
}

/** The manifest of content/data/: the run id and the SHA-256 of every file that run wrote. */
export const MANIFESTO = 'esecuzione.json';

export interface Manifesto {
  /** Id of the run: a hash of everything it wrote, so the same source always gives the same id. */
  esecuzione: string;
  /** File name → SHA-256 of its bytes. */
  file: Record<string, string>;
}

export const sha256 = (testo: string | Uint8Array) =>
  createHash('sha256').update(testo).digest('hex');

/**
 * Adds the manifest to the data files. The run id is derived from the contents, never from the
 * clock: two ingests of the same source write identical bytes, and `ingest --check` stays exact.
 */
export function conManifesto(files: Map<string, string>): {
  id: string;
  files: Map<string, string>;
} {
  const impronte = Object.fromEntries(
    [...files].sort(([a], [b]) => a.localeCompare(b)).map(([nome, testo]) => [nome, sha256(testo)]),
  );
  const id = sha256(JSON.stringify(impronte)).slice(0, 16);
  const manifesto: Manifesto = { esecuzione: id, file: impronte };
  return { id, files: new Map([...files, [MANIFESTO, jsonStabile(manifesto)]]) };
}

/** The folder, inside content/data/, that holds one folder per edition. */
export const CARTELLA_EDIZIONI = 'edizioni';

/** One edition as the ingest read it. */
export interface DatiEdizione {
  edizione: Edizione;
  dataset: Dataset;
}

/** The files of one edition, by name. */
export function fileEdizione({ edizione, dataset }: DatiEdizione): Map<string, string> {
  return new Map<string, string>([
    ['linee-strategiche.json', jsonStabile(dataset.linee)],
    ['aree.json', jsonStabile(dataset.aree)],
    ['settori.json', jsonStabile(dataset.settori)],
    ['persone.json', jsonStabile(dataset.persone)],
    ['obiettivi.json', jsonStabile(dataset.obiettivi)],
    ['incarichi.json', jsonStabile(dataset.incarichi)],
    ['ingest-report.json', jsonStabile(dataset.report)],
    ['edizione.json', jsonStabile(edizione)],
  ]);
}

/** Every edition's files under edizioni/<id>/, and the last (latest) edition's at the top. */
export function fileSerie(edizioni: readonly DatiEdizione[]): Map<string, string> {
  const ultima = edizioni.at(-1);
  if (!ultima) throw new Error('nessuna edizione da scrivere');
  const out = new Map(fileEdizione(ultima));
  for (const e of edizioni)
    for (const [nome, testo] of fileEdizione(e))
      out.set(`${CARTELLA_EDIZIONI}/${e.edizione.id}/${nome}`, testo);
  return out;
}
