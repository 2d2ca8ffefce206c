/**
 * Renders uncached preview cards on every core into the card cache (`renderCard` writes each PNG
 * atomically). A card costs ~3 ms (shaping, drawing, PNG encoding; ~20 ms with satori and
 * librsvg before): ~70 s of one core for the ~22,700 cards of a 10,000-article digest, so a build
 * starts this when the og route lists its cards and links the cached files when it is done
 * (`card-files.ts`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheDir, cardHash, type Card } from './card.ts';

/** Below this many uncached cards, rendering them in the endpoint is cheaper than starting workers. */
export const MIN_CARDS_FOR_WORKERS = 64;

/** The cards of `cards` that are not in the cache yet. */
export function uncachedCards(cards: readonly Card[], dir = cacheDir()): Card[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    const hash = cardHash(card);
    if (seen.has(hash) || existsSync(join(dir, `${hash}.png`))) return false;
    seen.add(hash);
    return true;
  });
}

/** What a card worker renders: these cards, or its lane of the cards of a content folder (`content-cards.ts`). */
export type CardWork = { cards: Card[]; dir: string } | { contentDir: string; lane: number; lanes: number; dir: string };

/**
 * Runs `lanes` card workers, worker `lane` on `work(lane)`, until all are done. The worker module
 * is the project's own TypeScript, run by Node directly (this code may be bundled, so it is found
 * from the project root).
 */
async function runWorkers(lanes: number, work: (lane: number) => CardWork): Promise<void> {
  const script = join(process.cwd(), 'src/lib/og/card-worker.ts');
  await Promise.all(Array.from({ length: lanes }, (_, lane) => new Promise<void>((resolvePromise, reject) => {
    const worker = new Worker(script, { workerData: work(lane) });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`card worker exited with ${code}`))));
  })));
}

/**
 * Renders `todo` (cards known to be uncached, `uncachedCards`) on worker threads (`workers` at a
 * time, one per core by default) into the cache folder; returns how many, 0 when too few for
 * workers (the endpoint renders those).
 */
export async function renderOnWorkers(todo: readonly Card[], dir = cacheDir(), workers = availableParallelism()): Promise<number> {
  if (todo.length < MIN_CARDS_FOR_WORKERS || workers < 2) return 0;
  // Every worker takes every n-th card: one worker per core for the whole run (starting a worker
  // loads HarfBuzz and the fonts, ~0.2 s), and similar cards spread evenly.
  const lanes = Math.min(workers, todo.length);
  await runWorkers(lanes, (lane) => ({ cards: todo.filter((_, i) => i % lanes === lane), dir }));
  return todo.length;
}

/**
 * Renders the cards of the content folder `contentDir` (`content-cards.ts`) into the cache folder
 * on `workers` worker threads, which read the content themselves: nothing of it runs on this
 * thread, which is busy syncing Astro's content store meanwhile.
 */
export async function prerenderContentCards(contentDir: string, dir = cacheDir(), workers = availableParallelism()): Promise<void> {
  const lanes = Math.max(1, workers);
  await runWorkers(lanes, (lane) => ({ contentDir, lane, lanes, dir }));
}
