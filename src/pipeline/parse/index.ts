/**
 * Stage 2, parse: text → mdast, front matter, title and paragraphs. Plain text and Markdown seeds
 * both become an mdast body before anything else touches them.
 */
import type { Root } from 'mdast';
import type { Warning } from '../logger.ts';
import type { FrontMatter } from '../../schemas/front-matter.ts';
import { markdownToMdast } from './markdown.ts';
import { plainTextToMdast } from './plain-text.ts';
import { plainTextOf, type PlainText } from './segments.ts';

/** Seed formats, chosen by file extension. */
export type SeedFormat = 'text' | 'markdown';

/** Extensions the build reads, and the format of each. */
export const SEED_FORMATS: Readonly<Record<string, SeedFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** A parsed article body. */
export interface ParsedArticle {
  format: SeedFormat;
  /** Front matter (Markdown only; empty for plain text). */
  frontMatter: FrontMatter;
  /** The line of each front matter field in the file (Markdown only). */
  frontMatterLines: Record<string, number>;
  /** A title found in the text itself: a headline line or a leading `# Heading`. */
  textTitle?: string;
  /** The body as mdast: one top-level node per paragraph (block). */
  tree: Root;
  /** The body's plain text, blocks and the map back to text nodes. */
  plain: PlainText;
  warnings: Warning[];
}

/** Parses a decoded seed in the given format. */
export function parseArticle(file: string, text: string, format: SeedFormat): ParsedArticle {
  if (format === 'markdown') {
    const md = markdownToMdast(file, text);
    return { format, frontMatter: md.frontMatter, frontMatterLines: md.fieldLines, textTitle: md.heading, tree: md.tree, plain: plainTextOf(md.tree), warnings: md.warnings };
  }
  const txt = plainTextToMdast(text);
  return { format, frontMatter: {}, frontMatterLines: {}, textTitle: txt.title, tree: txt.tree, plain: plainTextOf(txt.tree), warnings: [] };
}
