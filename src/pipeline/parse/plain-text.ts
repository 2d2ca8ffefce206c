/**
 * Plain text → mdast. A `.txt` article is not Markdown: its `*`, `#`, `<` and `[` are literal
 * characters. Each paragraph becomes a `paragraph` node holding one `text` node whose value is the
 * exact slice of the source, so offsets found in the paragraph map straight back to the file.
 */
import type { Paragraph, Root } from 'mdast';
import { isTitleLine } from './title-line.ts';

/** A plain-text article split into its headline (when the file has one) and paragraphs. */
export interface PlainTextTree {
  /** The headline line, when the file starts with one. */
  title?: string;
  /** One `paragraph` per paragraph of the file, each with `position` offsets into the source. */
  tree: Root;
}

/**
 * Paragraphs longer than this (a pasted dump on one line) are split at sentence ends, else at
 * spaces, so that an article can be paged at paragraph boundaries.
 */
export const MAX_PARAGRAPH_CHARS = 4_000;

/** Splits the range [start, end) of `text` into pieces of at most `max` characters. */
export function splitLongRange(text: string, start: number, end: number, max = MAX_PARAGRAPH_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  while (end - from > max) {
    const window = text.slice(from, from + max);
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const space = window.lastIndexOf(' ');
    let cut = sentence > max / 4 ? sentence + 1 : space > max / 4 ? space : max;
    // Never cut between the two halves of a surrogate pair.
    const code = text.charCodeAt(from + cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push([from, from + cut]);
    from += cut;
    while (from < end && /\s/u.test(text[from]!)) from++;
  }
  if (end > from) out.push([from, end]);
  return out;
}

/** Line starts of a text: offsets of each line's first character. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * True when blank-line separated blocks are hard-wrapped prose (lines that break mid-sentence),
 * in which case a block, not a line, is a paragraph.
 */
function isHardWrapped(blocks: readonly string[][]): boolean {
  // A file without blank lines is one paragraph per line (the seed's layout).
  const multi = blocks.filter((b) => b.length > 1);
  if (blocks.length < 2 || multi.length === 0) return false;
  const inner = multi.flatMap((b) => b.slice(0, -1));
  const midSentence = inner.filter((l) => !/[.!?:"”’)]\s*$/u.test(l)).length;
  return midSentence / inner.length > 0.5;
}

/**
 * Parses a plain-text article: an optional headline line (see {@link isTitleLine}), then one
 * paragraph per line, or per blank-line separated block when the file is hard-wrapped.
 */
export function plainTextToMdast(text: string): PlainTextTree {
  const starts = lineStarts(text);
  const lines = starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length).replace(/\r$/u, ''));
  let first = 0;
  let title: string | undefined;
  // Skip leading blank lines before deciding on a headline.
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (isTitleLine(lines.slice(first))) {
    title = lines[first]!.trim();
    first++;
  }
  // Group the remaining lines into blank-line separated blocks of line indexes.
  const blocks: number[][] = [];
  let current: number[] = [];
  for (let i = first; i < lines.length; i++) {
    if (lines[i]!.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(i);
  }
  if (current.length) blocks.push(current);
  const wrapped = isHardWrapped(blocks.map((b) => b.map((i) => lines[i]!)));
  const spans = wrapped ? blocks.map((b) => [b[0]!, b[b.length - 1]!] as const) : blocks.flat().map((i) => [i, i] as const);
  const children: Paragraph[] = spans.flatMap(([a, b]) => {
    const raw = lines[a]!;
    const lead = raw.length - raw.trimStart().length;
    const last = lines[b]!;
    return splitLongRange(text, starts[a]! + lead, starts[b]! + last.trimEnd().length).map(([startOffset, endOffset]): Paragraph => {
      const value = text.slice(startOffset, endOffset);
      const position = { start: { line: a + 1, column: startOffset - starts[a]! + 1, offset: startOffset }, end: { line: b + 1, column: endOffset - starts[b]! + 1, offset: endOffset } };
      return { type: 'paragraph', children: [{ type: 'text', value, position }], position };
    });
  });
  return { title, tree: { type: 'root', children } };
}
