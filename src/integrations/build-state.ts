/**
 * Opens the state a build's page code shares with it (`src/lib/build-state.ts`) when the build
 * is configured (and starts rendering a cold build's share cards), and finishes what the routes
 * handed over when it is done: the share-card images are written, the article-body workers
 * stopped, the entity feeds and exports written.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beginBuild, currentBuild, finishBuild } from '../lib/build-state.ts';
import { startEarlyCards } from '../lib/og/card-files.ts';
import { lowerThreadPoolPriority } from '../lib/thread-priority.ts';
import { writeSynchronously } from '../lib/sync-writes.ts';
import { contentPaths } from '../config.ts';
import { listFiles } from '../lib/files.ts';

/** What the project's code is: the files whose hash is its version. */
const CODE = ['src', 'astro.config.mjs', 'package.json', 'package-lock.json'];

/**
 * A hash of the project's code: every file under `src/` but tests, the Astro config and the
 * dependencies as locked. Files a build writes itself (`data-files.ts`) are made again when it
 * changes; conservative (any code change remakes them all, once), and cheap (~300 files).
 */
export function projectCodeVersion(root: string): string {
  const hash = createHash('sha256');
  for (const entry of CODE) {
    const path = join(root, entry);
    const files = statSync(path, { throwIfNoEntry: false })?.isDirectory() ? listFiles(path).filter((f) => !/\.test\.ts$/u.test(f)).map((f) => `${entry}/${f}`) : existsSync(path) ? [entry] : [];
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** The integration. */
export default function buildState(): AstroIntegration {
  let building = false;
  const begin = (dist: string, root: string) => {
    if (!currentBuild()) beginBuild(dist, projectCodeVersion(root));
  };
  let dist = '';
  let root = '';
  let restoreWrites: (() => void) | undefined;
  return {
    name: 'news-digest:build-state',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        dist = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        // A build opens its state now, before Astro syncs the content (~12 s at 10,000 articles
        // on one core): a cold build renders its share cards meanwhile on the other cores.
        if (!building) return;
        begin(dist, root);
        startEarlyCards(resolve(root, contentPaths(process.env).contentDir));
      },
      'astro:build:start': async () => {
        begin(dist, root);
        // The pages are about to be written: what still goes through the thread pool must not
        // take the main thread's core. One call of the pool first, so that its threads exist.
        await stat(root);
        lowerThreadPoolPriority();
        // Astro's page files written without the pool (see sync-writes.ts), until the pages are done.
        restoreWrites = writeSynchronously();
      },
      // The pages are written: Node's own functions again for what follows (a build that fails
      // before this point leaves them replaced until its process ends).
      'astro:build:generated': () => restoreWrites?.(),
      'astro:build:done': async ({ dir, logger }) => finishBuild({ dist: fileURLToPath(dir), logger }),
    },
  };
}
