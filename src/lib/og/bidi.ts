/**
 * The bidi step before satori lays out a preview image. Satori 0.63 already orders the words of
 * right-to-left runs (a simplified Unicode bidi algorithm), shapes Arabic with HarfBuzz and, in an
 * element with `direction: rtl`, mirrors brackets: checked by rendering, and by the word-order
 * tests in `bidi.test.ts`. Reordering or mirroring here as well would undo its work. What it does
 * not do is choose a paragraph direction, so an all-Arabic title would be laid out as an LTR
 * paragraph and "(2025)" would land on the wrong side. This module finds that direction with the
 * full Unicode Bidirectional Algorithm (bidi-js, rules P2–P3).
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** Text prepared for satori. */
export interface BidiText {
  /** The text, in logical order (satori reorders it). */
  text: string;
  /** The paragraph direction from the first strong character. */
  direction: 'ltr' | 'rtl';
}

/** The paragraph direction of a text: `rtl` when its first strong character is Arabic, Hebrew, etc. */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  const { paragraphs } = bidi.getEmbeddingLevels(text);
  return (paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr';
}

/** The text with its paragraph direction, for a satori element's `direction`. */
export function prepareBidi(text: string): BidiText {
  return { text, direction: baseDirection(text) };
}
