/**
 * Worker thread for the write stage: turns article body trees into Markdown, the single most
 * expensive step after extraction in a cold ingest (~1 ms an article, mostly escaping text).
 */
import type { Root } from 'mdast';
import { parentPort } from 'node:worker_threads';
import { bodyMarkdown } from '../serialize.ts';

parentPort?.on('message', (bodies: Root[]) => {
  try {
    parentPort?.postMessage({ texts: bodies.map(bodyMarkdown) });
  } catch (error) {
    const e = error as Error;
    parentPort?.postMessage({ error: e.stack ?? String(e) });
  }
});
