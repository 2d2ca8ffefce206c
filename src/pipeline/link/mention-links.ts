/**
 * Writes linked mentions into the article body as Markdown links with an `entity:` URL
 * (`[Trump](entity:donald-trump)`), which the site's remark plugin resolves through the URL
 * module. Only mentions inside one text node, outside existing links, are linked.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { plainTextOf } from '../parse/segments.ts';
import type { LinkedSpan } from './events.ts';

/** The URL scheme of a mention link in generated Markdown. */
export const ENTITY_SCHEME = 'entity:';

/** Splits text nodes of `tree` around the mentions and wraps each mention in an entity link. */
export function insertMentionLinks(tree: Root, mentions: readonly LinkedSpan[]): Root {
  const plain = plainTextOf(tree);
  const replacements = new Map<Text, PhrasingContent[]>();
  plain.segments.forEach((seg, i) => {
    if (!seg.linkable) return;
    const inside = mentions.filter((m) => m.start >= seg.start && m.end <= seg.end).sort((a, b) => a.start - b.start);
    if (inside.length === 0) return;
    const node = plain.nodes[i]!;
    const parts: PhrasingContent[] = [];
    let at = seg.start;
    for (const m of inside) {
      if (m.start < at) continue; // overlapping mentions: keep the first
      if (m.start > at) parts.push({ type: 'text', value: plain.text.slice(at, m.start) });
      const link: Link = { type: 'link', url: ENTITY_SCHEME + m.slug, children: [{ type: 'text', value: plain.text.slice(m.start, m.end) }] };
      parts.push(link);
      at = m.end;
    }
    if (at < seg.end) parts.push({ type: 'text', value: plain.text.slice(at, seg.end) });
    replacements.set(node, parts);
  });
  const rewrite = (node: { children?: unknown[] }): void => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => replacements.get(child as Text) ?? [child]);
    for (const child of node.children) rewrite(child as { children?: unknown[] });
  };
  rewrite(tree as { children?: unknown[] });
  return tree;
}
