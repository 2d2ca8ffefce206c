import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byString, firstByScore } from './order.ts';

describe('firstByScore', () => {
  it('keeps what sorting everything and taking the first n keeps, ties included', () => {
    const item = fc.record({ slug: fc.string({ maxLength: 3 }), count: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 0, max: 40 }), (items, n) => {
        const compare = (a: (typeof items)[number], b: (typeof items)[number]) => b.count - a.count || byString(a.slug, b.slug);
        expect(firstByScore(items, (i) => i.count, compare, n)).toEqual([...items].sort(compare).slice(0, n));
      }),
    );
  });
});
