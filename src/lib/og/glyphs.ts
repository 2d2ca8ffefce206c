/**
 * Glyph images for the card renderer: each glyph is rasterised once per thread, at its size and
 * at one of a few horizontal sub-pixel offsets, by sharp (librsvg) from HarfBuzz's outline; a
 * card then only copies coverage values. A card uses ~60 glyphs out of a few hundred in a whole
 * digest, so rasterising whole cards (what satori + sharp did) repeated the same work per card.
 */
import sharp from 'sharp';
import type { Face } from './fonts.ts';

/** Horizontal positions per pixel a glyph can be drawn at (thirds of a pixel: even spacing). */
export const SUBPIXELS = 3;

/** A glyph's coverage (0–255), `left`/`top` pixels from its pen position on the baseline. */
export interface GlyphImage {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

const EMPTY: GlyphImage = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
const cache = new Map<string, Promise<GlyphImage>>();

/** The image of `glyph` of `face` at `size` px, its pen offset by `subpixel`/SUBPIXELS of a pixel. */
export function glyphImage(face: Face, glyph: number, size: number, subpixel: number): Promise<GlyphImage> {
  const key = `${face.key}:${glyph}:${size}:${subpixel}`;
  let image = cache.get(key);
  if (!image) cache.set(key, (image = rasterise(face, glyph, size, subpixel / SUBPIXELS)));
  return image;
}

async function rasterise(face: Face, glyph: number, size: number, shift: number): Promise<GlyphImage> {
  const box = face.font.glyphExtents(glyph);
  if (!box || box.width === 0 || box.height === 0) return EMPTY;
  const scale = size / face.upem;
  // One pixel of margin on every side for anti-aliasing.
  const left = Math.floor(box.xBearing * scale + shift) - 1;
  const top = Math.floor(-box.yBearing * scale) - 1;
  const width = Math.ceil((box.xBearing + box.width) * scale + shift) + 1 - left;
  const height = Math.ceil(-(box.yBearing + box.height) * scale) + 1 - top;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${shift - left} ${-top}) scale(${scale} ${-scale})" d="${face.font.glyphToPath(glyph)}"/></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer({ resolveWithObject: true });
  return { left, top, width: info.width, height: info.height, alpha: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}
