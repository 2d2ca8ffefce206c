/**
 * WOFF 1.0 → OpenType (SFNT) bytes, so HarfBuzz (which reads SFNT only) can shape the fonts npm
 * ships as WOFF (`@fontsource/*`). WOFF 1.0 is the SFNT tables, each zlib-compressed when that
 * was smaller, behind a 44-byte header (W3C WOFF 1.0, sections 3–5); reversing it is a table
 * copy, which no maintained npm package does on its own without a font library around it.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

/** The SFNT bytes of a WOFF 1.0 font; throws on anything that is not WOFF 1.0. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < HEADER || src.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const numTables = src.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = HEADER + i * WOFF_ENTRY;
    const [offset, compLength, origLength] = [src.readUInt32BE(at + 4), src.readUInt32BE(at + 8), src.readUInt32BE(at + 12)];
    const stored = src.subarray(offset, offset + compLength);
    return { tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(stored) : stored };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const size = 12 + numTables * SFNT_ENTRY + tables.reduce((sum, t) => sum + pad4(t.data.length), 0);
  const out = Buffer.alloc(size);
  const entrySelector = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(src.readUInt32BE(4), 0); // flavor: the SFNT version
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(16 * 2 ** entrySelector, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - 16 * 2 ** entrySelector, 10);
  let offset = 12 + numTables * SFNT_ENTRY;
  tables.forEach((table, i) => {
    const at = 12 + i * SFNT_ENTRY;
    out.writeUInt32BE(table.tag, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(out, offset);
    offset += pad4(table.data.length);
  });
  return out;
}
