/**
 * remark plugin (site side): gives every top-level block of an article an anchor id (`p1`,
 * `p2`, ...), the same ids the pipeline uses for events, quotes and descriptions, so they can
 * deep-link to the exact paragraph.
 */
import type { Root } from 'mdast';
import { blockId } from '../pipeline/parse/segments.ts';

/** Adds `id="pN"` to the N-th top-level block. */
export default function remarkParagraphIds() {
  return (tree: Root) => {
    tree.children.forEach((node, i) => {
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: blockId(i) } };
    });
  };
}
