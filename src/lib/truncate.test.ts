import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateWords } from './truncate.ts';

describe('truncateWords', () => {
  it('keeps text that fits, trimmed', () => {
    expect(truncateWords('  short  ', 10)).toBe('short');
    expect(truncateWords('exactly10!', 10)).toBe('exactly10!');
  });

  it('cuts at a word boundary, ellipsis included in the limit, without dangling punctuation', () => {
    const cut = truncateWords('word '.repeat(40).trim(), 90);
    expect([...cut].length).toBeLessThanOrEqual(90);
    expect(cut).toMatch(/^(?:word )+word…$/u);
    expect(truncateWords('The talks ended, and then the leaders left the city', 20)).toBe('The talks ended…');
  });

  it('cuts inside a word when the last boundary is too early', () => {
    expect(truncateWords('A Supercalifragilisticexpialidocious', 20)).toBe('A Supercalifragilis…');
  });

  it('counts code points, never splitting a character', () => {
    const cut = truncateWords('😀'.repeat(30), 10);
    expect([...cut]).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('gives what splitting the whole text into code points gives (the definition), for any text', () => {
    const byDefinition = (text: string, max: number) => {
      const chars = [...text.trim()];
      if (chars.length <= max) return text.trim();
      const cut = chars.slice(0, max - 1).join('');
      const space = cut.lastIndexOf(' ');
      return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
    };
    const text = fc.array(fc.constantFrom('a', 'b', ' ', ',', '😀', '𝔸', 'é', '—'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 2, max: 30 }), (t, max) => truncateWords(t, max) === byDefinition(t, max)), { numRuns: 2000 });
  });
});
