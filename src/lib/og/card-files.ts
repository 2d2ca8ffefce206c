/**
 * The share-card images of a build, written as files rather than rendered by Astro one route at a
 * time: Astro's per-file work (render call, log line, folder, write) cost more than the card's
 * cached bytes, and cards are a third of a large digest's output files. The og route knows the
 * digest's articles and entities, so it lists the cards and starts rendering the uncached ones on
 * worker threads (`prerender.ts`); when the build is done, each cached PNG is hard-linked into the
 * output (`og/`, rebuilt whole by every build: `stale-output.ts`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { currentBuild } from '../build-state.ts';
import { linkOrCopy } from '../files.ts';
import { cacheDir, cardHash, renderCard, type Card } from './card.ts';
import { prerenderContentCards, renderOnWorkers, uncachedCards } from './prerender.ts';

/** One card image of the output. */
export interface CardFile {
  /** Its path in the output folder, e.g. `og/entity/tony-blair.png`. */
  path: string;
  card: Card;
}

/**
 * Hands the build's card images over: rendering the uncached ones starts now on worker threads,
 * and they are written when the build is done. False outside a build (`astro dev`: the route
 * then serves each card on request).
 */
export function scheduleCardFiles(files: CardFile[], dir = cacheDir()): boolean {
  const build = currentBuild();
  if (!build) return false;
  // After the cards rendered early (if any), so none is rendered twice.
  const early = build.slots.get(EARLY_CARDS) as Promise<void> | undefined;
  const cards = files.map((f) => f.card);
  // How many cards the early pass left (with none, all of them), rendered on workers when many.
  const rendered = (early ?? Promise.resolve()).catch(() => {}).then(async () => {
    const left = uncachedCards(cards, dir);
    await renderOnWorkers(left, dir);
    return left.length;
  });
  // A failure is reported by writeCardFiles, which awaits this; not as unhandled before that.
  rendered.catch(() => {});
  build.finishers.push(async ({ dist, logger }) => {
    const late = await rendered;
    const written = await writeCardFiles(dist, files, dir);
    logger.info(`share cards: ${written} images${early ? ` (rendered from the content folder from the start; ${late} more once the route listed them)` : ''}`);
  });
  return true;
}

/** The build-state slot of the cards rendered before the og route listed its own. */
const EARLY_CARDS = 'og:early-cards';

/**
 * Starts rendering the cards of the content folder `contentDir` on worker threads, for a build
 * whose card cache is empty (a cold build: the first deploy, a lost CI cache), as soon as the
 * build is configured (`content-cards.ts` says why). A build with cards in its cache renders the
 * few new ones when the og route lists them.
 */
export function startEarlyCards(contentDir: string, dir = cacheDir()): boolean {
  const build = currentBuild();
  if (!build || (existsSync(dir) && readdirSync(dir).length > 0)) return false;
  const early = prerenderContentCards(contentDir, dir);
  // Any failure only means the og route renders those cards itself.
  early.catch(() => {});
  build.slots.set(EARLY_CARDS, early);
  return true;
}

/** Writes `files` into `dist`: renders what the cache lacks, then hard-links every cached PNG to its path. */
export async function writeCardFiles(dist: string, files: readonly CardFile[], dir = cacheDir()): Promise<number> {
  for (const { path, card } of files) {
    const cached = join(dir, `${cardHash(card)}.png`);
    if (!existsSync(cached)) await renderCard(card, dir);
    linkOrCopy(cached, join(dist, path));
  }
  return files.length;
}
