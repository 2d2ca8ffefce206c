/**
 * Markdown seed → front matter + mdast. Raw HTML becomes text and unsafe link targets are dropped
 * before any later stage sees the tree.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Warning } from '../logger.ts';
import { parseYaml, issuesToWarnings } from '../yaml-issues.ts';
import { frontMatterSchema, type FrontMatter } from '../../schemas/front-matter.ts';
import remarkHtmlAsText from './plugins/remark-html-as-text.ts';
import remarkSafeUrls from './plugins/remark-safe-urls.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkHtmlAsText).use(remarkSafeUrls);

/** A Markdown seed, parsed. */
export interface MarkdownTree {
  /** Valid front matter fields (invalid ones are reported and left out). */
  frontMatter: FrontMatter;
  /** A leading `# Heading`, used as the title when the front matter has none. */
  heading?: string;
  /** The body: front matter and the leading heading removed. */
  tree: Root;
  /** Problems found in the front matter. */
  warnings: Warning[];
}

/** Validates front matter field by field, so one bad field does not discard the others. */
function readFrontMatter(file: string, source: string, line: number): { frontMatter: FrontMatter; warnings: Warning[] } {
  const { yaml, warnings } = parseYaml(file, source, line);
  if (warnings.length) return { frontMatter: {}, warnings: [...warnings, { file, line: line + 1, message: 'front matter ignored' }] };
  const data: unknown = yaml.doc.toJS();
  if (data === null || data === undefined) return { frontMatter: {}, warnings };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { frontMatter: {}, warnings: [{ file, line: line + 1, message: 'front matter must be a mapping of fields: ignored' }] };
  }
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return { frontMatter: result.data, warnings };
  const bad = new Set(result.error.issues.map((i) => i.path[0]));
  const kept = Object.fromEntries(Object.entries(data).filter(([k]) => !bad.has(k)));
  return {
    frontMatter: frontMatterSchema.parse(kept),
    warnings: issuesToWarnings(file, yaml, result.error.issues, 'front matter field'),
  };
}

/** Parses a Markdown seed with optional YAML front matter. */
export function markdownToMdast(file: string, text: string): MarkdownTree {
  const tree = processor.runSync(processor.parse(text)) as Root;
  let frontMatter: FrontMatter = {};
  let warnings: Warning[] = [];
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    ({ frontMatter, warnings } = readFrontMatter(file, first.value, first.position?.start.line ?? 1));
    tree.children.shift();
  }
  let heading: string | undefined;
  const lead = tree.children[0];
  if (lead?.type === 'heading' && lead.depth === 1) {
    heading = toString(lead).trim();
    tree.children.shift();
  }
  return { frontMatter, heading, tree, warnings };
}
