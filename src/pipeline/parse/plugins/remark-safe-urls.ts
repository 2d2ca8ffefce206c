/**
 * remark plugin: links and images keep only safe destinations. A `javascript:` (or `data:`,
 * `vbscript:`, `file:`) link is unwrapped to its text; such an image becomes its alt text. An
 * image on another host becomes a link to it, so pages load nothing from other hosts.
 */
import type { Link, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Protocols a reader's browser may follow from article text. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * True when a URL is relative (no scheme) or uses a safe protocol. Control characters and
 * whitespace are stripped first, as browsers do, so `java\tscript:` is caught too.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(cleaned);
  return !scheme || SAFE_PROTOCOLS.has(scheme[1]!.toLowerCase() + ':');
}

/** True for an image URL on another host (absolute or protocol-relative). */
export function isRemoteUrl(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//iu.test(url.trim());
}

/** Unwraps unsafe links and replaces unsafe images with their alt text. */
export default function remarkSafeUrls() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
        if (node.type === 'link') {
          parent.children.splice(index, 1, ...(node.children as never[]));
          return index;
        }
        node.url = '#';
      }
      if (node.type === 'image' && !isSafeUrl(node.url)) {
        const text: Text = { type: 'text', value: node.alt ?? '' };
        parent.children[index] = text as never;
      } else if (node.type === 'image' && isRemoteUrl(node.url)) {
        const link: Link = { type: 'link', url: node.url, children: [{ type: 'text', value: node.alt || node.url }] };
        parent.children[index] = link as never;
      }
      return undefined;
    });
  };
}
