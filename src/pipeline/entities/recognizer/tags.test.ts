import { describe, expect, it } from 'vitest';
import { allowed, iobToSpans, spansToTags, tagsToSpans } from './tags.ts';

describe('tags', () => {
  it('round-trips spans through BILOU', () => {
    const spans = [{ start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 2 }, { start: 5, end: 8, type: 1 }];
    expect(tagsToSpans(spansToTags(spans, 9))).toEqual(spans);
  });
  it('reads IOB2', () => {
    expect(iobToSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 2 }, { start: 4, end: 5, type: 2 }, { start: 5, end: 6, type: 1 },
    ]);
  });
  it('constrains transitions', () => {
    expect(allowed(-1, 1)).toBe(true);
    expect(allowed(1, 0)).toBe(false);
    expect(allowed(1, 3)).toBe(true);
    expect(allowed(1, 7)).toBe(false);
  });
});
