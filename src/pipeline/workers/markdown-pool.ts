/**
 * Makes many new article entries on worker threads (see `markdown-worker.ts`): the jobs are split
 * into one contiguous share per worker and the entries come back in the same order, so the output
 * is the same as making them on the main thread.
 */
import { Worker } from 'node:worker_threads';
import { request } from '../../lib/worker-request.ts';
import type { EntryJob, MadeEntry } from './markdown-worker.ts';

const WORKER_URL = new URL('./markdown-worker.ts', import.meta.url);

/**
 * Starts `count` Markdown workers ahead of their work: each takes ~0.3 s to load its modules,
 * which can overlap what the main thread does before it knows the jobs.
 */
export function startMarkdownWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => new Worker(WORKER_URL));
}

/** Sends one share to a worker (a new one unless given) and resolves with its entries; the worker is stopped after. */
async function makeShare(jobs: EntryJob[], worker = new Worker(WORKER_URL)): Promise<MadeEntry[]> {
  try {
    const reply = await request<EntryJob[], { entries?: MadeEntry[]; error?: string }>(worker, jobs, 'article entries');
    if (!reply.entries) throw new Error(`markdown worker failed: ${reply.error}`);
    return reply.entries;
  } finally {
    await worker.terminate();
  }
}

/**
 * Every entry (text and body tree), in order, made by `workers` worker threads: those `started`
 * ahead (see {@link startMarkdownWorkers}) first; any of them left without a share are stopped.
 */
export async function entriesOnWorkers(jobs: readonly EntryJob[], workers: number, started: readonly Worker[] = []): Promise<MadeEntry[]> {
  const size = Math.ceil(jobs.length / Math.max(1, workers));
  const shares: EntryJob[][] = [];
  for (let i = 0; i < jobs.length; i += size) shares.push(jobs.slice(i, i + size));
  const unused = started.slice(shares.length).map((w) => w.terminate());
  const made = await Promise.all(shares.map((share, i) => makeShare(share, started[i])));
  await Promise.all(unused);
  return made.flat();
}
