/**
 * The bidi step before satori lays out a preview image. Satori (0.63) orders the words of
 * right-to-left runs itself with a simplified bidi algorithm and shapes Arabic with HarfBuzz, but it
 * neither mirrors paired characters in right-to-left runs (so "(2025)" in an Arabic title came out
 * as ")2025(") nor chooses a paragraph direction. This module does those two parts with the full
 * Unicode Bidirectional Algorithm (bidi-js); it must not reorder words itself, or satori would
 * reverse them a second time.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** Text prepared for satori. */
export interface BidiText {
  /** The text with paired characters mirrored where they sit in a right-to-left run. */
  text: string;
  /** The paragraph direction from the first strong character (UAX #9 rules P2–P3) */
  direction: 'ltr' | 'rtl';
}

/** The paragraph direction of a text: `rtl` when its first strong character is Arabic, Hebrew, etc. */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  const { paragraphs } = bidi.getEmbeddingLevels(text);
  return (paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr';
}

/**
 * Mirrors brackets and other paired characters that resolve to a right-to-left level, and returns
 * the paragraph direction; the logical order is kept (satori reorders the words).
 */
export function prepareBidi(text: string): BidiText {
  const direction = baseDirection(text);
  // Levels for the paragraph direction of the first strong character, as satori orders the words.
  const levels = bidi.getEmbeddingLevels(text, direction);
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  if (mirrored.size === 0) return { text, direction };
  // Indices are UTF-16 code units; mirrored characters are all in the BMP, so replace unit by unit.
  const units = text.split('');
  for (const [i, ch] of mirrored) units[i] = ch;
  return { text: units.join(''), direction };
}
