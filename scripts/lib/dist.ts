// Reading the built site: its folder, its HTML pages and their public URLs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = process.env.PEG_DIST ?? 'dist';

export function richiediDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`${DIST}/index.html non esiste: eseguire prima "npm run build"`);
}

/** Every file of the built site, as paths relative to it (`obiettivi/c59-0008/index.html`). */
export function fileDist(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** `obiettivi/c59-0008/index.html` → `/obiettivi/c59-0008/`; other files keep their path. */
export function urlDiFile(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

export const leggiDist = (file: string) => readFileSync(join(DIST, file), 'utf8');
