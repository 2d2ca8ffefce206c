import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cardPng, type Card } from './card.ts';
import { cardFaces } from './fonts.ts';
import { encodePaletteRows } from './png.ts';
import { layoutParagraph, visualOrder } from './text-layout.ts';
import { woffToSfnt } from './woff.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A PNG's chunks by type (IDAT chunks concatenated). */
function chunks(png: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    out.set(type, Buffer.concat([out.get(type) ?? Buffer.alloc(0), png.subarray(at + 8, at + 8 + length)]));
    at += 12 + length;
  }
  return out;
}

/** The palette indices of a palette PNG, row by row (filter bytes dropped), and its palette. */
function decode(png: Buffer): { width: number; height: number; indices: Uint8Array; palette: Buffer } {
  const c = chunks(png);
  const width = c.get('IHDR')!.readUInt32BE(0);
  const height = c.get('IHDR')!.readUInt32BE(4);
  const rows = inflateSync(c.get('IDAT')!);
  const indices = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    indices.set(rows.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, indices, palette: c.get('PLTE')! };
}

/** How many pixels of rows [top, bottom) are not the background (index 0). */
const inked = (image: ReturnType<typeof decode>, top: number, bottom: number) =>
  image.indices.subarray(top * image.width, bottom * image.width).reduce((n, i) => n + (i ? 1 : 0), 0);

describe('woffToSfnt', () => {
  it('unpacks every table of a WOFF font into an OpenType file', () => {
    const require = createRequire(import.meta.url);
    const woff = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // WOFF's header records the unpacked size
  });
  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 and more bytes than a header has, surely enough of them'))).toThrow(/WOFF 1\.0/);
  });
});

describe('card fonts', () => {
  it('loads every face with its characters and metrics, regular and bold', async () => {
    const faces = cardFaces();
    for (const weight of [400, 700] as const) {
      expect(faces[weight]).toHaveLength(9);
      for (const face of faces[weight]) {
        expect(face.has.size).toBeGreaterThan(50);
        expect(face.ascender).toBeGreaterThan(0);
      }
    }
  });
});

describe('encodePaletteRows', () => {
  it('writes indices and palette that decode back unchanged', () => {
    const indices = Uint8Array.from({ length: 6 * 4 }, (_, i) => i % 3);
    // PNG's row layout: each row's filter byte (0), then its indices.
    const rows = new Uint8Array(7 * 4);
    for (let y = 0; y < 4; y++) rows.set(indices.subarray(y * 6, (y + 1) * 6), y * 7 + 1);
    const png = encodePaletteRows(rows, 6, 4, [[255, 255, 255], [255, 0, 0], [0, 0, 0]]);
    const image = decode(png);
    expect([image.width, image.height]).toEqual([6, 4]);
    expect([...image.indices]).toEqual([...indices]);
    expect([...image.palette]).toEqual([255, 255, 255, 255, 0, 0, 0, 0, 0]);
  });
});

describe('visualOrder (bidi rule L2)', () => {
  it('reverses right-to-left stretches, nested levels inside out', () => {
    const runs = [0, 1, 1, 2, 1, 0].map((level, i) => ({ level, i }));
    expect(visualOrder(runs).map((r) => r.i)).toEqual([0, 4, 3, 2, 1, 5]);
  });
});

describe('layoutParagraph', () => {
  const style = { size: 40, weight: 700 } as const;
  it('wraps at the width, every line within it', async () => {
    const faces = cardFaces();
    const text = 'Ad sales boost Time Warner profit as the quarter ends well for the company';
    const one = layoutParagraph(faces, text, style, 10_000);
    const wrapped = layoutParagraph(faces, text, style, 400);
    expect(wrapped.height).toBeGreaterThan(one.height * 2);
    for (const g of wrapped.glyphs) expect(g.x).toBeLessThan(400);
    // Every character but the spaces the wrapping turned into line breaks is drawn.
    const drawn = (p: typeof one) => new Set(p.glyphs.map((g) => g.cluster).filter((c) => text[c] !== ' ')).size;
    expect(drawn(wrapped)).toBeGreaterThan(text.replaceAll(' ', '').length - 3); // "fi" is one glyph
    expect(drawn(one)).toBe(drawn(wrapped));
  });
  it('ends a cut paragraph with an ellipsis within the width', async () => {
    const faces = cardFaces();
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const line = layoutParagraph(faces, 'one', style, 300).height;
    expect(layoutParagraph(faces, text, style, 300).height).toBeGreaterThan(line * 2);
    const cut = layoutParagraph(faces, text, { ...style, maxLines: 2 }, 300);
    expect(cut.height).toBeCloseTo(line * 2);
    for (const g of cut.glyphs) expect(g.x).toBeLessThan(300);
    const ellipsis = layoutParagraph(faces, '…', style, 300).glyphs[0].glyph;
    expect(cut.glyphs.at(-1)!.glyph).toBe(ellipsis);
    // A full last line loses its last word to the ellipsis, which then follows the word before
    // directly: no space glyph before it.
    const full = layoutParagraph(faces, 'one two three', style, 10_000);
    const fullWidth = Math.max(...full.glyphs.map((g) => g.x)) + 30;
    const one = layoutParagraph(faces, 'one two three four five', { ...style, maxLines: 1 }, fullWidth);
    expect(one.glyphs.at(-1)!.glyph).toBe(ellipsis);
    expect('one two three four five'[one.glyphs.at(-2)!.cluster]).not.toBe(' ');
  });
  it('sets a word met again (its shape kept from the first time) at its own place, in each size and spacing', async () => {
    const faces = cardFaces();
    const text = 'Blair met Blair';
    const { glyphs } = layoutParagraph(faces, text, style, 10_000);
    const first = glyphs.filter((g) => g.cluster < 5);
    const again = glyphs.filter((g) => g.cluster >= 10);
    expect(again.map((g) => g.glyph)).toEqual(first.map((g) => g.glyph));
    expect(again.map((g) => g.cluster)).toEqual(first.map((g) => g.cluster + 10));
    const advance = (p: ReturnType<typeof layoutParagraph>) => p.glyphs[1]!.x - p.glyphs[0]!.x;
    const plain = layoutParagraph(faces, 'Blair', style, 10_000);
    expect(advance(layoutParagraph(faces, 'Blair', { ...style, size: 80 }, 10_000))).toBeCloseTo(advance(plain) * 2);
    expect(advance(layoutParagraph(faces, 'Blair', { ...style, letterSpacing: 5 }, 10_000))).toBeCloseTo(advance(plain) + 5);
  });
  it('sets a right-to-left paragraph against the right edge', async () => {
    const faces = cardFaces();
    const { glyphs, direction } = layoutParagraph(faces, 'שלום עולם', style, 1000);
    expect(direction).toBe('rtl');
    expect(Math.min(...glyphs.map((g) => g.x))).toBeGreaterThan(700);
  });
  it('shapes Arabic: joined letters take other glyphs than the same letters apart', async () => {
    const faces = cardFaces();
    const joined = layoutParagraph(faces, 'بب', style, 1000).glyphs.map((g) => g.glyph);
    const apart = layoutParagraph(faces, 'ب ب', style, 1000).glyphs.map((g) => g.glyph).filter((_, i, all) => all.length === 3 ? i !== 1 : true);
    expect(joined).not.toEqual(apart);
  });
});

describe('cardPng', () => {
  const card: Card = { label: 'Person', title: 'Ahmad al-Sharaa', subtitle: 'Named in 12 articles', footer: 'News Digest' };
  it('draws a 1200×630 palette PNG: the accent bar, then text in the label, title and footer bands', async () => {
    const image = decode(await cardPng(card));
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.indices.subarray(0, 18 * 1200).every((i) => i === image.indices[0])).toBe(true);
    expect([...image.palette.subarray(image.indices[0] * 3, image.indices[0] * 3 + 3)]).toEqual([0xb3, 0x26, 0x1e]);
    expect(inked(image, 18, 82)).toBe(0); // the top padding stays empty
    expect(inked(image, 82, 130)).toBeGreaterThan(500); // the label
    expect(inked(image, 200, 500)).toBeGreaterThan(5000); // title and subtitle
    expect(inked(image, 520, 566)).toBeGreaterThan(500); // the footer
    expect(inked(image, 580, 630)).toBe(0);
  });
  it('draws the same card byte for byte every time, and another title differently', async () => {
    const a = await cardPng(card);
    expect((await cardPng(card)).equals(a)).toBe(true);
    expect((await cardPng({ ...card, title: 'Tony Blair' })).equals(a)).toBe(false);
  });
  it('keeps a long title inside the card', async () => {
    const image = decode(await cardPng({ ...card, title: 'word '.repeat(60), subtitle: 'another '.repeat(40) }));
    expect(inked(image, 580, 630)).toBe(0);
    for (let y = 18; y < 630; y++) expect(inked({ ...image, indices: image.indices.subarray(y * 1200 + 1128, y * 1200 + 1200), width: 72 }, 0, 1)).toBe(0);
  });
});
