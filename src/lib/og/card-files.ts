/**
 * The share-card images of a build, written as files rather than rendered by Astro one route at a
 * time: Astro's per-file work (render call, log line, folder, write) cost more than the card's
 * cached bytes, and cards are a third of a large digest's output files. The og route knows the
 * digest's articles and entities, so it lists the cards and starts rendering the uncached ones on
 * worker threads (`prerender.ts`); the card-files integration hard-links each cached PNG into the
 * output when the build is done.
 *
 * The route runs in Astro's bundled page code and the integration in the config's module graph:
 * two copies of every module, one process. The list passes between them on `globalThis`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy } from '../files.ts';
import { cacheDir, cardHash, renderCard, type Card } from './card.ts';
import { prerenderCards } from './prerender.ts';

/** One card image of the output. */
export interface CardFile {
  /** Its path in the output folder, e.g. `og/entity/tony-blair.png`. */
  path: string;
  card: Card;
}

/** The cards a build writes, and the worker rendering that fills the cache for them. */
interface Scheduled {
  files: CardFile[];
  rendered: Promise<unknown>;
}

const KEY = Symbol.for('news-digest:card-files');
/** Present while a build runs (the integration's build:start); then holds what the route scheduled. */
const registry = globalThis as { [KEY]?: { scheduled?: Scheduled } };

/** Marks that a build is running in this process, so the og route hands its cards over. */
export function expectCardFiles(): void {
  registry[KEY] = {};
}

/**
 * Hands the build's card images over and starts rendering the uncached ones on worker threads.
 * False when no build expects them (`astro dev`: the route then serves each card on request).
 */
export function scheduleCardFiles(files: CardFile[], dir = cacheDir()): boolean {
  const build = registry[KEY];
  if (!build) return false;
  const rendered = prerenderCards(files.map((f) => f.card), dir);
  // A failure is reported by writeCardFiles, which awaits this; not as unhandled before that.
  rendered.catch(() => {});
  build.scheduled = { files, rendered };
  return true;
}

/** Takes the cards scheduled during this build and ends the build's registration. */
export function takeCardFiles(): Scheduled | undefined {
  const scheduled = registry[KEY]?.scheduled;
  delete registry[KEY];
  return scheduled;
}

/**
 * Writes the scheduled cards into `dist`: waits for the workers, renders what they left (fewer
 * cards than make workers worth starting), then hard-links every cached PNG to its path.
 */
export async function writeCardFiles(dist: string, scheduled: Scheduled, dir = cacheDir()): Promise<number> {
  await scheduled.rendered;
  for (const { path, card } of scheduled.files) {
    const cached = join(dir, `${cardHash(card)}.png`);
    if (!existsSync(cached)) await renderCard(card, dir);
    linkOrCopy(cached, join(dist, path));
  }
  return scheduled.files.length;
}
