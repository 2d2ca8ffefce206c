/**
 * rehype plugin: rehype-raw, run only on a tree it could change. hast-util-raw re-parses the
 * whole tree through parse5 even when the tree has no `raw` node, which gives the article bodies
 * the site renders from the ingest's trees back unchanged (their HTML was turned into text
 * before: `remark-html-as-text`) and was a fifth of rendering one (10,001 benchmark bodies: 0.93–0.95
 * ms a body with it, 0.75–0.84 ms with this plugin, byte for byte the same HTML). Besides parsing raw
 * HTML, the round trip through parse5 turns a `true` property that is no HTML boolean (GFM
 * footnotes' `data-footnote-ref`) into an empty string, so trees with `true` properties are
 * re-parsed too.
 */
import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Whether hast-util-raw could change `tree`: it has a `raw` node or an element property set to `true`. */
export function rawParseMatters(tree: Root): boolean {
  let matters = false;
  visit(tree, (node) => {
    if (node.type === 'raw' || (node.type === 'element' && hasTrueProperty(node.properties))) {
      matters = true;
      return EXIT;
    }
  });
  return matters;
}

/** Whether an element's properties have one set to `true` (a loop: this runs on every element of every body). */
function hasTrueProperty(properties: Record<string, unknown>): boolean {
  for (const name in properties) if (properties[name] === true) return true;
  return false;
}

/** rehype-raw with `options`, for trees it could change (`rawParseMatters`); others pass as they are. */
export default function rehypeRawWhenPresent(options?: Options) {
  const parseRaw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root => (rawParseMatters(tree) ? parseRaw(tree, file) : tree);
}
