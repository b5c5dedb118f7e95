// @ts-check
// Mutation testing (`npm run mutazioni`): StrykerJS changes one operator, condition or value at a time
// in the domain functions, the query layer and the dataset builders, and runs the unit tests against
// each change. A change no test notices is a surviving mutant, listed by scripts/mutazioni.ts.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: [
    // Domain functions: euro arithmetic, programme totals and shares, indicator-code grouping.
    'src/dominio/**/*.ts',
    // Query layer: the pure views; the astro:content loader (carica.ts) only wires collections.
    'src/portale/**/*.ts',
    '!src/portale/carica.ts',
    // The /dati/ endpoints' views, which load through carica.ts.
    '!src/portale/dati.ts',
    // Dataset builders (CSV/JSON downloads).
    'src/lib/dati/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  // Module-level values (the datasets' column declarations and their Italian descriptions) would
  // rerun every test per mutant; what a download contains is tested through the accessors instead.
  ignoreStatic: true,
  // Two cores shared with other work: one test process at a time per core at most.
  concurrency: 2,
  // Reuses the previous run's results for unchanged code and tests (reports/ is gitignored).
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['progress', 'clear-text', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  timeoutMS: 20000,
};
