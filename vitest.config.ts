// Unit, golden and ingest tests run in Node; browser tests (tests/browser) drive Debian's Chromium
// against dist/, so `npm test` builds first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/support/riepilogo.ts'],
  },
});
