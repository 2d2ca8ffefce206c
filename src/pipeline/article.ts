/**
 * The per-article stages, read → parse → entities → time, composed. A pure function of the seed's
 * bytes, its curation rule and the extractor version, so its result is cached by content hash
 * and can run in a worker thread.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Root } from 'mdast';
import type { ArticleCuration } from '../schemas/curation.ts';
import type { Warning } from './logger.ts';
import type { RawMention, Timex } from './types.ts';
import { readArticleBytes } from './read.ts';
import { parseArticle, SEED_FORMATS, type ParsedArticle, type SeedFormat } from './parse/index.ts';
import { resolveMeta, type ArticleMeta } from './parse/meta.ts';
import { recognizeEntities } from './entities/recognize.ts';
import { recognizeTimexes } from './time/recognize.ts';

/**
 * Part of every cache key. Changes to this project's source and model files invalidate the cache
 * by themselves (cache.ts hashes them); bump this when an npm dependency (remark, the decoders)
 * changes what the per-article stages produce.
 */
export const ARTICLE_STAGES_VERSION = '3';

/** One seed file to process. */
export interface ArticleInput {
  /** Path relative to the seeds folder, with `/` separators. */
  file: string;
  bytes: Uint8Array;
  /** The curation file's rule for this article, if any. */
  rule?: ArticleCuration;
}

/** The result of the per-article stages for a readable article. */
export interface ArticleRecord {
  file: string;
  hash: string;
  format: SeedFormat;
  meta: ArticleMeta;
  /** The body as mdast, without positions. */
  tree: Root;
  /** Mentions with offsets into the body's plain text (see parse/segments.ts). */
  mentions: RawMention[];
  /** Time expressions with offsets into the body's plain text. */
  timexes: Timex[];
  warnings: Warning[];
}

/** A seed that could not be used (binary, empty, ...); its warnings say why. */
export interface SkippedArticle {
  file: string;
  hash: string;
  skipped: true;
  warnings: Warning[];
}

/** The cache key of an article: everything its per-article result depends on. */
export function articleHash(input: ArticleInput, extractorVersion: string): string {
  return createHash('sha256')
    .update(`${ARTICLE_STAGES_VERSION}\0${extractorVersion}\0${input.file}\0${JSON.stringify(input.rule ?? {})}\0`)
    .update(input.bytes)
    .digest('hex')
    .slice(0, 32);
}

/** Removes `position` fields so cached trees stay small and independent of the source layout. */
function stripPositions(tree: Root): Root {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))) as Root;
}

/**
 * Runs the recognisers. A plain-text seed is read exactly as `digest annotate` reads it (the
 * whole decoded text, so both give the same mentions), and the spans are moved to the body's
 * plain text; spans outside the body (the headline line) or across paragraphs are left out. A
 * Markdown seed is read through its plain text, without the markup.
 */
function recognize(source: string, parsed: ParsedArticle, date: string | undefined): { mentions: RawMention[]; timexes: Timex[] } {
  if (parsed.format === 'markdown') return { mentions: recognizeEntities(parsed.plain.text), timexes: recognizeTimexes(parsed.plain.text, { date }) };
  const blocks = parsed.tree.children.map((node, i) => ({ from: node.position!.start.offset!, to: node.position!.end.offset!, plain: parsed.plain.blocks[i]!.start }));
  const move = <T extends { start: number; end: number }>(spans: T[]): T[] =>
    spans.flatMap((sp) => {
      const b = blocks.find((x) => x.from <= sp.start && sp.end <= x.to);
      return b ? [{ ...sp, start: sp.start - b.from + b.plain, end: sp.end - b.from + b.plain }] : [];
    });
  return { mentions: move(recognizeEntities(source)), timexes: move(recognizeTimexes(source, { date })) };
}

/** Runs read → parse → entities → time on one seed. */
export function processArticle(input: ArticleInput, extractorVersion: string): ArticleRecord | SkippedArticle {
  const hash = articleHash(input, extractorVersion);
  const format = SEED_FORMATS[extname(input.file).toLowerCase()] ?? 'text';
  const read = readArticleBytes(input.file, input.bytes);
  if (read.text === undefined) return { file: input.file, hash, skipped: true, warnings: read.warnings };
  const parsed = parseArticle(input.file, read.text, format);
  if (parsed.plain.text.trim() === '') {
    return { file: input.file, hash, skipped: true, warnings: [...read.warnings, ...parsed.warnings, { file: input.file, message: 'no article text after the title: skipped' }] };
  }
  const { meta, warnings: metaWarnings } = resolveMeta(input.file, parsed, input.rule);
  const { mentions, timexes } = recognize(read.text, parsed, meta.date);
  return {
    file: input.file,
    hash,
    format,
    meta,
    tree: stripPositions(parsed.tree),
    mentions,
    timexes,
    warnings: [...read.warnings, ...parsed.warnings, ...metaWarnings],
  };
}
