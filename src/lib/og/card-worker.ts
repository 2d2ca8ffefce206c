/**
 * Worker thread: renders a share of the preview cards into the cache folder (see prerender.ts).
 * One libvips thread per worker and no operation cache: the workers already use every core, and
 * each card is rendered once. At the lowest priority: the images are needed only when the build is
 * done, the pages' bodies and the pages themselves are needed now (`thread-priority.ts`).
 */
import { workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { renderCard, type Card } from './card.ts';
import { lowerThreadPriority } from '../thread-priority.ts';

lowerThreadPriority();
sharp.concurrency(1);
sharp.cache(false);
const { cards, dir } = workerData as { cards: Card[]; dir: string };
for (const card of cards) await renderCard(card, dir);
