/**
 * Stage 1, read: bytes → text. Decoding and repair only; every problem becomes a warning that
 * names the file and, where it applies, the line. Offsets used by later stages are offsets into
 * the text this stage returns.
 */
import type { Warning } from './logger.ts';

/**
 * Articles longer than this are cut (with a warning naming the line of the cut), so one pasted
 * dump cannot stall a build. Below it nothing is lost: long articles are split into pages of
 * about 8,000 characters (see `link/pages.ts`) so each page stays under 60 kB of HTML. 200,000
 * characters is 25 pages, some 33,000 words; the longest BBC News article has 25,000 characters.
 */
export const MAX_TEXT_CHARS = 200_000;

/**
 * Where to cut a text that is too long: at the last paragraph break before the limit, else the
 * last space, else at the limit itself, never between the two halves of a surrogate pair.
 */
export function cutPoint(text: string, limit = MAX_TEXT_CHARS): number {
  if (text.length <= limit) return text.length;
  const newline = text.lastIndexOf('\n', limit);
  if (newline > limit / 2) return newline;
  const space = text.lastIndexOf(' ', limit);
  if (space > limit / 2) return space;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The outcome of reading one seed file. */
export interface ReadResult {
  /** The decoded text, or `undefined` when the file is skipped. */
  text?: string;
  /** Which decoding was used. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Problems found, already phrased for the curator. */
  warnings: Warning[];
}

/** Counts the 1-based line of a byte offset (newlines before it, plus one). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Finds the first byte where strict UTF-8 decoding fails. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** True when the bytes look like a binary file rather than text (NUL bytes or many control bytes). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Detects a UTF-16 byte-order mark. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Decodes a seed file. UTF-8 (a BOM is dropped), UTF-16 with a BOM, and, for bytes that are not
 * valid UTF-8, Windows-1252 (a superset of Latin-1 for printable text) with a warning naming the
 * line of the first bad byte. Binary, empty and whitespace-only files are skipped with a warning.
 */
export function readArticleBytes(file: string, bytes: Uint8Array): ReadResult {
  const warnings: Warning[] = [];
  const bom16 = utf16Bom(bytes);
  if (!bom16 && looksBinary(bytes)) {
    return { warnings: [{ file, message: 'looks like a binary file, not text: skipped' }] };
  }
  let text: string;
  let encoding: ReadResult['encoding'];
  if (bom16) {
    encoding = bom16;
    text = new TextDecoder(bom16).decode(bytes);
  } else {
    const bad = firstInvalidUtf8(bytes);
    if (bad === -1) {
      encoding = 'utf-8';
      text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM
    } else {
      encoding = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(bytes);
      warnings.push({
        file,
        line: lineOfByte(bytes, bad),
        message: `not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).toUpperCase()} at offset ${bad}): decoded as Windows-1252`,
      });
    }
  }
  if (text.trim() === '') {
    warnings.push({ file, message: bytes.length === 0 ? 'empty file: skipped' : 'only whitespace: skipped' });
    return { warnings };
  }
  if (text.length > MAX_TEXT_CHARS) {
    const at = cutPoint(text);
    warnings.push({
      file,
      line: text.slice(0, at).split('\n').length,
      message: `article is ${text.length} characters long: cut after ${at} characters (the limit is ${MAX_TEXT_CHARS}); split it into several articles to keep all of it`,
    });
    text = text.slice(0, at);
  }
  return { text, encoding, warnings };
}
