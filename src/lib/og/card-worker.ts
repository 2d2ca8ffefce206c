/**
 * Worker thread: renders a share of the preview cards into the cache folder (see prerender.ts):
 * the cards it is given, or its lane of a content folder's (`content-cards.ts`).
 * One libvips thread per worker and no operation cache: the workers already use every core, and
 * each card is rendered once. At the lowest priority: the images are needed only when the build is
 * done, the pages' bodies and the pages themselves are needed now (`thread-priority.ts`).
 */
import { workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { renderCard } from './card.ts';
import { contentCards } from './content-cards.ts';
import { uncachedCards, type CardWork } from './prerender.ts';
import { lowerThreadPriority } from '../thread-priority.ts';

lowerThreadPriority();
sharp.concurrency(1);
sharp.cache(false);
const work = workerData as CardWork;
const cards = 'cards' in work ? work.cards : uncachedCards(contentCards(work.contentDir, work.lane, work.lanes), work.dir);
for (const card of cards) await renderCard(card, work.dir);
