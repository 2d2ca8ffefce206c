/**
 * Worker thread: renders article bodies for the page code (`article-bodies.ts`), with the same
 * renderer a page uses. Each message is a numbered list of entry files; the reply, with the same
 * number (messages overlap: a reply can overtake an earlier one), is their HTML in that order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bodyRenderer, renderBodyFile } from './markdown.ts';

const render = await bodyRenderer((workerData as { base: string }).base);

parentPort?.on('message', async ({ id, files }: { id: number; files: string[] }) => {
  try {
    const html: string[] = [];
    for (const file of files) html.push(await renderBodyFile(render, file));
    parentPort?.postMessage({ id, html });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
