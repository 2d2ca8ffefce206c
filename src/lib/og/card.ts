/**
 * Preview images (1200×630 PNG) for share cards: a card layout rendered with satori to SVG and
 * with sharp (libvips and librsvg) to PNG, using fonts bundled from npm (Noto Sans, Noto Sans Arabic, Noto Sans Hebrew,
 * as WOFF, which satori reads). Rendered images are cached by content hash under
 * `.cache/digest/og/`, so a rebuild re-renders only cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { prepareBidi } from './bidi.ts';
import { OG_SIZE } from './size.ts';
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

/** Bump when the layout or fonts change, so cached images are not reused. */
const RENDERER_VERSION = 'og-card-2';

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

/** Loads the bundled fonts once; resolved from the project root because pages are bundled elsewhere. */
function loadFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (pkg: string, name: string) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'files', name));
  const subsets: [string, string, string[]][] = [
    ['Noto Sans', '@fontsource/noto-sans', ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese', 'devanagari']],
    ['Noto Sans Arabic', '@fontsource/noto-sans-arabic', ['arabic']],
    ['Noto Sans Hebrew', '@fontsource/noto-sans-hebrew', ['hebrew']],
  ];
  fonts = subsets.flatMap(([name, pkg, sets]) => sets.flatMap((set) => ([400, 700] as const).map((weight) => ({
    name, weight, style: 'normal' as const, data: file(pkg, `${pkg.split('/')[1]}-${set}-${weight}-normal.woff`),
  }))));
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, children: unknown): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * The width text may take: the card minus its side padding. Satori 0.63 wraps text against the
 * left padding only (titles ran past the right edge), so every block is given this width.
 */
const PADDING_X = 72;
const TEXT_WIDTH = OG_SIZE.width - 2 * PADDING_X;

/** A block of text laid out in its own paragraph direction. */
function textBlock(text: string, style: Record<string, unknown>): Node {
  const prepared = prepareBidi(text);
  // `direction` makes satori order an Arabic title as an RTL paragraph (brackets, numbers). In
  // satori 0.63 an rtl row's start edge lands past the card's padding; `flex-end` keeps the text
  // inside (at the left), found by rendering, not by reading the CSS spec.
  const rtl = prepared.direction === 'rtl';
  return box({ ...style, maxWidth: TEXT_WIDTH, direction: prepared.direction, ...(rtl ? { justifyContent: 'flex-end', textAlign: 'right' } : {}) }, prepared.text);
}

/** The card layout as satori's element tree. */
export function cardTree(card: Card): Node {
  const title = truncateWords(card.title, 110);
  const titleSize = title.length <= 30 ? 84 : title.length <= 60 ? 68 : 54;
  return box({ width: '100%', height: '100%', flexDirection: 'column', justifyContent: 'space-between', padding: `64px ${PADDING_X}px`, background: '#fbfaf7', color: '#1b1b1b', fontFamily: 'Noto Sans', borderTop: '18px solid #b3261e' }, [
    textBlock(card.label.toUpperCase(), { fontSize: 30, fontWeight: 700, color: '#b3261e', letterSpacing: 2 }),
    box({ flexDirection: 'column', gap: 24 }, [
      textBlock(title, { fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, maxWidth: 1000 }),
      ...(card.subtitle ? [textBlock(truncateWords(card.subtitle, 160), { fontSize: 32, color: '#4a4a4a', lineHeight: 1.3 })] : []),
    ]),
    textBlock(card.footer, { fontSize: 28, color: '#4a4a4a' }),
  ]);
}

/** The SVG of a card (`embedFont: false` keeps words as `<text>`, which tests use to check word order). */
export async function cardSvg(card: Card, options: { embedFont?: boolean } = {}): Promise<string> {
  return satori(cardTree(card) as Parameters<typeof satori>[0], { ...OG_SIZE, fonts: loadFonts(), embedFont: options.embedFont ?? true });
}

/** The cache folder for rendered cards: `og/` in the digest's cache folder, unless `DIGEST_OG_CACHE` says otherwise. */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.DIGEST_OG_CACHE || join(contentPaths(env).digestCacheDir, 'og'));
}

/** The content hash of a card: same text and layout version, same image. */
export function cardHash(card: Card): string {
  return createHash('sha256').update(JSON.stringify([RENDERER_VERSION, card.label, card.title, card.subtitle ?? '', card.footer])).digest('hex').slice(0, 32);
}

/**
 * SVG → PNG with sharp. resvg-js was 50 % slower here (30 ms against 20 ms a card) and kept its
 * pixel buffers outside the JS heap, so a worker grew to 2 GB over 600 cards; sharp stays flat.
 */
async function rasterise(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Renders a card to PNG, or reads it from the cache when the same card was rendered before. */
export async function renderCard(card: Card, dir = cacheDir()): Promise<Buffer> {
  const file = join(dir, `${cardHash(card)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await rasterise(await cardSvg(card));
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a parallel build never reads a half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
