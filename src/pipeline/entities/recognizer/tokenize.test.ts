import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('splits like CoNLL/Penn with offsets', () => {
    const t = tokenize('Syria’s role in the U.S.-led “Global Coalition” didn’t cost $10 million, said Mr. Trump.');
    expect(t.words).toEqual([
      'Syria', '’s', 'role', 'in', 'the', 'U.S.-led', '“', 'Global', 'Coalition', '”', 'did', 'n’t', 'cost', '$', '10',
      'million', ',', 'said', 'Mr.', 'Trump', '.',
    ]);
    const text = 'President Ahmad al-Sharaa met O’Brien.';
    const u = tokenize(text);
    expect(u.words).toEqual(['President', 'Ahmad', 'al-Sharaa', 'met', 'O’Brien', '.']);
    for (let i = 0; i < u.words.length; i++) expect(text.slice(u.starts[i], u.ends[i])).toBe(u.words[i]);
  });
  it('splits sentences at final punctuation and newlines', () => {
    const t = tokenize('He left. She stayed in the U.S. and won.\nNew line here');
    expect(t.sentences.map(([a, b]) => t.words.slice(a, b).join(' '))).toEqual([
      'He left .',
      'She stayed in the U.S. and won .',
      'New line here',
    ]);
  });
});
