/**
 * Worker thread: renders article bodies for the page code (`article-bodies.ts`), with the same
 * renderer a page uses. Each message is a list of entry files (one at a time, see
 * `worker-request.ts`); the reply is their HTML in that order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bodyRenderer, renderBodyFile } from './markdown.ts';

const render = await bodyRenderer((workerData as { base: string }).base);

parentPort?.on('message', async (files: string[]) => {
  try {
    const html: string[] = [];
    for (const file of files) html.push(await renderBodyFile(render, file));
    parentPort?.postMessage({ html });
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).stack ?? String(error) });
  }
});
