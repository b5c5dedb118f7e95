// Vitest for StrykerJS (`npm run mutazioni`): unit tests only, the ones that run in Node without
// dist/ or a browser. Built-site tests (tests/built) and browser tests (tests/browser) need a build
// per mutant and are left out; so are the bench tests, which exercise scripts/, not src/.
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Stryker's vitest runner (10.1) picks the tests covering a mutant by name, joining describe and
 * test names with a space; Vitest 5 matches names joined with ' > ', so the filter selected no test
 * and every covered mutant "survived" (stryker-mutator/stryker-js#6210). This lets each space of the
 * filter match either form, and keeps working once the runner joins with ' > '.
 */
const nomiDeiTestPerStryker: Plugin = {
  name: 'nomi-dei-test-per-stryker',
  configureVitest({ project }) {
    let filtro: RegExp | undefined;
    Object.defineProperty(project.config, 'testNamePattern', {
      configurable: true,
      enumerable: true,
      get: () => filtro,
      set: (v: RegExp | string | undefined) => {
        const sorgente = v instanceof RegExp ? v.source : v;
        filtro =
          sorgente === undefined
            ? undefined
            : new RegExp(sorgente.replaceAll(' ', '(?: > | )'), v instanceof RegExp ? v.flags : '');
      },
    });
  },
};

export default defineConfig({
  plugins: [nomiDeiTestPerStryker],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    exclude: ['tests/unit/bench-*.test.ts'],
    testTimeout: 60_000,
  },
});
