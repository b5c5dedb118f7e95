/**
 * `npm run build`: builds the site into a staging folder and replaces dist/ only if the build
 * succeeds (same recoverable rename pair as the ingest, src/ingest/cartella.ts). A failed build
 * leaves the previous dist/ exactly as it was, and says so.
 * Extra arguments go to `astro build` (except --outDir, which this script owns).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ErroreAmbiente, prendiLock, recupera, sostituisci } from '../src/ingest/cartella.ts';
import { ErroreDati, verificaDati } from '../src/ingest/verifica-dati.ts';
import { ambienteBuild } from './lib/ambiente-build.ts';

const DIST = 'dist';
const id = `${Date.now().toString(36)}-${process.pid}`;
const staging = `${DIST}.nuovo-${id}`;
/** Astro's CLI, run by this same Node (the npm one, ≥ 22.12), whatever `node` is on the PATH. */
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');

let rilascia: (() => void) | undefined;

function fallita(motivo: string): never {
  rilascia?.();
  const resta = existsSync(DIST)
    ? `${DIST}/ non è stato toccato: resta pubblicabile il sito della build precedente`
    : `non c'è un ${DIST}/ precedente`;
  console.error(`build non riuscita: ${motivo}\n${resta}.`);
  process.exit(1);
}

try {
  rilascia = prendiLock(DIST, 'npm run build');
  for (const fatto of await recupera(DIST)) console.log(`build: ${fatto}`);
  verificaDati('content/data');
} catch (e) {
  rilascia?.();
  if (e instanceof ErroreDati || e instanceof ErroreAmbiente) fallita(e.message);
  throw e;
}

const esito = spawnSync(
  process.execPath,
  [astro, 'build', ...process.argv.slice(2), '--outDir', staging],
  { stdio: 'inherit', env: ambienteBuild() },
);
try {
  if (esito.status !== 0) {
    await rm(staging, { recursive: true, force: true });
    fallita(
      esito.error
        ? `astro build non si avvia (${esito.error.message})`
        : `astro build è uscito con codice ${esito.status ?? esito.signal} (vedi sopra)`,
    );
  }
  await sostituisci(DIST, staging, id);
  console.log(`build: ${DIST}/ sostituito dal nuovo sito`);
} catch (e) {
  if (e instanceof ErroreAmbiente) fallita(e.message);
  throw e;
} finally {
  rilascia?.();
}
