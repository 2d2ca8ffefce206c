/**
 * remark plugin (site side): root-relative links written in article Markdown (`/entities/x/`)
 * get the base path, so they work under a GitHub Pages sub-path too.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { createUrls } from '../lib/urls.ts';

/** Prefixes root-relative link and image URLs with the base path. */
export default function remarkSiteLinks(options: { base: string }) {
  const urls = createUrls(options.base);
  return (tree: Root) => {
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(urls.base)) {
        node.url = urls.asset(node.url);
      }
    });
  };
}
