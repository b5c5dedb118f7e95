// For copies of the project that publish another text as the latest edition (the bench's synthetic
// documents, the hostile-input test): the text is written in the edition's place and registered with
// its own SHA-256, as `npm run edizione -- aggiungi` would have registered it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `testo` as the latest registered edition's source in the project at `cartella`; returns its path. */
export function sostituisciTestoRegistrato(cartella: string, testo: string | Uint8Array): string {
  const fileRegistro = join(cartella, 'content/edizioni.json');
  const registro = JSON.parse(readFileSync(fileRegistro, 'utf8')) as {
    file: string;
    sha256: string;
  }[];
  const voce = registro.at(-1)!;
  writeFileSync(join(cartella, voce.file), testo);
  voce.sha256 = createHash('sha256').update(testo).digest('hex');
  writeFileSync(fileRegistro, JSON.stringify(registro, null, 2) + '\n');
  return voce.file;
}
