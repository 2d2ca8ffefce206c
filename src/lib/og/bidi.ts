/**
 * The paragraph direction of a preview card's text, by the full Unicode Bidirectional Algorithm
 * (bidi-js, rules P2–P3): an all-Arabic title is a right-to-left paragraph, so "(2025)" lands on
 * its left and the text sits at the right edge. `text-layout.ts` orders the runs inside a line.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** A paragraph's direction and the embedding level of each of its UTF-16 code units. */
export interface BidiParagraph {
  direction: 'ltr' | 'rtl';
  levels: Uint8Array;
}

/** The paragraph direction of a text (from its first strong character: Arabic, Hebrew… → `rtl`) and its levels. */
export function bidiParagraph(text: string): BidiParagraph {
  const { paragraphs, levels } = bidi.getEmbeddingLevels(text);
  return { direction: (paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr', levels };
}

/** The paragraph direction of a text: `rtl` when its first strong character is Arabic, Hebrew, etc. */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  return bidiParagraph(text).direction;
}
