/**
 * Worker thread: renders a share of the preview cards into the cache folder (see prerender.ts).
 * One libvips thread per worker and no operation cache: the workers already use every core, and
 * each card is rendered once.
 */
import { workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { renderCard, type Card } from './card.ts';

sharp.concurrency(1);
sharp.cache(false);
const { cards, dir } = workerData as { cards: Card[]; dir: string };
for (const card of cards) await renderCard(card, dir);
