/**
 * The share-card images of a build, written as files rather than rendered by Astro one route at a
 * time: Astro's per-file work (render call, log line, folder, write) cost more than the card's
 * cached bytes, and cards are a third of a large digest's output files. The og route knows the
 * digest's articles and entities, so it lists the cards and starts rendering the uncached ones on
 * worker threads (`prerender.ts`); when the build is done, each cached PNG is hard-linked into the
 * output (`og/`, rebuilt whole by every build: `stale-output.ts`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { currentBuild } from '../build-state.ts';
import { linkOrCopy } from '../files.ts';
import { cacheDir, cardHash, renderCard, type Card } from './card.ts';
import { prerenderCards } from './prerender.ts';

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
  const rendered = prerenderCards(files.map((f) => f.card), dir);
  // A failure is reported by writeCardFiles, which awaits this; not as unhandled before that.
  rendered.catch(() => {});
  build.finishers.push(async ({ dist, logger }) => {
    await rendered;
    logger.info(`share cards: ${await writeCardFiles(dist, files, dir)} images`);
  });
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
