/**
 * The environment of Astro's build process: `npm run build` (scripts/build.ts) starts Astro with it,
 * and the bench gives its builds the same, so that what it measures is what the office runs.
 *
 * Three allocators share the build, and each by default keeps the memory it has freed:
 * - glibc's malloc (Node itself) gives each thread that allocates its own arena (libuv's pool
 *   writing the pages, the bundler's threads) and keeps the freed memory of each: with two arenas
 *   Astro's peak resident memory at the bench's metropolis scale fell from 2.1 to 1.8 GiB;
 * - mimalloc, inside the native bindings of Rolldown (Vite's bundler) and of Astro's compiler, held
 *   about 0.8 GiB that the bundle had freed for the whole render (one 1 GiB arena in
 *   /proc/<pid>/smaps): purged at once (`MIMALLOC_PURGE_DELAY=0`), Astro's process stays at
 *   1.4 GiB during the render instead of 1.95;
 * - jemalloc, inside Pagefind's indexer (a child process, which inherits this environment), keeps
 *   freed pages 10 s: giving them back after half a second lowers its peak while it writes the
 *   versions' index from 1.62 to 1.36 GiB. Back at once (`dirty_decay_ms:0`) it is lower still, but
 *   the writing took 30 s instead of 17.
 * A value already set wins.
 */
const PREDEFINITI = {
  MALLOC_ARENA_MAX: '2',
  MIMALLOC_PURGE_DELAY: '0',
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:500,muzzy_decay_ms:0',
} as const;

export function ambienteBuild(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const risultato = { ...env };
  for (const [nome, valore] of Object.entries(PREDEFINITI)) risultato[nome] ??= valore;
  return risultato;
}
