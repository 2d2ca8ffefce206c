/**
 * A palette PNG encoder for share cards. A card has four colours and the anti-aliasing steps
 * between them and the background, so 8-bit indices (a third of RGB's bytes) are exact enough,
 * and rows of plain background compress to almost nothing. zlib and CRC-32 are Node's own; zlib's
 * run-length strategy suits long runs of one index: 0.7 ms a card against 2.7 ms at the default
 * strategy, 15.8 KB against 14.1 KB (200 BBC article cards, 2026-11-27).
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** An RGB colour as `[r, g, b]`, 0–255. */
export type Rgb = readonly [number, number, number];

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Encodes rows as PNG stores them: each a filter byte (0, none) then its `width` palette
 * indices. A card draws into this layout directly (`STRIDE` in `card.ts`), sparing a copy of the image.
 */
export function encodePaletteRows(rows: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Buffer {
  if (palette.length > 256 || rows.length !== (width + 1) * height) throw new Error('palette PNG: bad size');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indices, colour type 3 (palette), no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
