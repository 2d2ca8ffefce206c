/**
 * A Pagefind page index on a worker thread (`page-index-worker.ts`), for pages handed over while
 * the build's main thread renders: the same calls as `openPageIndex`, the encoding off the main
 * thread.
 */
import { Worker } from 'node:worker_threads';
import { request } from '../lib/worker-request.ts';
import type { PageIndex } from './pagefind-index.ts';

/** What the main thread sends: a page (no reply), or the end of the index (one reply). */
export type PageIndexMessage = { op: 'add'; path: string; html: string } | { op: 'write'; outputPath: string } | { op: 'discard' };
/** The worker's one reply: the pages written, or why it failed. */
export type PageIndexReply = { count: number; error?: undefined } | { error: string };

/** Opens a page index on a new worker thread; it ends (and its Pagefind with it) after `write` or `discard`. */
export function openPageIndexWorker(): PageIndex {
  const worker = new Worker(new URL('./page-index-worker.ts', import.meta.url));
  // Never what keeps the build's process alive.
  worker.unref();
  const end = async (message: PageIndexMessage): Promise<number> => {
    try {
      const reply = await request<PageIndexMessage, PageIndexReply>(worker, message, 'search indexing');
      if (reply.error !== undefined) throw new Error(reply.error);
      return reply.count;
    } finally {
      await worker.terminate();
    }
  };
  return {
    add: async (path, html) => worker.postMessage({ op: 'add', path, html } satisfies PageIndexMessage),
    write: (outputPath) => end({ op: 'write', outputPath }),
    discard: async () => void (await end({ op: 'discard' })),
  };
}
