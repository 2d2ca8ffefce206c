import { describe, expect, it } from 'vitest';
import { GAZ, buildGazetteer, lookupPhrase, matchGazetteer } from './gazetteer.ts';

describe('gazetteer', () => {
  it('matches the longest capitalised phrase with BILOU codes', () => {
    const g = buildGazetteer({ country: ['Saudi Arabia', 'Syria'], city: ['New York'], first: ['Donald'] });
    const words = ['Donald', 'went', 'to', 'Saudi', 'Arabia', 'and', 'New', 'York'];
    const caps = Uint8Array.from(words.map((w) => (/^[A-Z]/.test(w) ? 1 : 0)));
    const out = new Int32Array(words.length);
    matchGazetteer(g, words.map((w) => w.toLowerCase()), caps, 0, words.length, out, 7);
    const code = (i: number, c: number) => (out[i] >> (3 * c)) & 7;
    expect(code(0, GAZ.first)).toBe(4);
    expect(code(3, GAZ.country)).toBe(1);
    expect(code(4, GAZ.country)).toBe(3);
    expect(code(6, GAZ.city)).toBe(1);
    expect(code(1, GAZ.country)).toBe(0);
    expect(lookupPhrase(g, 'SYRIA')).toBe(1 << GAZ.country);
  });
});
