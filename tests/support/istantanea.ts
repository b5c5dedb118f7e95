// Every file under a folder, by path relative to it, with its text: what "the data stayed as they
// were" compares (content/data/ holds one folder per edition, so the walk is recursive).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Istantanea = Record<string, string>;

export function istantanea(dir: string): Istantanea {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => [f.split('\\').join('/'), readFileSync(join(dir, f), 'utf8')]),
  );
}
