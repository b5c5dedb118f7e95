// Golden tests: one folder per irregular row shape; input.txt is an excerpt of the document,
// expected.json the records and report the ingest must produce. GOLDEN_UPDATE=1 rewrites them;
// a mismatch writes actual.json beside expected.json for diffing.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import { jsonStabile } from '../../src/ingest/scrittura.ts';

const cartella = import.meta.dirname;
const anagrafica = readFileSync('content/anagrafica/entita.json');
const casi = readdirSync(cartella, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('golden: forme irregolari del documento', () => {
  test('ci sono casi', () => expect(casi.length).toBeGreaterThanOrEqual(10));

  test.each(casi)('%s', (caso) => {
    const dir = join(cartella, caso);
    const attuale = jsonStabile(
      ingest({
        sorgente: readFileSync(join(dir, 'input.txt')),
        fileSorgente: 'input.txt',
        anagrafica,
        fileAnagrafica: 'content/anagrafica/entita.json',
        // An excerpt ends where the excerpt ends: its last objective may be one whose weights
        // do not sum to 100, which in a whole document would mean a cut (see controllaFine)
        edizioneRegistrata: true,
      }),
    );
    const atteso = join(dir, 'expected.json');
    if (process.env.GOLDEN_UPDATE === '1' || !existsSync(atteso)) writeFileSync(atteso, attuale);
    const ok = readFileSync(atteso, 'utf8') === attuale;
    if (!ok) writeFileSync(join(dir, 'actual.json'), attuale);
    else rmSync(join(dir, 'actual.json'), { force: true });
    expect(ok, `${caso}: output diverso da expected.json (vedi actual.json accanto)`).toBe(true);
  });
});
