/**
 * remark plugin (site side): gives every top-level block of an article an anchor id (`p1`,
 * `p2`, ...), the same ids the pipeline uses for events, quotes and descriptions, so they can
 * deep-link to the exact paragraph.
 */
import type { Root } from 'mdast';
// Type-only: adds `hProperties` (attributes for the HTML element) to mdast's `data`.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { blockId } from '../pipeline/parse/segments.ts';

/**
 * Adds `id="pN"` to the N-th top-level block. Further pages of a long article say in their front
 * matter (`firstParagraph`) where their numbering starts, so ids continue across pages.
 */
export default function remarkParagraphIds() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { firstParagraph?: unknown } } }).astro?.frontmatter;
    const first = typeof frontmatter?.firstParagraph === 'number' ? frontmatter.firstParagraph - 1 : 0;
    tree.children.forEach((node, i) => {
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: blockId(first + i) } };
    });
  };
}
