/**
 * What an `astro build` log says about files kept from the previous build: the benchmark counts
 * them, and so do the tests of incremental builds.
 */

/**
 * How many files a build kept from the previous one: pages (Astro logs them "(restored)" or
 * "(cached)") and the feeds and exports it writes itself ("entity-feeds: 12 files (2 written,
 * 10 unchanged)", `src/lib/data-files.ts`).
 */
export function keptFiles(log: string): number {
  const pages = log.match(/\((?:restored|cached)\)/gu)?.length ?? 0;
  return pages + [...log.matchAll(/ files \(\d+ written, (\d+) unchanged\)/gu)].reduce((n, m) => n + Number(m[1]), 0);
}
