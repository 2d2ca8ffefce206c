/** Markdown writers and trees for the tests of our remark-stringify handlers (`fast-text.ts`, `fast-link.ts`). */
import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
import { MARKDOWN_STYLE } from '../../src/pipeline/serialize.ts';

/** A Markdown writer with GFM and the write stage's options; `handlers` replace the default ones. */
export const markdownWriter = (handlers: Options['handlers'] = {}) => unified().use(remarkGfm).use(remarkStringify, { ...MARKDOWN_STYLE, handlers });

/** The kinds of block {@link blockTree} puts phrasing in. */
export const BLOCKS = ['paragraph', 'heading', 'listItem'] as const;

/** A document with `inline` in a block of the given kind (two paragraphs, a heading, or a list item). */
export function blockTree(inline: PhrasingContent[], block: (typeof BLOCKS)[number]): Root {
  const paragraph = { type: 'paragraph' as const, children: inline };
  return {
    type: 'root',
    children: block === 'heading' ? [{ type: 'heading', depth: 2, children: inline }] : block === 'listItem' ? [{ type: 'list', children: [{ type: 'listItem', children: [paragraph] }] }] : [paragraph, paragraph],
  };
}
