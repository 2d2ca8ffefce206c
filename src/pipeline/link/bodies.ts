/**
 * An article's body as written: its record's tree with the linked mentions as entity links, cut
 * to one page. The link stage makes bodies this way on the main thread, and the Markdown workers
 * from the same inputs (the record as cached JSON, each mention's slug, the pages), so both give
 * the same tree.
 */
import type { Root } from 'mdast';
import type { ArticleRecord } from '../article.ts';
import type { LinkedSpan } from './events.ts';
import { insertMentionLinks } from './mention-links.ts';

/** What makes one page's body: each mention's entity slug (null: not linked), the page of each block, and the page (0: an article of one page). */
export interface BodyRecipe {
  slugs: (string | null)[];
  pages: number[];
  page: number;
}

/**
 * The record's tree with its linked mentions as entity links. The tree is changed in place: a
 * caller whose record is shared passes a copy (a worker's record, just parsed, is its own).
 */
export function linkedTree(record: Pick<ArticleRecord, 'tree' | 'mentions'>, slugs: readonly (string | null)[]): Root {
  const spans: LinkedSpan[] = record.mentions.flatMap((m, mi) => (slugs[mi] ? [{ start: m.start, end: m.end, slug: slugs[mi] }] : []));
  return insertMentionLinks(record.tree, spans);
}

/** The blocks of one page of a linked tree (the whole tree for page 0). */
export function pageTree(tree: Root, recipe: Pick<BodyRecipe, 'pages' | 'page'>): Root {
  return recipe.page === 0 ? tree : { type: 'root', children: tree.children.filter((_, i) => recipe.pages[i] === recipe.page) };
}
