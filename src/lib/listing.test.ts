import { describe, expect, it } from 'vitest';
import { pageCount, pageItems, pageParams } from './listing.ts';

describe('pagination helpers', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
  });
  it('slices pages and names their params', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageItems(items, 3, 50)).toEqual(items.slice(100));
    expect(pageParams(120, 50)).toEqual([{ page: undefined, n: 1 }, { page: '2', n: 2 }, { page: '3', n: 3 }]);
  });
});
