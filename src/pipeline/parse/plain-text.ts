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
  const children: Paragraph[] = spans.map(([a, b]) => {
    const raw = lines[a]!;
    const lead = raw.length - raw.trimStart().length;
    const startOffset = starts[a]! + lead;
    const last = lines[b]!;
    const endOffset = starts[b]! + last.trimEnd().length;
    const value = text.slice(startOffset, endOffset);
    const position = { start: { line: a + 1, column: lead + 1, offset: startOffset }, end: { line: b + 1, column: last.trimEnd().length + 1, offset: endOffset } };
    return { type: 'paragraph', children: [{ type: 'text', value, position }], position };
  });
  return { title, tree: { type: 'root', children } };
}
