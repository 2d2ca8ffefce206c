/**
 * remark plugin: raw HTML in a seed is shown as text, never passed through. `<script>` in an
 * article becomes the visible characters `<script>`.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Replaces every `html` node with a `text` node of the same source characters. */
export default function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value, position: node.position };
      // A block of HTML at top level becomes a paragraph of text.
      parent.children[index] = (parent.type === 'root' ? { type: 'paragraph', children: [text], position: node.position } : text) as never;
    });
  };
}
