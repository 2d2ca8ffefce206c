/**
 * Renders uncached preview cards on every core before Astro asks for them one by one. A card
 * costs ~25 ms (layout, rasterising, PNG encoding); Astro renders endpoints serially, so a
 * digest of 15,000 pages spent minutes on one core. Workers fill the card cache
 * (`renderCard` writes each PNG atomically); the endpoint then only reads the cache.
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

/**
 * Renders the uncached cards in worker threads (one per core) into the cache folder. The worker
 * module is the project's own TypeScript, run by Node directly (this code may be bundled).
 */
export async function prerenderCards(cards: readonly Card[], dir = cacheDir(), workers = availableParallelism()): Promise<number> {
  const todo = uncachedCards(cards, dir);
  if (todo.length < MIN_CARDS_FOR_WORKERS || workers < 2) return 0;
  const script = join(process.cwd(), 'src/lib/og/card-worker.ts');
  const shares = Array.from({ length: workers }, (_, w) => todo.filter((_, i) => i % workers === w));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolvePromise, reject) => {
          const worker = new Worker(script, { workerData: { cards: share, dir } });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`card worker exited with ${code}`))));
        }),
    ),
  );
  return todo.length;
}
