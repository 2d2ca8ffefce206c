import { describe, expect, it } from 'vitest';
import { sentenceBounds, tenseDirection } from './tense.ts';

const dirOf = (s: string, word: string) => {
  const i = s.indexOf(word);
  return tenseDirection(s, i, i + word.length);
};

describe('tenseDirection', () => {
  it('reads past, future and unknown', () => {
    expect(dirOf('They met in May.', 'May')).toBe(-1);
    expect(dirOf('They will meet in May.', 'May')).toBe(1);
    expect(dirOf('The dividend will be paid Dec. 14.', 'Dec. 14')).toBe(1);
    expect(dirOf('Talks are set to resume Monday.', 'Monday')).toBe(1);
    expect(dirOf('Meeting Monday.', 'Monday')).toBe(0);
  });
  it('stays inside the sentence', () => {
    const s = 'He resigned. The board meets Monday.';
    expect(sentenceBounds(s, s.indexOf('Monday'), s.indexOf('Monday') + 6)).toEqual([12, s.length]);
    expect(dirOf(s, 'Monday')).toBe(0);
  });
});
