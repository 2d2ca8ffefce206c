import { describe, expect, it } from 'vitest';
import { headlineFromLede, normaliseCapsLeadIn } from './headline.ts';
import { isTitleLine } from './title-line.ts';

describe('normaliseCapsLeadIn', () => {
  it('title-cases a tabloid lead-in that continues a name', () => {
    expect(normaliseCapsLeadIn('DONALD Trump welcomed the Syrian President')).toBe('Donald Trump welcomed the Syrian President');
    expect(normaliseCapsLeadIn('BORIS JOHNSON Smith said')).toBe('Boris Johnson Smith said');
  });
  it('leaves acronyms that start a sentence alone', () => {
    expect(normaliseCapsLeadIn('ISIS fighters retreated')).toBe('ISIS fighters retreated');
    expect(normaliseCapsLeadIn('Nothing to change here')).toBe('Nothing to change here');
  });
});

describe('headlineFromLede', () => {
  it('cuts the seed lede at a clause boundary within 90 characters', () => {
    const h = headlineFromLede('DONALD Trump welcomed the Syrian President and ex-Jihadi fighter at the White House today as the pair pledged to fight ISIS.');
    expect(h).toBe('Donald Trump welcomed the Syrian President and ex-Jihadi fighter at the White House today');
    expect(h.length).toBeLessThanOrEqual(90);
  });
  it('keeps a short first sentence whole, without its full stop', () => {
    expect(headlineFromLede('Markets fell sharply. Traders blamed the Fed.')).toBe('Markets fell sharply');
  });
  it('falls back to a word boundary with an ellipsis', () => {
    const h = headlineFromLede('Supercalifragilistic '.repeat(10));
    expect(h.endsWith('…')).toBe(true);
    expect(h.length).toBeLessThanOrEqual(91);
  });
});

describe('isTitleLine', () => {
  it('accepts the BBC layout', () => {
    expect(isTitleLine(['Ad sales boost Time Warner profit', '', 'Quarterly profits at US media giant...'])).toBe(true);
  });
  it('rejects a first paragraph, a long line, or a line without a blank line after it', () => {
    expect(isTitleLine(['DONALD Trump welcomed the Syrian President.', '', 'More.'])).toBe(false);
    expect(isTitleLine(['x'.repeat(121), '', 'More'])).toBe(false);
    expect(isTitleLine(['Headline', 'Paragraph right after'])).toBe(false);
    expect(isTitleLine(['Headline only', ''])).toBe(false);
  });
});
