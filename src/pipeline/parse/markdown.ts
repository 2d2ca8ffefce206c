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
import { visit } from 'unist-util-visit';
import { parseYaml, issuesToWarnings, lineOfPath } from '../yaml-issues.ts';
import { frontMatterSchema, type FrontMatter } from '../../schemas/front-matter.ts';
import remarkHtmlAsText from './plugins/remark-html-as-text.ts';
import remarkSafeUrls, { isRemoteUrl, isSafeUrl } from './plugins/remark-safe-urls.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkHtmlAsText).use(remarkSafeUrls);

/** A Markdown seed, parsed. */
export interface MarkdownTree {
  /** Valid front matter fields (invalid ones are reported and left out). */
  frontMatter: FrontMatter;
  /** A leading `# Heading`, used as the title when the front matter has none. */
  heading?: string;
  /** The body: front matter and the leading heading removed. */
  tree: Root;
  /** The line of each front matter field in the file, so later stages can point at it. */
  fieldLines: Record<string, number>;
  /** Problems found in the front matter and body. */
  warnings: Warning[];
}

/** Reads front matter: its valid fields, the line of each, and warnings. */
function readFrontMatter(file: string, source: string, line: number): { frontMatter: FrontMatter; fieldLines: Record<string, number>; warnings: Warning[] } {
  const { yaml, warnings: syntax } = parseYaml(file, source, line);
  const fieldLines: Record<string, number> = {};
  const { frontMatter, warnings } = validateFrontMatter(file, yaml, syntax, line);
  for (const key of Object.keys(frontMatter)) fieldLines[key] = lineOfPath(yaml, [key]);
  return { frontMatter, fieldLines, warnings };
}

/** Validates front matter field by field, so one bad field does not discard the others. */
function validateFrontMatter(file: string, yaml: ReturnType<typeof parseYaml>['yaml'], warnings: Warning[], line: number): { frontMatter: FrontMatter; warnings: Warning[] } {
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

/** Shortens a snippet of source for a warning. */
function snippet(value: string): string {
  const flat = value.replace(/\s+/gu, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/**
 * Reports what the safety plugins are about to change, with lines: raw HTML (shown as text) and
 * links or images with unsafe destinations (removed). One warning per kind and line.
 */
function safetyWarnings(file: string, tree: Root): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const add = (line: number | undefined, kind: string, message: string) => {
    const key = `${line}:${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    warnings.push({ file, line, message });
  };
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') add(line, 'html', `raw HTML \`${snippet(node.value)}\` is shown as text`);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      add(line, 'url', `unsafe ${node.type} destination \`${snippet(node.url)}\` removed (allowed: http, https, mailto, relative)`);
    } else if (node.type === 'image' && isRemoteUrl(node.url)) {
      add(line, 'image', `image \`${snippet(node.url)}\` is on another host: shown as a link (pages load nothing from other hosts)`);
    }
  });
  return warnings;
}

/** Parses a Markdown seed with optional YAML front matter. */
export function markdownToMdast(file: string, text: string): MarkdownTree {
  const parsed = processor.parse(text);
  const bodyWarnings = safetyWarnings(file, parsed);
  const tree = processor.runSync(parsed) as Root;
  let frontMatter: FrontMatter = {};
  let fieldLines: Record<string, number> = {};
  let warnings: Warning[] = [];
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    ({ frontMatter, fieldLines, warnings } = readFrontMatter(file, first.value, first.position?.start.line ?? 1));
    tree.children.shift();
  }
  warnings.push(...bodyWarnings);
  let heading: string | undefined;
  const lead = tree.children[0];
  if (lead?.type === 'heading' && lead.depth === 1) {
    heading = toString(lead).trim();
    tree.children.shift();
  }
  return { frontMatter, fieldLines, heading, tree, warnings };
}
