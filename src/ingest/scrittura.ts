/** Writing the generated content: stable JSON, all files or none. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Pretty-printed JSON with a final newline, so that git diffs show exactly what changed. */
export function jsonStabile(dati: unknown): string {
  return JSON.stringify(dati, null, 2) + '\n';
}

/** Writes every file to a temporary sibling first, then renames them all: an error leaves the old content. */
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
