/**
 * Makes the Markdown of many body trees on worker threads (see `markdown-worker.ts`): the trees
 * are split into one contiguous share per worker and the texts come back in the same order, so
 * the output is the same as making them on the main thread.
 */
import type { Root } from 'mdast';
import { Worker } from 'node:worker_threads';
import { request } from './pool.ts';

const WORKER_URL = new URL('./markdown-worker.ts', import.meta.url);

/** Sends one share to a new worker and resolves with its texts; the worker is stopped after. */
async function makeShare(bodies: Root[]): Promise<string[]> {
  const worker = new Worker(WORKER_URL);
  try {
    const reply = await request<Root[], { texts?: string[]; error?: string }>(worker, bodies, 'Markdown serialisation');
    if (!reply.texts) throw new Error(`markdown worker failed: ${reply.error}`);
    return reply.texts;
  } finally {
    await worker.terminate();
  }
}

/** The Markdown of every tree, in order, made by `workers` worker threads. */
export async function bodiesToMarkdown(bodies: readonly Root[], workers: number): Promise<string[]> {
  const size = Math.ceil(bodies.length / Math.max(1, workers));
  const shares: Root[][] = [];
  for (let i = 0; i < bodies.length; i += size) shares.push(bodies.slice(i, i + size));
  return (await Promise.all(shares.map(makeShare))).flat();
}
