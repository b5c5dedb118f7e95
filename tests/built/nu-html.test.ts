// Every built page passes the W3C Nu HTML Checker (npm vnu-jar, run with the machine's Java 17): zero errors.
// One JVM checks the whole of dist/ (a JVM per page would take minutes).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { DIST, fileDist, richiediDist } from '../../scripts/lib/dist.ts';

const VNU = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

interface Messaggio {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

test(
  'ogni pagina costruita passa il Nu HTML Checker del W3C senza errori',
  { timeout: 300_000 },
  async () => {
    richiediDist();
    const pagine = fileDist().filter((f) => f.endsWith('.html'));
    expect(pagine.length).toBeGreaterThan(500);
    // The checker exits 1 when it finds errors: the report on stderr is what counts
    const { stderr } = await promisify(execFile)(
      'java',
      ['-Xss8m', '-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', DIST],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((e: { stderr?: string; message: string }) => {
      if (!e.stderr?.startsWith('{'))
        throw new Error(`vnu non è partito (serve Java 17): ${e.message}`);
      return { stderr: e.stderr };
    });
    const { messages } = JSON.parse(stderr) as { messages: Messaggio[] };
    const conErrori = new Set(messages.filter((m) => m.type !== 'info').map((m) => m.url));
    const errori = messages
      .filter((m) => m.type !== 'info')
      .map((m) => {
        const file = relative(DIST, decodeURIComponent(new URL(m.url).pathname));
        return `${file}:${m.lastLine ?? '?'} ${m.message}`;
      });
    expect(errori.slice(0, 20), `${errori.length} errori in ${conErrori.size} pagine`).toEqual([]);
  },
);
