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
});
