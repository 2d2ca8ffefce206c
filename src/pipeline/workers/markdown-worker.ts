/**
 * Worker thread for the write stage: makes new article entries (body tree, Markdown, front
 * matter) and their bodies' trees as JSON from each article's record, the most expensive step
 * after extraction in a cold ingest (~0.5 ms an article, mostly writing Markdown). Files in a
 * folder new to the write (every folder of a first ingest) it writes itself into the write's
 * staging folder: sending ~20,000 texts back for the main thread to write made the main thread
 * the last to finish (a cold 10,000-article ingest: 31.1 → 28.7 s, one run each, same bytes).
 */
import { parentPort } from 'node:worker_threads';
import { entryTreeFileText } from '../../lib/body-trees.ts';
import { writeInFolder } from '../write.ts';
import { articlePageSchema, articleSchema } from '../../schemas/collections.ts';
import type { ArticleRecord } from '../article.ts';
import { linkedTree, pageTree, type BodyRecipe } from '../link/bodies.ts';
import { articleFile } from '../serialize.ts';

/**
 * One entry to make: its body key, whether it is a further page, its data, the record as cached
 * JSON, and how to make the body; and where to write the entry and its tree file when the write
 * stage stages them in a new folder (`GeneratedWrite.stagingPath`), instead of sending them back.
 */
export interface EntryJob {
  key: string;
  page: boolean;
  data: object;
  record: string;
  recipe: BodyRecipe;
  entryPath?: string;
  treePath?: string;
}

/**
 * A new entry: its text unless this thread wrote both files, its body's tree as JSON unless it
 * wrote the tree file (for `body-trees.ts`), and which of the two it wrote.
 */
export interface MadeEntry {
  text?: string;
  tree?: string;
  wroteEntry: boolean;
  wroteTree: boolean;
}

/** Makes one entry exactly as the write stage would (no previous version), and its body's tree; writes those it was given a path for. */
export function makeEntry(job: EntryJob): MadeEntry {
  const tree = pageTree(linkedTree(JSON.parse(job.record) as ArticleRecord, job.recipe.slugs), job.recipe);
  const text = articleFile((job.page ? articlePageSchema : articleSchema).parse(job.data), { key: job.key, tree: () => tree });
  const treeJson = JSON.stringify(tree);
  if (job.entryPath) writeInFolder(job.entryPath, text);
  if (job.treePath) writeInFolder(job.treePath, entryTreeFileText(text, treeJson));
  return {
    text: job.entryPath && job.treePath ? undefined : text,
    tree: job.treePath ? undefined : treeJson,
    wroteEntry: Boolean(job.entryPath),
    wroteTree: Boolean(job.treePath),
  };
}

parentPort?.on('message', (jobs: EntryJob[]) => {
  try {
    parentPort?.postMessage({ entries: jobs.map(makeEntry) });
  } catch (error) {
    const e = error as Error;
    parentPort?.postMessage({ error: e.stack ?? String(e) });
  }
});
