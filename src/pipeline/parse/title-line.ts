/**
 * Decides whether the first line of a plain-text article is its headline (the BBC layout:
 * headline, blank line, paragraphs) or already the first paragraph (the seed's layout).
 */

/** A first line longer than this is a paragraph, not a headline. */
export const MAX_TITLE_LINE_CHARS = 120;

/** Sentence-final endings: a line that ends like this is prose, not a headline. */
const SENTENCE_END = /[.!;:,…]$/u;

/**
 * True when `lines[0]` is a headline: short, not ending like a sentence, followed by a blank line
 * and then more text.
 */
export function isTitleLine(lines: readonly string[]): boolean {
  const first = lines[0]?.trim() ?? '';
  if (first === '' || first.length > MAX_TITLE_LINE_CHARS || SENTENCE_END.test(first)) return false;
  if ((lines[1] ?? '').trim() !== '') return false;
  return lines.slice(2).some((l) => l.trim() !== '');
}
