/**
 * The per-article parts of linking: everything the link stage derives from one article's record
 * alone (local entity resolution, descriptions, quotes, events without slugs, pages, word count).
 * A pure function of the record, so it is cached by the record's hash next to it: a warm ingest
 * joins the cached parts of every article instead of re-reading and re-analysing every article
 * (the link stage was 3.4 s of a 7.3 s warm ingest at 10,000 articles), and loads an article's
 * record only when its body has to be written again.
 */
import type { ArticleRecord, SkippedArticle } from '../article.ts';
import type { ArticleMeta } from '../parse/meta.ts';
import { plainTextOf } from '../parse/segments.ts';
import type { Warning } from '../logger.ts';
import { localLinks, type LocalLinks } from './canonical.ts';
import { describeMention } from './descriptions.ts';
import { eventParts, type EventPart } from './events.ts';
import { paginateBlocks } from './pages.ts';
import { findQuotes } from './quotes.ts';
import { slugFor } from './slugs.ts';

/** A description or quote found in the article, for the mention (speaker) at `mention`. */
export interface CitationPart {
  mention: number;
  text: string;
  /** Paragraph id of the citation. */
  paragraph: string;
}

/** The link parts of one readable article (see the module comment). */
export interface ArticleParts {
  file: string;
  /** The record's hash. */
  hash: string;
  meta: ArticleMeta;
  /** The slug the title gives (slugify is among the link stage's costlier calls). */
  titleSlug: string;
  warnings: Warning[];
  /** Number of mentions in the record (linked or not). */
  mentions: number;
  /** Words in the body's plain text. */
  words: number;
  /** The page (1-based) of each top-level block. */
  pages: number[];
  local: LocalLinks;
  /** Descriptions of person mentions from the text, in text order. */
  descriptions: CitationPart[];
  /** Quotes attributed to person mentions, by paragraph, in text order. */
  quotes: CitationPart[];
  /** How many events the article has (they are kept apart: see {@link MadeParts}). */
  eventCount: number;
}

/**
 * An article's link parts and its events. The events (over a third of the parts' JSON) are
 * needed only when the article's events entry is written, so the cached text keeps them after
 * the parts and a warm ingest parses them for the changed articles only (see {@link partsText}).
 */
export interface MadeParts {
  parts: ArticleParts | SkippedArticle;
  events: EventPart[];
}

const countWords = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/**
 * The cached text of made parts: the parts' JSON, a newline, the events' JSON (JSON text has no
 * raw newline).
 */
export function partsText(made: MadeParts): string {
  return `${JSON.stringify(made.parts)}\n${JSON.stringify(made.events)}`;
}

/**
 * Made parts from their cached text, the events parsed when asked for (a parse error is thrown
 * then: the caller makes them again, and keeps them); `undefined` when the parts cannot be read.
 */
export function readPartsText(text: string): { parts: ArticleParts | SkippedArticle; events: () => EventPart[] } | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  try {
    const parts = JSON.parse(text.slice(0, newline)) as ArticleParts | SkippedArticle;
    return { parts, events: () => JSON.parse(text.slice(newline + 1)) as EventPart[] };
  } catch {
    return undefined;
  }
}

/** The link parts of a record and its events; a skipped article stays as it is (only its warnings matter). */
export function articleParts(record: ArticleRecord | SkippedArticle): MadeParts {
  if ('skipped' in record) return { parts: record, events: [] };
  const plain = plainTextOf(record.tree);
  // A paragraph's end offset counts as inside it, as a mention's start at the end of a block did before.
  const blockOf = (offset: number) => plain.blocks.find((b) => b.start <= offset && offset <= b.end)!;
  const descriptions: CitationPart[] = [];
  record.mentions.forEach((m, mention) => {
    if (m.type !== 'person') return;
    const text = describeMention(plain.text, m);
    if (text) descriptions.push({ mention, text, paragraph: blockOf(m.start).id });
  });
  const persons = record.mentions.map((m, index) => ({ start: m.start, end: m.end, index, type: m.type })).filter((p) => p.type === 'person');
  const quotes: CitationPart[] = [];
  for (const block of plain.blocks) {
    for (const q of findQuotes(plain.text, block, persons)) quotes.push({ mention: q.speaker, text: plain.text.slice(q.quote.start, q.quote.end), paragraph: block.id });
  }
  const events = eventParts(plain.text, plain.blocks, record.timexes, record.mentions);
  const parts: ArticleParts = {
    file: record.file,
    hash: record.hash,
    meta: record.meta,
    titleSlug: slugFor(record.meta.title, 'article'),
    warnings: record.warnings,
    mentions: record.mentions.length,
    words: countWords(plain.text),
    pages: paginateBlocks(plain.blocks),
    local: localLinks({ text: plain.text, mentions: record.mentions }),
    descriptions,
    quotes,
    eventCount: events.length,
  };
  return { parts, events };
}
