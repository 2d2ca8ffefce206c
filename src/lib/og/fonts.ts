/**
 * The card fonts as HarfBuzz fonts: Noto Sans (its npm subsets), Noto Sans Arabic and Noto Sans
 * Hebrew, regular and bold, bundled from npm as WOFF and unpacked to SFNT (`woff.ts`). Each face
 * knows which characters it has, so a text is set in the first face that has each character.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Blob, Face as HbFace, Font } from 'harfbuzzjs';
import { once } from '../lazy.ts';
import { woffToSfnt } from './woff.ts';

/** The weights a card uses. */
export type Weight = 400 | 700;

/** One face of the card fonts. */
export interface Face {
  /** Weight and position in the fallback order, e.g. `700/0` (glyph caches key on it). */
  key: string;
  font: Font;
  /** Font units per em. */
  upem: number;
  /** The code points it has a glyph for. */
  has: Set<number>;
  /** Ascender and descender in font units (descender negative). */
  ascender: number;
  descender: number;
}

/** Fallback order: Noto Sans subsets first (Latin before the rest), then Arabic and Hebrew. */
const SOURCES: [pkg: string, subsets: string[]][] = [
  ['@fontsource/noto-sans', ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese', 'devanagari']],
  ['@fontsource/noto-sans-arabic', ['arabic']],
  ['@fontsource/noto-sans-hebrew', ['hebrew']],
];

/** `require` as seen from the project's root. */
const projectRequire = () => createRequire(join(process.cwd(), 'package.json'));

/** The font files of one weight in fallback order, resolved from the project root (pages are bundled elsewhere). */
function fontFiles(weight: Weight): string[] {
  const require = projectRequire();
  return SOURCES.flatMap(([pkg, subsets]) => subsets.map((subset) =>
    join(dirname(require.resolve(`${pkg}/package.json`)), 'files', `${pkg.split('/')[1]}-${subset}-${weight}-normal.woff`)));
}

/** The faces of one weight, in fallback order. */
function loadFaces(weight: Weight): Face[] {
  return fontFiles(weight).map((file, index): Face => {
    const face = new HbFace(new Blob(woffToSfnt(readFileSync(file))), 0);
    const font = new Font(face);
    const { ascender, descender } = font.hExtents();
    return { key: `${weight}/${index}`, font, upem: face.upem, has: new Set(face.collectUnicodes()), ascender, descender };
  });
}

/** The faces of each weight in fallback order, loaded once per thread. */
export const cardFaces = once((): Record<Weight, Face[]> => ({ 400: loadFaces(400), 700: loadFaces(700) }));

/**
 * The face for a character: the current face while it has the character (so spaces and
 * punctuation stay in the run around them), else the first face that has it, else the first face
 * (whose missing-glyph box then shows).
 */
export function faceFor(list: Face[], codePoint: number, current?: Face): Face {
  if (current?.has.has(codePoint)) return current;
  return list.find((face) => face.has.has(codePoint)) ?? list[0];
}
