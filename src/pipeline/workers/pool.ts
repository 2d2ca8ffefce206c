/**
 * Runs the per-article stages of many seeds on a pool of worker threads (one per core by
 * default). Work goes out in small batches so faster workers take more of them; each result is
 * handed to `onResult` as soon as its batch returns (the caller writes it to the cache and puts it
 * in its seed-order slot), so output does not depend on which worker finished first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { request } from '../../lib/worker-request.ts';
import type { ArticleJob, BatchReply, BatchRequest } from './article-worker.ts';

const WORKER_URL = new URL('./article-worker.ts', import.meta.url);

/** Articles per message: big enough to amortise messaging, small enough to balance the load. */
export const DEFAULT_BATCH_SIZE = 16;

/** The default number of workers: one per core the process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Options of a pool run. */
export interface PoolOptions {
  seedsDir: string;
  /** Extractor version passed to `processArticle`. */
  version: string;
  /** Number of worker threads (at least 1; fewer are started when there are fewer batches). */
  workers: number;
  /** Articles per batch (default {@link DEFAULT_BATCH_SIZE}). */
  batchSize?: number;
  /** Workers started ahead of the work by {@link startArticleWorkers}: used first, and stopped with the others. */
  started?: readonly Worker[];
}

/**
 * Starts `count` article workers ahead of their work: each takes ~0.5 s to load its modules and
 * the entity model, which can overlap what the main thread does before it knows the jobs.
 */
export function startArticleWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => new Worker(WORKER_URL));
}

/**
 * Processes `jobs` on worker threads; calls `onResult` (on the main thread) for every result.
 * Rejects on the first failure, after stopping every worker.
 */
export async function processInWorkers(jobs: readonly ArticleJob[], options: PoolOptions, onResult: (index: number, hash: string, json: string, parts: string) => void): Promise<void> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const batches: ArticleJob[][] = [];
  for (let i = 0; i < jobs.length; i += size) batches.push(jobs.slice(i, i + size));
  const count = Math.max(1, Math.min(options.workers, batches.length));
  const started = options.started ?? [];
  const workers = [...started.slice(0, count), ...startArticleWorkers(Math.max(0, count - started.length))];
  const unused = started.slice(count);
  let next = 0;
  let failed = false;
  const drive = async (worker: Worker) => {
    while (!failed && next < batches.length) {
      const id = next++;
      const reply = await request<BatchRequest, BatchReply>(worker, { id, seedsDir: options.seedsDir, version: options.version, jobs: batches[id] }, `article batch ${id}`);
      if (reply.error !== undefined) throw new Error(`article worker failed on batch ${id}: ${reply.error}`);
      for (const r of reply.results ?? []) onResult(r.index, r.hash, r.json, r.parts);
    }
  };
  try {
    await Promise.all(
      workers.map((w) =>
        drive(w).catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
  } finally {
    await Promise.all([...workers, ...unused].map((w) => w.terminate()));
  }
}
