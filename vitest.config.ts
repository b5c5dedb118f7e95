// Unit, golden and ingest tests run in Node; browser tests (tests/browser) drive Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
