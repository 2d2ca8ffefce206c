/**
 * remark plugin (site side): resolves mention links written by the pipeline as
 * `[Trump](entity:donald-trump)` into entity page URLs through the URL module, and marks them
 * so the page can style them. Unknown schemes are left alone.
 */
import type { Root } from 'mdast';
// Type-only: adds `hProperties` (attributes for the HTML element) to mdast's `data`.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { createUrls } from '../lib/urls.ts';
import { ENTITY_SCHEME } from '../pipeline/link/mention-links.ts';

/** Options: the site's base path. */
export interface EntityLinkOptions {
  base: string;
}

/** Rewrites `entity:` links to entity page URLs. */
export default function remarkEntityLinks(options: EntityLinkOptions) {
  const urls = createUrls(options.base);
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      if (!node.url.startsWith(ENTITY_SCHEME)) return;
      node.url = urls.entity(node.url.slice(ENTITY_SCHEME.length));
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), className: ['mention'] } };
    });
  };
}
