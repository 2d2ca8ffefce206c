import { describe, expect, it } from 'vitest';
import { blockIndexOf, paginateBlocks } from './pages.ts';

const blocks = (...sizes: number[]) => {
  let at = 0;
  return sizes.map((n, i) => {
    const b = { id: `p${i + 1}`, start: at, end: at + n };
    at += n + 2;
    return b;
  });
};

describe('paginateBlocks', () => {
  it('keeps a short article on one page', () => {
    expect(paginateBlocks(blocks(100, 200, 300), 1000)).toEqual([1, 1, 1]);
  });
  it('starts a new page before a block that would overflow, never splitting a block', () => {
    expect(paginateBlocks(blocks(600, 300, 200, 900, 50), 1000)).toEqual([1, 1, 2, 3, 3]);
  });
  it('gives an oversized block a page of its own', () => {
    expect(paginateBlocks(blocks(100, 5000, 100), 1000)).toEqual([1, 2, 3]);
  });
  it('maps paragraph ids to block indexes', () => {
    expect(blockIndexOf('p1')).toBe(0);
    expect(blockIndexOf('p12')).toBe(11);
  });
});
