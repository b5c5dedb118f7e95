// Determinism: a second build from the same input writes the same files, byte for byte.
// Nothing is expected to differ (no build timestamps anywhere; dates come from the data).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { DIST, fileDist, richiediDist } from '../../scripts/lib/dist.ts';

const impronte = (radice: string, files: string[]) =>
  Object.fromEntries(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(radice, f)))
        .digest('hex'),
    ]),
  );

test('due build dello stesso input sono identiche', { timeout: 300_000 }, async () => {
  richiediDist();
  const cartella = mkdtempSync(join(tmpdir(), 'peg-build-'));
  const altra = join(cartella, 'dist');
  try {
    await promisify(execFile)(join('node_modules', '.bin', 'astro'), ['build', '--outDir', altra], {
      env: { ...process.env, PEG_DIST: undefined, PEG_CACHE_DIR: join(cartella, '.cache') },
      maxBuffer: 64 * 1024 * 1024,
    });
    const prima = fileDist();
    const seconda = fileDist(altra);
    expect(seconda.length).toBe(prima.length);
    const a = impronte(DIST, prima);
    const b = impronte(altra, prima);
    const diversi = prima.filter((f) => a[f] !== b[f]);
    expect(diversi, 'file diversi tra due build').toEqual([]);
  } finally {
    rmSync(cartella, { recursive: true, force: true });
  }
});
