import { describe, expect, it } from 'vitest';
import { GAZ, buildGazetteer, lookupPhrase, matchGazetteer, phraseKey } from './gazetteer.ts';
import { hashString } from './hash.ts';

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

  it('finds every phrase of a big list, and phrases added after a first match', () => {
    // Many phrases (their filter bits crowd), each matched in a capitalised sentence.
    const cities = Array.from({ length: 5000 }, (_, i) => `Port ${i.toString(36).replace(/^./, (c) => c.toUpperCase())} Bay`);
    const g = buildGazetteer({ city: cities });
    const match = (phrase: string) => {
      const words = phrase.split(' ');
      const out = new Int32Array(words.length);
      matchGazetteer(g, words.map((w) => w.toLowerCase()), Uint8Array.from(words, () => 1), 0, words.length, out, 7);
      return [...out].map((x) => (x >> (3 * GAZ.city)) & 7);
    };
    for (const city of cities) expect(match(city)).toEqual([1, 2, 3]);
    expect(match('Port Nowhere Bay')).toEqual([0, 0, 0]);
    // Training adds names to a gazetteer that has already been used.
    g.phrases.set(lookupKeyOf('Port Nowhere Bay'), 1 << GAZ.city);
    expect(match('Port Nowhere Bay')).toEqual([1, 2, 3]);
  });
});

/** The hash a phrase is kept under (as `lookupPhrase` computes it). */
const lookupKeyOf = (phrase: string) => hashString(phraseKey(phrase));
