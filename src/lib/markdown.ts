/**
 * The site's Markdown processor, in one place: Astro renders the editorial pages with it
 * (`astro.config.mjs`), and article pages render their bodies with it (`renderEntryBody`).
 * Article bodies are data: raw HTML is shown as text, mention links are resolved through the URL
 * module, blocks get paragraph anchors, and text is shown as written (no smart quotes).
 *
 * Article bodies are rendered when their page is built, not when the content is synced: kept in
 * Astro's data store, their HTML was 46 of its 67 MB at 10,000 articles, and Astro serialises,
 * bundles and loads the whole store on every build, unchanged or not (profile of a no-change build).
 */
import { parseFrontmatter, unified, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkHtmlAsText from '../pipeline/parse/plugins/remark-html-as-text.ts';
import remarkEntityLinks from '../plugins/remark-entity-links.ts';
import remarkExternalLinks from '../plugins/remark-external-links.ts';
import remarkParagraphIds from '../plugins/remark-paragraph-ids.ts';
import remarkSiteLinks from '../plugins/remark-site-links.ts';
import { once } from './lazy.ts';
import { urls } from './urls.ts';

/** The Markdown processor for the base path `base` (Astro's `markdown.processor`). */
export function markdownProcessor(base: string): MarkdownProcessor {
  return unified({
    smartypants: false,
    remarkPlugins: [remarkHtmlAsText, [remarkEntityLinks, { base }], [remarkSiteLinks, { base }], remarkExternalLinks, remarkParagraphIds],
  });
}

/** The Markdown options of `astro.config.mjs`, shared with the article renderer. */
export const MARKDOWN_OPTIONS = { syntaxHighlight: false } as const;

/** A renderer of article bodies. */
export type BodyRenderer = Awaited<ReturnType<MarkdownProcessor['createRenderer']>>;

/** The article-body renderer for the base path `base`: Astro's content renderer's options. */
export function bodyRenderer(base: string): Promise<BodyRenderer> {
  return markdownProcessor(base).createRenderer({ ...MARKDOWN_OPTIONS, gfm: true, image: { domains: [], remotePatterns: [] } });
}

/** The article renderer of this thread, made on first use with the site's base path. */
const renderer = once(() => bodyRenderer(urls.base));

/**
 * The HTML of the body of the Markdown entry file `filePath` (relative to the project root, which
 * is where builds run), rendered as Astro's own content renderer would.
 */
export async function renderBodyFile(render: BodyRenderer, filePath: string): Promise<string> {
  const file = resolve(filePath);
  // Read synchronously: fs/promises' readFile is several times slower for a small file.
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
  const { code } = await render.render(content, { frontmatter, fileURL: pathToFileURL(file) });
  return code;
}

/** The HTML of a generated Markdown entry's body, rendered on this thread. */
export async function renderEntryBody(entry: { filePath?: string; id: string }): Promise<string> {
  if (!entry.filePath) throw new Error(`${entry.id}: no file to render`);
  return renderBodyFile(await renderer(), entry.filePath);
}
