/**
 * Worker thread for the write stage: makes new article entries (body tree, Markdown, front
 * matter) and their bodies' trees as JSON from each article's record, the most expensive step after extraction in a cold ingest
 * (~1 ms an article, mostly escaping text and writing YAML).
 */
import { parentPort } from 'node:worker_threads';
import { articlePageSchema, articleSchema } from '../../schemas/collections.ts';
import type { ArticleRecord } from '../article.ts';
import { linkedTree, pageTree, type BodyRecipe } from '../link/bodies.ts';
import { articleFile } from '../serialize.ts';

/** One entry to make: its body key, whether it is a further page, its data, the record as cached JSON, and how to make the body. */
export interface EntryJob {
  key: string;
  page: boolean;
  data: object;
  record: string;
  recipe: BodyRecipe;
}

/** A new entry: its text, and its body's tree as JSON (for `body-trees.ts`). */
export interface MadeEntry {
  text: string;
  tree: string;
}

/** Makes one entry exactly as the write stage would (no previous version), and its body's tree. */
export function makeEntry(job: EntryJob): MadeEntry {
  const tree = pageTree(linkedTree(JSON.parse(job.record) as ArticleRecord, job.recipe.slugs), job.recipe);
  return { text: articleFile((job.page ? articlePageSchema : articleSchema).parse(job.data), { key: job.key, tree: () => tree }), tree: JSON.stringify(tree) };
}

parentPort?.on('message', (jobs: EntryJob[]) => {
  try {
    parentPort?.postMessage({ entries: jobs.map(makeEntry) });
  } catch (error) {
    const e = error as Error;
    parentPort?.postMessage({ error: e.stack ?? String(e) });
  }
});
