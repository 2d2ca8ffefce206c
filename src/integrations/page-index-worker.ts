/**
 * Worker thread: a Pagefind page index fed by the build's main thread (`openPageIndexWorker`).
 * Sending a page to Pagefind encodes it (JSON, then base64) and writes it down a pipe, ~0.7 ms an
 * article page: 11 % of the main thread while Astro rendered the article pages (profile of a cold
 * 10,000-article build). Here it costs the main thread an encoding and a share of a `postMessage`.
 * Pages are added in the order they arrive; `write` and `discard` end the index and close this
 * thread's Pagefind.
 */
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../lib/thread-priority.ts';
import { closeIndexer, openPageIndex, type PageIndex } from './pagefind-index.ts';
import type { PageIndexMessage, PageIndexReply } from './page-index.ts';

// At the lowest priority, and with it the Pagefind process this thread starts (a process takes
// the priority of the thread that starts it): the archive is needed only when the build is done,
// the pages and their bodies are needed now.
lowerThreadPriority();
let index: Promise<PageIndex> = openPageIndex();
// A failure to open the index is reported by `write`, not as an unhandled rejection that would
// stop this thread (and with it the build) before any page arrives.
index.catch(() => {});
const decoder = new TextDecoder();
/** The first failure of an add, reported by `write`. */
let failed: string | undefined;

parentPort!.on('message', (message: PageIndexMessage) => {
  if (message.op === 'add') {
    // Chained: each add is called after the one before it, in the order the pages arrived.
    index = index.then((i) => {
      for (const page of message.pages) i.add(page.path, decoder.decode(page.bytes)).catch((error: Error) => (failed ??= error.message));
      return i;
    });
    index.catch(() => {});
    return;
  }
  const end = index.then(async (i): Promise<PageIndexReply> => {
    if (message.op === 'discard') return (await i.discard(), { count: 0 });
    const count = await i.write(message.outputPath);
    if (failed) throw new Error(failed);
    return { count };
  });
  end
    .catch((error: Error): PageIndexReply => ({ error: error.message }))
    .then(async (reply) => {
      await closeIndexer();
      parentPort!.postMessage(reply);
    });
});
