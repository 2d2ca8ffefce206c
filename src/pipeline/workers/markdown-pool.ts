/**
 * Makes many new article entries on worker threads (see `markdown-worker.ts`): the jobs are split
 * into one contiguous share per worker and the texts come back in the same order, so the output
 * is the same as making them on the main thread.
 */
import { Worker } from 'node:worker_threads';
import { request } from './pool.ts';
import type { EntryJob } from './markdown-worker.ts';

const WORKER_URL = new URL('./markdown-worker.ts', import.meta.url);

/** Sends one share to a new worker and resolves with its texts; the worker is stopped after. */
async function makeShare(jobs: EntryJob[]): Promise<string[]> {
  const worker = new Worker(WORKER_URL);
  try {
    const reply = await request<EntryJob[], { texts?: string[]; error?: string }>(worker, jobs, 'article entries');
    if (!reply.texts) throw new Error(`markdown worker failed: ${reply.error}`);
    return reply.texts;
  } finally {
    await worker.terminate();
  }
}

/** The text of every entry, in order, made by `workers` worker threads. */
export async function entriesOnWorkers(jobs: readonly EntryJob[], workers: number): Promise<string[]> {
  const size = Math.ceil(jobs.length / Math.max(1, workers));
  const shares: EntryJob[][] = [];
  for (let i = 0; i < jobs.length; i += size) shares.push(jobs.slice(i, i + size));
  return (await Promise.all(shares.map(makeShare))).flat();
}
