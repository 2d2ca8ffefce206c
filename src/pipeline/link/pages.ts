/**
 * Long articles are split into pages at paragraph boundaries, so every article page stays
 * within the page-weight budget (60 kB of HTML: the page carries its text about four times over
 * in bytes, linked body plus the background timeline of its paragraphs, plus ~15 kB of chrome).
 */
import type { BlockRange } from '../parse/segments.ts';

/** Most characters of article text on one page (about 1,300 words; 99% of BBC articles fit). */
export const PAGE_CHARS = 8_000;

/**
 * The page (1-based) of each block: blocks fill a page until the next one would take it past
 * `max` characters. A single block longer than `max` gets a page of its own.
 */
export function paginateBlocks(blocks: readonly BlockRange[], max = PAGE_CHARS): number[] {
  let page = 1;
  let used = 0;
  return blocks.map((b) => {
    const size = b.end - b.start;
    if (used > 0 && used + size > max) {
      page++;
      used = 0;
    }
    used += size;
    return page;
  });
}

/** The block index of a paragraph id (`p3` → 2). */
export function blockIndexOf(paragraph: string): number {
  return Number(paragraph.slice(1)) - 1;
}
