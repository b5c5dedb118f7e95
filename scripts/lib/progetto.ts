// A throwaway copy of the project to import and build in (tests that change the source or the data):
// the files a build reads, with the project's node_modules linked, not copied.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build of the portal reads. */
export const FILE_DEL_PROGETTO = [
  'src',
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
] as const;

/** Copies the project at `radice` into a new temporary folder named `prefisso…`; returns the folder. */
export function copiaProgetto(prefisso: string, radice = process.cwd()): string {
  const cartella = mkdtempSync(join(tmpdir(), prefisso));
  for (const voce of FILE_DEL_PROGETTO)
    cpSync(join(radice, voce), join(cartella, voce), { recursive: true });
  symlinkSync(join(radice, 'node_modules'), join(cartella, 'node_modules'));
  return cartella;
}
