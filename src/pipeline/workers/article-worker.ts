/**
 * Worker thread for the per-article stages: receives batches of seed files, runs
 * `processArticle` on each (and derives its link parts) and replies with the results as JSON text. The worker reads the seed
 * bytes itself, so the main thread never holds the bytes of a batch; JSON text is what the cache
 * stores, so the main thread writes it as is and parses it exactly like a cache hit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { ArticleCuration } from '../../schemas/curation.ts';
import { processArticle } from '../article.ts';
import { articleParts, partsText } from '../link/parts.ts';

/** One seed file to process. */
export interface ArticleJob {
  /** Position of the file in seed order; results are put back there. */
  index: number;
  /** Path relative to the seeds folder, with `/` separators. */
  file: string;
  /** The curation file's rule for this article, if any. */
  rule?: ArticleCuration;
}

/** A batch sent to a worker. */
export interface BatchRequest {
  /** Batch number, echoed in the reply. */
  id: number;
  /** Absolute or working-directory-relative seeds folder. */
  seedsDir: string;
  /** The extractor version (computed once by the main thread). */
  version: string;
  jobs: ArticleJob[];
}

/** A worker's reply: every job's result as JSON, or the error that stopped the batch. */
export interface BatchReply {
  /** The request's batch number. */
  id: number;
  /**
   * `JSON.stringify` of each job's `ArticleRecord | SkippedArticle`, and its link parts as the
   * cache keeps them (`partsText`: made here, so a cold ingest derives them on every core while
   * extraction runs), in job order.
   */
  results?: { index: number; hash: string; json: string; parts: string }[];
  /** Message and stack of an exception thrown by a stage (a bug: ingest fails as in-process). */
  error?: string;
}

/** Runs one batch; exported for tests and for the in-process fallback's parity. */
export function runBatch(request: BatchRequest): BatchReply {
  try {
    const results = request.jobs.map((job) => {
      const bytes = readFileSync(join(request.seedsDir, job.file));
      const result = processArticle({ file: job.file, bytes, rule: job.rule }, request.version);
      return { index: job.index, hash: result.hash, json: JSON.stringify(result), parts: partsText(articleParts(result)) };
    });
    return { id: request.id, results };
  } catch (error) {
    const e = error as Error;
    return { id: request.id, error: e.stack ?? String(e) };
  }
}

parentPort?.on('message', (request: BatchRequest) => {
  parentPort?.postMessage(runBatch(request));
});
