/**
 * Preview images (1200×630 PNG) for share cards. The text is shaped by HarfBuzz and set by
 * `text-layout.ts` (wrapping, bidi), its glyphs are drawn from per-thread glyph images
 * (`glyphs.ts`) into palette indices, and `png.ts` encodes them: ~1.7 ms a card once a thread's
 * glyphs are drawn (half of it zlib), where satori's layout and librsvg rasterising the whole
 * card took ~21 ms (`npm run bench` prints images/s).
 * Fonts are Noto Sans, Noto Sans Arabic and Noto Sans Hebrew from npm. Rendered images are cached
 * by content hash under `.cache/digest/og/`, so a rebuild re-renders only cards whose text changed.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { cardFaces } from './fonts.ts';
import { glyphImage, SUBPIXELS, type GlyphImage } from './glyphs.ts';
import { encodePaletteRows, type Rgb } from './png.ts';
import { OG_SIZE } from './size.ts';
import { layoutParagraph, type Paragraph, type TextStyle } from './text-layout.ts';
import { truncateWords } from '../truncate.ts';
import { contentPaths } from '../../config.ts';

export { OG_SIZE };

/** What a card shows. */
export interface Card {
  /** Small label above the title ("Person", "Article", the site name). */
  label: string;
  /** The big text: a name or a headline. */
  title: string;
  /** A line under the title (description, date and source). */
  subtitle?: string;
  /** Footer text (the site name). */
  footer: string;
}

/** Bump when the layout, fonts or renderer change, so cached images are not reused. */
const RENDERER_VERSION = 'og-card-3';

const { width: WIDTH, height: HEIGHT } = OG_SIZE;
/** Bytes per row of the image as drawn: PNG's filter byte, then the row's palette indices. */
const STRIDE = WIDTH + 1;
const PADDING_X = 72;
const PADDING_Y = 64;
const BAR = 18;
const TEXT_WIDTH = WIDTH - 2 * PADDING_X;
const TITLE_WIDTH = 1000;
const GAP = 24;

/** The card's colours: the background, then each text colour. */
const BACKGROUND: Rgb = [0xfb, 0xfa, 0xf7];
const INKS = { accent: [0xb3, 0x26, 0x1e], text: [0x1b, 0x1b, 0x1b], muted: [0x4a, 0x4a, 0x4a] } as const satisfies Record<string, Rgb>;
type Ink = keyof typeof INKS;

/** Anti-aliasing steps per ink: 3 inks × 63 steps + the background fit one 256-colour palette. */
const STEPS = 63;
const INK_ORDER = Object.keys(INKS) as Ink[];
const PALETTE: Rgb[] = [BACKGROUND, ...INK_ORDER.flatMap((ink) => Array.from({ length: STEPS }, (_, i): Rgb => {
  const t = (i + 1) / STEPS;
  return [0, 1, 2].map((c) => Math.round(BACKGROUND[c] + (INKS[ink][c] - BACKGROUND[c]) * t)) as unknown as Rgb;
}))];
/** The palette index of `ink` at coverage step `step` (1…STEPS) is `INK_BASE[ink] + step`. */
const INK_BASE = Object.fromEntries(INK_ORDER.map((ink, i) => [ink, i * STEPS])) as Record<Ink, number>;
/** Coverage 0–255 → step 0–STEPS, precomputed. */
const STEP_OF = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * STEPS) / 255));

/** One paragraph of the card: its text, style, ink and width. */
interface Block {
  text: string;
  style: TextStyle;
  ink: Ink;
  width: number;
}

/** The card's text blocks: label, title, subtitle (when given) and footer. */
function blocks(card: Card): { label: Block; title: Block; subtitle?: Block; footer: Block } {
  const title = truncateWords(card.title, 110);
  const titleSize = title.length <= 30 ? 84 : title.length <= 60 ? 68 : 54;
  return {
    label: { text: card.label.toUpperCase(), style: { size: 30, weight: 700, letterSpacing: 2, maxLines: 1 }, ink: 'accent', width: TEXT_WIDTH },
    title: { text: title, style: { size: titleSize, weight: 700, lineHeight: 1.15, maxLines: 4 }, ink: 'text', width: TITLE_WIDTH },
    ...(card.subtitle ? { subtitle: { text: truncateWords(card.subtitle, 160), style: { size: 32, weight: 400, lineHeight: 1.3, maxLines: 3 }, ink: 'muted', width: TEXT_WIDTH } as Block } : {}),
    footer: { text: card.footer, style: { size: 28, weight: 400, maxLines: 1 }, ink: 'muted', width: TEXT_WIDTH },
  };
}

/**
 * A glyph image's coverage as this card's anti-aliasing steps (0…STEPS), made once per glyph
 * image: the drawing loop then adds the ink's palette base and nothing else.
 */
const stepImages = new WeakMap<GlyphImage, Uint8Array>();
function stepsOf(image: GlyphImage): Uint8Array {
  let steps = stepImages.get(image);
  if (!steps) stepImages.set(image, (steps = image.alpha.map((a) => STEP_OF[a]!)));
  return steps;
}

/** Draws a set paragraph's glyphs into `pixels` (palette indices in rows of `STRIDE`) with its top-left at (x, y). */
async function draw(pixels: Uint8Array, paragraph: Paragraph, ink: Ink, x: number, y: number): Promise<void> {
  const base = INK_BASE[ink];
  for (const g of paragraph.glyphs) {
    const px = x + g.x;
    let ix = Math.floor(px);
    let sub = Math.round((px - ix) * SUBPIXELS);
    if (sub === SUBPIXELS) [ix, sub] = [ix + 1, 0];
    const image = await glyphImage(g.face, g.glyph, g.size, sub);
    const steps = stepsOf(image);
    const top = Math.round(y + g.y) + image.top;
    const left = ix + image.left;
    // The part of the glyph inside the card.
    const [rowFrom, rowTo] = [Math.max(0, -top), Math.min(image.height, HEIGHT - top)];
    const [colFrom, colTo] = [Math.max(0, -left), Math.min(image.width, WIDTH - left)];
    for (let row = rowFrom; row < rowTo; row++) {
      const from = row * image.width;
      const to = (top + row) * STRIDE + 1 + left;
      for (let col = colFrom; col < colTo; col++) {
        const step = steps[from + col]!;
        if (step === 0) continue;
        // Glyphs of one ink may overlap (kerning): the stronger coverage wins.
        const index = base + step;
        if (index > pixels[to + col]!) pixels[to + col] = index;
      }
    }
  }
}

/**
 * The card as PNG: the accent bar, the label at the top, the footer at the bottom, and the title
 * with its subtitle centred between them (the layout CSS `justify-content: space-between` gives).
 * A right-to-left paragraph is set against the right edge of its box.
 */
export async function cardPng(card: Card): Promise<Buffer> {
  const faces = cardFaces();
  const parts = blocks(card);
  const set = (block: Block) => ({ block, paragraph: layoutParagraph(faces, block.text, block.style, block.width) });
  const [label, title, footer] = [set(parts.label), set(parts.title), set(parts.footer)];
  const subtitle = parts.subtitle && set(parts.subtitle);
  const top = BAR + PADDING_Y;
  const bottom = HEIGHT - PADDING_Y;
  const middle = title.paragraph.height + (subtitle ? GAP + subtitle.paragraph.height : 0);
  const gap = Math.max(0, (bottom - top - label.paragraph.height - middle - footer.paragraph.height) / 2);
  // PNG's row layout (a filter byte, 0, before each row), drawn into directly.
  const pixels = takeCanvas();
  try {
    for (let y = 0; y < BAR; y++) pixels.fill(INK_BASE.accent + STEPS, y * STRIDE + 1, (y + 1) * STRIDE);
    const place = async (part: ReturnType<typeof set>, y: number) => {
      const x = part.paragraph.direction === 'rtl' ? WIDTH - PADDING_X - part.block.width : PADDING_X;
      await draw(pixels, part.paragraph, part.block.ink, x, y);
    };
    await place(label, top);
    const middleTop = top + label.paragraph.height + gap;
    await place(title, middleTop);
    if (subtitle) await place(subtitle, middleTop + title.paragraph.height + GAP);
    await place(footer, bottom - footer.paragraph.height);
    return encodePaletteRows(pixels, WIDTH, HEIGHT, PALETTE);
  } finally {
    canvases.push(pixels.fill(0));
  }
}

/**
 * Blank canvases (all background, filter bytes 0) for the next cards of this thread. A card's
 * 757 KB canvas allocated anew each time made garbage collection an eighth of a card worker's
 * time (profile of a cold 10,000-article build); a canvas is cleared and kept instead. Cards
 * drawn at the same time (a dev server's requests) each take their own.
 */
const canvases: Uint8Array[] = [];
function takeCanvas(): Uint8Array {
  return canvases.pop() ?? new Uint8Array(STRIDE * HEIGHT);
}

/** The cache folder for rendered cards: `og/` in the digest's cache folder, unless `DIGEST_OG_CACHE` says otherwise. */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.DIGEST_OG_CACHE || join(contentPaths(env).digestCacheDir, 'og'));
}

/** The content hash of a card: same text and layout version, same image. */
export function cardHash(card: Card): string {
  return hash('sha256', JSON.stringify([RENDERER_VERSION, card.label, card.title, card.subtitle ?? '', card.footer])).slice(0, 32);
}

/** Renders a card to PNG, or reads it from the cache when the same card was rendered before. */
export async function renderCard(card: Card, dir = cacheDir()): Promise<Buffer> {
  const file = join(dir, `${cardHash(card)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await cardPng(card);
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a parallel build never reads a half-written file (one temp name per
  // thread: the early and the route's card workers may render the same card).
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
