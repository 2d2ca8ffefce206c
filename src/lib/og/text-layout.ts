/**
 * Sets a paragraph of card text: HarfBuzz shapes it (ligatures, kerning, Arabic joining,
 * Devanagari clusters), words wrap greedily to a width, and each line's runs are put in visual
 * order by the Unicode Bidirectional Algorithm (bidi-js levels, rule L2), so Arabic and Hebrew
 * titles read right to left and sit at the right edge.
 */
import { bidiParagraph } from './bidi.ts';
import { Buffer as HbBuffer, Direction, shape } from 'harfbuzzjs';
import { faceFor, type Face, type Weight } from './fonts.ts';

/** How a paragraph is set. */
export interface TextStyle {
  /** Font size in pixels. */
  size: number;
  weight: Weight;
  /** Line height as a multiple of the size; omitted: the font's own ascender to descender. */
  lineHeight?: number;
  /** Extra pixels after every character (CSS `letter-spacing`). */
  letterSpacing?: number;
  /** At most this many lines; the last one kept ends in "…" when text was cut. */
  maxLines?: number;
}

/** One glyph to draw: its face, glyph id, pen position (pixels, baseline) and size. */
export interface PlacedGlyph {
  face: Face;
  glyph: number;
  /** Where its characters start in the paragraph's text (UTF-16 offset, HarfBuzz's cluster). */
  cluster: number;
  x: number;
  y: number;
  size: number;
}

/** A set paragraph: glyphs relative to its top-left corner, its height and direction. */
export interface Paragraph {
  glyphs: PlacedGlyph[];
  height: number;
  direction: 'ltr' | 'rtl';
}

/** A shaped run: one face, one bidi level, glyphs in visual order. */
interface Run {
  face: Face;
  level: number;
  glyphs: { g: number; cluster: number; x: number; y: number }[];
  width: number;
  /** The space between two words. */
  space?: boolean;
}

/** A run as HarfBuzz shaped it, its clusters relative to its own text. */
interface Shaped {
  glyphs: Run['glyphs'];
  width: number;
}

/**
 * Shaped runs of this thread by face, direction, size, spacing and text. A card's label and footer
 * are the same on every card and its words recur from card to card: shaping (a WebAssembly call
 * and a buffer per run) and laying out text (bidi included) were ~19 % of a card worker's samples in a profile of
 * a cold build. Cleared when full, so that a digest's vocabulary cannot grow it without bound.
 */
const shapedRuns = new Map<string, Shaped>();
const MAX_SHAPED_RUNS = 50_000;

/** Shapes `text` (one face, one direction; at `offset` in the paragraph) into a run, in pixels. */
function shapeRun(face: Face, text: string, offset: number, level: number, style: TextStyle): Run {
  const spacing = style.letterSpacing ?? 0;
  const key = `${face.key}|${level % 2}|${style.size}|${spacing}|${text}`;
  let shaped = shapedRuns.get(key);
  if (!shaped) {
    if (shapedRuns.size >= MAX_SHAPED_RUNS) shapedRuns.clear();
    shapedRuns.set(key, (shaped = shapeText(face, text, level, style.size, spacing)));
  }
  const glyphs = shaped.glyphs.map((g) => ({ g: g.g, cluster: offset + g.cluster, x: g.x, y: g.y }));
  return { face, level, glyphs, width: shaped.width };
}

/** Shapes `text` in one face and direction with HarfBuzz: glyphs in pixels, clusters from 0. */
function shapeText(face: Face, text: string, level: number, size: number, spacing: number): Shaped {
  const buffer = new HbBuffer();
  buffer.addText(text);
  buffer.setDirection(level % 2 ? Direction.RTL : Direction.LTR);
  buffer.guessSegmentProperties();
  shape(face.font, buffer);
  const scale = size / face.upem;
  let pen = 0;
  const glyphs = buffer.getGlyphInfosAndPositions().map((g) => {
    const placed = { g: g.codepoint, cluster: g.cluster, x: pen + (g.xOffset ?? 0) * scale, y: -(g.yOffset ?? 0) * scale };
    pen += (g.xAdvance ?? 0) * scale + spacing;
    return placed;
  });
  return { glyphs, width: pen };
}

/** Splits `text` (starting at `offset` in the paragraph) into runs of one face and one level, shaped. */
function shapeWord(faces: Record<Weight, Face[]>, text: string, offset: number, levels: Uint8Array, style: TextStyle): Run[] {
  const list = faces[style.weight];
  const runs: Run[] = [];
  let start = 0;
  let face: Face | undefined;
  let level = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const next = faceFor(list, cp, face);
    const lvl = levels[offset + i];
    if (face && (next !== face || lvl !== level)) {
      runs.push(shapeRun(face, text.slice(start, i), offset + start, level, style));
      start = i;
    }
    face = next;
    level = lvl;
    i += cp > 0xffff ? 2 : 1;
  }
  if (face) runs.push(shapeRun(face, text.slice(start), offset + start, level, style));
  return runs;
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every stretch at or above it. */
export function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  const out = [...runs];
  const levels = out.map((r) => r.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((l) => (l % 2 ? l : l + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if (out[i].level < level) { i++; continue; }
      let j = i;
      while (j < out.length && out[j].level >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

const width = (runs: Run[]) => runs.reduce((sum, run) => sum + run.width, 0);

/**
 * Sets `text` in lines at most `maxWidth` pixels wide (a word wider than that gets a line of its
 * own and overflows), aligned to the paragraph's start edge: left, or right for a right-to-left
 * paragraph.
 */
export function layoutParagraph(faces: Record<Weight, Face[]>, text: string, style: TextStyle, maxWidth: number): Paragraph {
  const { direction, levels } = bidiParagraph(text);
  const words: { runs: Run[]; space: Run }[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const at = match.index!;
    const end = at + match[0].length;
    const space = { ...shapeRun(faces[style.weight][0], ' ', end, levels[end] ?? levels[at], style), space: true };
    words.push({ runs: shapeWord(faces, match[0], at, levels, style), space });
  }
  const lines: Run[][] = [];
  let line: Run[] = [];
  words.forEach((word, i) => {
    const candidate = line.length ? [...line, words[i - 1].space, ...word.runs] : word.runs;
    if (line.length && width(candidate) > maxWidth) {
      lines.push(line);
      line = word.runs;
    } else line = candidate;
  });
  if (line.length) lines.push(line);
  if (style.maxLines && lines.length > style.maxLines) {
    lines.length = style.maxLines;
    lines[lines.length - 1] = withEllipsis(faces, lines[lines.length - 1], style, maxWidth);
  }
  return placeLines(lines, style, maxWidth, direction);
}

/** A cut line: runs dropped from its logical end until "…" fits after them. */
function withEllipsis(faces: Record<Weight, Face[]>, line: Run[], style: TextStyle, maxWidth: number): Run[] {
  const last = line[line.length - 1];
  const ellipsis = shapeRun(faces[style.weight][0], '…', last?.glyphs.at(-1)?.cluster ?? 0, last?.level ?? 0, style);
  const kept = [...line];
  while (kept.length > 1 && width(kept) + ellipsis.width > maxWidth) kept.pop();
  while (kept.length > 1 && kept[kept.length - 1].space) kept.pop(); // "word…", not "word …"
  return [...kept, ellipsis];
}

/** Places shaped lines: visual run order, start-edge alignment, baselines from the line height. */
function placeLines(lines: Run[][], style: TextStyle, maxWidth: number, direction: 'ltr' | 'rtl'): Paragraph {
  const face = lines[0]?.[0]?.face;
  const scale = face ? style.size / face.upem : 0;
  const contentHeight = face ? (face.ascender - face.descender) * scale : style.size;
  const lineHeight = style.lineHeight ? style.size * style.lineHeight : contentHeight;
  // CSS half-leading: the line's extra height is split above and below the glyphs.
  const baseline = (lineHeight - contentHeight) / 2 + (face ? face.ascender * scale : style.size);
  const glyphs: PlacedGlyph[] = [];
  lines.forEach((runs, i) => {
    let pen = direction === 'rtl' ? maxWidth - width(runs) : 0;
    for (const run of visualOrder(runs)) {
      for (const g of run.glyphs) glyphs.push({ face: run.face, glyph: g.g, cluster: g.cluster, x: pen + g.x, y: i * lineHeight + baseline + g.y, size: style.size });
      pen += run.width;
    }
  });
  return { glyphs, height: lines.length * lineHeight, direction };
}
