// Vitest reporter that ends the run with one plain line: "Tests: N passed, N failed, N skipped".
import type { Reporter, TestModule } from 'vitest/node';

export default class Riepilogo implements Reporter {
  onTestRunEnd(moduli: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of moduli) {
      let falliti = 0;
      for (const t of m.children.allTests()) {
        const stato = t.result().state;
        if (stato === 'passed') passed++;
        else if (stato === 'failed') falliti++;
        else skipped++;
      }
      // A file that failed outside its tests (import error, failing beforeAll) counts as a failure
      failed += m.state() === 'failed' && falliti === 0 ? 1 : falliti;
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
