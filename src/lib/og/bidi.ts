/**
 * The paragraph direction of a preview card's text, by the full Unicode Bidirectional Algorithm
 * (bidi-js, rules P2–P3): an all-Arabic title is a right-to-left paragraph, so "(2025)" lands on
 * its left and the text sits at the right edge. `text-layout.ts` orders the runs inside a line.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** The paragraph direction of a text: `rtl` when its first strong character is Arabic, Hebrew, etc. */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  const { paragraphs } = bidi.getEmbeddingLevels(text);
  return (paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr';
}
