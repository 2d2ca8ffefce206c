/**
 * Worker thread: renders a share of the preview cards into the cache folder (see prerender.ts).
 */
import { workerData } from 'node:worker_threads';
import { renderCard, type Card } from './card.ts';

const { cards, dir } = workerData as { cards: Card[]; dir: string };
for (const card of cards) await renderCard(card, dir);
