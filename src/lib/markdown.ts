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
import { parseFrontmatter, rehypeHeadingIds, unified, type MarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'mdast';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified as unifiedPipeline, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { contentPaths } from '../config.ts';
import { relativePath } from './files.ts';
import { treeFileOf, treeFor } from './body-trees.ts';
import { entryBody } from '../pipeline/entry-layout.ts';
import remarkHtmlAsText from '../pipeline/parse/plugins/remark-html-as-text.ts';
import remarkEntityLinks from '../plugins/remark-entity-links.ts';
import remarkExternalLinks from '../plugins/remark-external-links.ts';
import remarkParagraphIds from '../plugins/remark-paragraph-ids.ts';
import remarkSiteLinks from '../plugins/remark-site-links.ts';
import rehypeRawWhenPresent from '../plugins/rehype-raw-when-present.ts';
import { once } from './lazy.ts';
import { urls } from './urls.ts';

/** Our remark plugins, in order, for the base path `base`. */
function remarkPlugins(base: string): PluggableList {
  return [remarkHtmlAsText, [remarkEntityLinks, { base }], [remarkSiteLinks, { base }], remarkExternalLinks, remarkParagraphIds];
}

/** The Markdown processor for the base path `base` (Astro's `markdown.processor`). */
export function markdownProcessor(base: string): MarkdownProcessor {
  return unified({ smartypants: false, remarkPlugins: remarkPlugins(base) as never });
}

/** The Markdown options of `astro.config.mjs`, shared with the article renderer. */
export const MARKDOWN_OPTIONS = { syntaxHighlight: false } as const;

/**
 * Text a parser would not give back as it is: what GFM turns into links by itself (`http://`,
 * `https://`, `www.`, e-mail addresses and `mailto:`/`xmpp:`, in any case; mdast finds some of
 * them in text after parsing, even where the Markdown escapes them, so how the Markdown was
 * written decides the links), and the characters a parser replaces (NUL, carriage returns).
 */
const NOT_AS_PARSED = /https?:\/\/|www\.|@|mailto:|xmpp:|[\0\r]/iu;

/** Whether a tree's text is all given back as it is by parsing its Markdown (see {@link NOT_AS_PARSED}). */
function textAsParsed(node: Root | RootContent): boolean {
  if (node.type === 'text') return !NOT_AS_PARSED.test(node.value);
  return !('children' in node) || node.children.every(textAsParsed);
}

/** A renderer of article bodies: from their Markdown, or from the tree the ingest wrote of it (`body-trees.ts`). */
export interface BodyRenderer {
  /** Astro's content renderer. */
  markdown: Awaited<ReturnType<MarkdownProcessor['createRenderer']>>;
  /** The HTML of a body's tree, as `markdown` renders the body's Markdown. */
  tree: (tree: Root, file: { frontmatter: Record<string, unknown>; fileURL: URL }) => Promise<string>;
}

/**
 * The article-body renderer for the base path `base`: Astro's content renderer's options, and
 * the same steps after parsing for a tree (Astro's processor takes only text). Bodies the tree
 * path would not render as the Markdown path does are always parsed: those with Markdown images
 * (Astro's image step is not exported) and those with text a parser changes ({@link NOT_AS_PARSED}).
 * `src/lib/markdown.test.ts` renders every kind of block both ways and compares the HTML.
 */
export async function bodyRenderer(base: string): Promise<BodyRenderer> {
  const markdown = await markdownProcessor(base).createRenderer({ ...MARKDOWN_OPTIONS, gfm: true, image: { domains: [], remotePatterns: [] } });
  const steps = unifiedPipeline()
    .use(remarkPlugins(base))
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rehypeHeadingIds)
    .use(rehypeRawWhenPresent)
    .use(rehypeStringify, { allowDangerousHtml: true });
  const tree: BodyRenderer['tree'] = async (root, { frontmatter, fileURL }) => {
    const file = new VFile({ path: fileURL, data: { astro: { frontmatter } } });
    return steps.stringify(await steps.run(root, file), file);
  };
  return { markdown, tree };
}

/** Whether a tree file's text has Markdown images, which only Astro's own renderer handles. */
const hasImages = (treeText: string) => treeText.includes('"type":"image');

/** The text of the tree file of the entry file `file` (absolute), if the entry is in the content folder and has one. */
function readTreeFile(file: string): string | undefined {
  const content = resolve(contentPaths(process.env).contentDir);
  const entry = relativePath(content, file);
  if (entry.startsWith('..')) return undefined;
  try {
    return readFileSync(join(content, treeFileOf(entry)), 'utf8');
  } catch {
    return undefined;
  }
}

/** The article renderer of this thread, made on first use with the site's base path. */
const renderer = once(() => bodyRenderer(urls.base));

/**
 * The HTML of the body of the Markdown entry file `filePath` (relative to the project root, which
 * is where builds run), rendered as Astro's own content renderer would: from the tree the ingest
 * wrote of it when there is one for exactly this body (`body-trees.ts`), else from its Markdown.
 */
export async function renderBodyFile(render: BodyRenderer, filePath: string): Promise<string> {
  const file = resolve(filePath);
  // Read synchronously: fs/promises' readFile is several times slower for a small file.
  const text = readFileSync(file, 'utf8');
  const { frontmatter, content } = parseFrontmatter(text);
  const treeText = readTreeFile(file);
  const tree = treeText === undefined || hasImages(treeText) ? undefined : treeFor(treeText, entryBody(text));
  if (tree && textAsParsed(tree)) return render.tree(tree, { frontmatter, fileURL: pathToFileURL(file) });
  const { code } = await render.markdown.render(content, { frontmatter, fileURL: pathToFileURL(file) });
  return code;
}

/** The HTML of a generated Markdown entry's body, rendered on this thread. */
export async function renderEntryBody(entry: { filePath?: string; id: string }): Promise<string> {
  if (!entry.filePath) throw new Error(`${entry.id}: no file to render`);
  return renderBodyFile(await renderer(), entry.filePath);
}
