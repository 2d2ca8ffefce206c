/**
 * The output folder is kept between builds (`vite.build.emptyOutDir: false`), so Astro's
 * incremental build leaves unchanged pages where they are instead of emptying the folder and
 * copying 40,000 files back from its cache (measured: most of a warm build of the BBC corpus was
 * spent unlinking and copying files). What the build did not produce this time is removed here.
 *
 * Current output is: what a route produced this build (rendered or kept: Astro lists both in
 * `astro:build:done`'s `assets`; files routes wrote themselves, `data-files.ts`), the copy of
 * `public/`, and the folders made whole by every build
 * (Vite's hashed assets, the search index), which are emptied when the build starts. Everything
 * else is a leftover: the pages of an article or entity that is gone.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentBuild } from '../lib/build-state.ts';
import { listFiles, relativePath } from '../lib/files.ts';

/** Folders in the output that are never touched (a deploy checkout). */
const KEEP = new Set(['.git']);

/**
 * Output written whole by every build (Vite's hashed assets, the search index, the share-card
 * images linked from their cache, the service worker written after this integration runs):
 * removed at the build's start, current at its end.
 */
export const REBUILT = ['_astro', 'pagefind', 'og', 'sw.js'] as const;

/** The files a build made: its routes' outputs (from `assets`) and the copy of `publicDir`. */
export function currentOutputs(dist: string, assets: Map<string, URL[]>, publicDir: string): Set<string> {
  const files = new Set(listFiles(publicDir));
  for (const urls of assets.values()) for (const url of urls) files.add(relativePath(dist, fileURLToPath(url)));
  return files;
}

/**
 * Removes the files under `dist` that are not in `current` and not rebuilt whole (`REBUILT`),
 * and the folders left empty. Returns the relative paths removed.
 */
export function removeStaleOutput(dist: string, current: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  const walk = (dir: string): boolean => {
    let empty = true;
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, d.name);
      const rel = relativePath(dist, path);
      if (KEEP.has(rel) || (REBUILT as readonly string[]).includes(rel)) {
        empty = false;
      } else if (d.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (current.has(rel)) {
        empty = false;
      } else {
        rmSync(path);
        removed.push(rel);
      }
    }
    return empty;
  };
  walk(dist);
  return removed.sort();
}

/**
 * Moves what is rebuilt whole (`REBUILT`) out of `dist` into a new folder under `trashRoot` and
 * deletes it in the background, with whatever an interrupted build left there. Deleting the
 * 23,000 search-index files of a 10,000-article digest took 3.5 s of the build's main thread
 * (profile); a rename takes no time, and the deletion runs on libuv's threads while Astro works.
 * An entry that cannot be renamed (`trashRoot` on another file system) is deleted in place.
 */
export function retireRebuilt(dist: string, trashRoot: string): Promise<void> {
  mkdirSync(trashRoot, { recursive: true });
  const leftovers = readdirSync(trashRoot).map((name) => join(trashRoot, name));
  const trash = mkdtempSync(join(trashRoot, 'build-'));
  for (const path of REBUILT) {
    const from = join(dist, path);
    if (!existsSync(from)) continue;
    try {
      renameSync(from, join(trash, path));
    } catch {
      rmSync(from, { recursive: true, force: true });
    }
  }
  return Promise.all([trash, ...leftovers].map((d) => rm(d, { recursive: true, force: true }))).then(() => undefined);
}

/**
 * The integration: clears what is rebuilt whole when the build starts and removes stale output when
 * it is done. Comes before the search integration, which then writes the index into a clean folder.
 */
export default function staleOutput(): AstroIntegration {
  let dist = '';
  let publicDir = '';
  let trashRoot = '';
  let retired: Promise<void> = Promise.resolve();
  return {
    name: 'news-digest:stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        dist = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        trashRoot = join(fileURLToPath(config.cacheDir), 'output-trash');
      },
      'astro:build:start': ({ logger }) => {
        // A failed deletion leaves only trash (removed by the next build): a warning, and never an
        // unhandled rejection that would stop the build while it renders.
        retired = retireRebuilt(dist, trashRoot).catch((error: Error) => logger.warn(`could not delete the previous search index and assets in ${trashRoot}: ${error.message}`));
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        await retired;
        const out = fileURLToPath(dir);
        const current = currentOutputs(out, assets, publicDir);
        // Files the routes wrote themselves (`src/lib/data-files.ts`); this runs before the
        // build-state integration closes the build.
        for (const file of currentBuild()?.outputs ?? []) current.add(file);
        const removed = removeStaleOutput(out, current);
        if (removed.length > 0) logger.info(`removed ${removed.length} files this build no longer makes`);
      },
    },
  };
}
