/**
 * remark plugin (site side): links in article text that leave the site (absolute `http:` or
 * `https:` URLs, or protocol-relative `//host/...`) are marked `rel="external noopener
 * noreferrer"`, so readers and tests can tell them from the site's own links, and the target
 * page gets no handle on ours.
 */
import type { Root } from 'mdast';
// Type-only: adds `hProperties` (attributes for the HTML element) to mdast's `data`.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

/** True for a URL that points to another host. */
export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\//iu.test(url.trim());
}

/** Adds `rel` to external links. */
export default function remarkExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      if (!isExternalUrl(node.url)) return;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), rel: ['external', 'noopener', 'noreferrer'] } };
    });
  };
}
