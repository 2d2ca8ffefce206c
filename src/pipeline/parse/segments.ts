/**
 * The plain text of an article body and the map back to its mdast text nodes. Recognisers read
 * the plain text; mentions found there are turned into links inside the text nodes they fall in.
 */
import type { Nodes, Parent, Root, Text } from 'mdast';

/** A run of plain text that comes from one mdast `text` node. */
export interface Segment {
  /** Offset of the node's first character in the plain text. */
  start: number;
  /** Offset one past its last character. */
  end: number;
  /** Index of the top-level block the node belongs to. */
  block: number;
  /** False inside links (a link cannot hold another link). */
  linkable: boolean;
}

/** A top-level block of the body and its range in the plain text. */
export interface BlockRange {
  /** Anchor id of the block on the article page (`p1`, `p2`, ...). */
  id: string;
  start: number;
  end: number;
}

/** Plain text of a body with its blocks and segments. */
export interface PlainText {
  text: string;
  blocks: BlockRange[];
  segments: Segment[];
  /** The text nodes, in the same order as `segments`. */
  nodes: Text[];
}

/** Separates top-level blocks in the plain text; recognisers never join across it. */
export const BLOCK_SEPARATOR = '\n\n';

/** The anchor id of the n-th (0-based) top-level block. One definition, used by page and pipeline. */
export function blockId(index: number): string {
  return `p${index + 1}`;
}

/**
 * Walks a body tree and returns its plain text: text and inline code values, line breaks as
 * newlines, image alt text, nested blocks separated by newlines.
 */
export function plainTextOf(tree: Root): PlainText {
  let text = '';
  const segments: Segment[] = [];
  const nodes: Text[] = [];
  const blocks: BlockRange[] = [];
  const walk = (node: Nodes, block: number, linkable: boolean): void => {
    switch (node.type) {
      case 'text':
        segments.push({ start: text.length, end: text.length + node.value.length, block, linkable });
        nodes.push(node);
        text += node.value;
        return;
      case 'inlineCode':
      case 'code':
        text += node.value;
        return;
      case 'break':
        text += '\n';
        return;
      case 'image':
        text += node.alt ?? '';
        return;
      default:
        if ('children' in node) {
          const inline = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || 'url' in node || node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'linkReference';
          const inLink = node.type === 'link' || node.type === 'linkReference';
          (node as Parent).children.forEach((child, i) => {
            if (!inline && i > 0) text += '\n';
            walk(child as Nodes, block, linkable && !inLink);
          });
        }
    }
  };
  tree.children.forEach((child, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    walk(child, i, true);
    blocks.push({ id: blockId(i), start, end: text.length });
  });
  return { text, blocks, segments, nodes };
}
