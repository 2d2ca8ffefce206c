/**
 * A Pagefind page index on a worker thread (`page-index-worker.ts`), for pages handed over while
 * the build's main thread renders: the same calls as `openPageIndex`, the encoding off the main
 * thread.
 */
import { Worker } from 'node:worker_threads';
import { request } from '../lib/worker-request.ts';
import type { PageIndex } from './pagefind-index.ts';

/** What the main thread sends: pages, their HTML as UTF-8 (no reply), or the end of the index (one reply). */
export type PageIndexMessage = { op: 'add'; pages: { path: string; bytes: Uint8Array }[] } | { op: 'write'; outputPath: string } | { op: 'discard' };

/**
 * Pages sent to the worker in one message. A message cost the main thread ~0.3 ms, a page's
 * share of its copying little once its HTML is encoded and the bytes handed over (transferred,
 * not copied).
 */
const PAGES_PER_MESSAGE = 16;
/** The worker's one reply: the pages written, or why it failed. */
export type PageIndexReply = { count: number; error?: undefined } | { error: string };

/** Opens a page index on a new worker thread; it ends (and its Pagefind with it) after `write` or `discard`. */
export function openPageIndexWorker(): PageIndex {
  const worker = new Worker(new URL('./page-index-worker.ts', import.meta.url));
  // Never what keeps the build's process alive, and a crash is reported by `write`/`discard`.
  worker.unref();
  let stopped: Error | undefined;
  worker.on('error', (error: Error) => (stopped ??= error));
  worker.once('exit', (code) => (stopped ??= new Error(`search indexing worker exited (code ${code})`)));
  const encoder = new TextEncoder();
  let batch: { path: string; bytes: Uint8Array }[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    worker.postMessage({ op: 'add', pages: batch } satisfies PageIndexMessage, batch.map((p) => p.bytes.buffer as ArrayBuffer));
    batch = [];
  };
  const end = async (message: PageIndexMessage): Promise<number> => {
    flush();
    try {
      if (stopped) throw stopped;
      const reply = await request<PageIndexMessage, PageIndexReply>(worker, message, 'search indexing');
      if (reply.error !== undefined) throw new Error(reply.error);
      return reply.count;
    } finally {
      await worker.terminate();
    }
  };
  return {
    add: async (path, html) => {
      batch.push({ path, bytes: encoder.encode(html) });
      if (batch.length >= PAGES_PER_MESSAGE) flush();
    },
    write: (outputPath) => end({ op: 'write', outputPath }),
    discard: async () => void (await end({ op: 'discard' })),
  };
}
