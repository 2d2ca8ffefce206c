import { describe, expect, it } from 'vitest';
import { loadEntityModel } from '../recognize.ts';
import { FPT, HIST, NEAR, extractFeatures } from './features.ts';
import { hashString, mix } from './hash.ts';
import { tokenize } from './tokenize.ts';

// The same words at the start of a sentence, inside one, in capitals and beside other words.
const TEXT = 'Brown said the bank would act. The bank, said Gordon Brown, would act in March. BROWN AND THE BANK AGREED. Later, brown envelopes reached the Bank of England.';

/** The slots [from, to) of token i. */
const slots = (feats: Int32Array, i: number, from: number, to: number) => [...feats.subarray(i * FPT + from, i * FPT + to)];

describe('a token’s own features', () => {
  const model = loadEntityModel();
  const tk = tokenize(TEXT);
  const doc = extractFeatures(tk.words, tk.sentences, model.resources);

  it('come first and are the same wherever the same word stands, whatever its context', () => {
    const own = (i: number) => doc.words[i]!.own.length;
    const byWord = new Map<object, number[]>();
    tk.words.forEach((_, i) => byWord.set(doc.words[i]!, [...(byWord.get(doc.words[i]!) ?? []), i]));
    const repeated = [...byWord.values()].filter((at) => at.length > 1);
    expect(repeated.length).toBeGreaterThan(3);
    for (const at of repeated) {
      const first = slots(doc.feats, at[0]!, 0, own(at[0]!));
      for (const i of at) expect(slots(doc.feats, i, 0, own(i))).toEqual(first);
      // Context follows: the tokens differ there (their neighbours do).
      expect(new Set(at.map((i) => slots(doc.feats, i, own(i), HIST).join())).size).toBeGreaterThan(1);
    }
    for (let i = 0; i < tk.words.length; i++) {
      expect(own(i)).toBeGreaterThan(2);
      expect(own(i)).toBeLessThan(HIST);
      expect(slots(doc.feats, i, 0, own(i))).not.toContain(0);
    }
  });

  it('differ between words that differ only in case (the raw form is one of them)', () => {
    const bank = tk.words.findIndex((w) => w === 'bank');
    const Bank = tk.words.findIndex((w) => w === 'Bank');
    expect(slots(doc.feats, bank, 0, doc.words[bank]!.own.length)).not.toEqual(slots(doc.feats, Bank, 0, doc.words[Bank]!.own.length));
  });

  it('are, with each neighbour’s features for where it stands, the full layout’s slots less the grouped layout’s', () => {
    const grouped = extractFeatures(tk.words, tk.sentences, model.resources, 'grouped');
    const n = tk.words.length;
    const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b);
    const used = (feats: Int32Array, i: number) => slots(feats, i, 0, HIST).filter((x) => x !== 0);
    for (let i = 0; i < n; i++) {
      const fromWords = [...doc.words[i]!.own];
      NEAR.forEach((d, at) => fromWords.push(...(i + d < 0 ? doc.edges[0] : i + d >= n ? doc.edges[1] : doc.words[i + d]!).near[at]!));
      expect(sorted([...fromWords, ...used(grouped.feats, i)])).toEqual(sorted(used(doc.feats, i)));
      // Every neighbour gives a token something, inside the text or outside it.
      expect(fromWords.length).toBeGreaterThan(doc.words[i]!.own.length + 2 * NEAR.length);
    }
  });

  it('see the padding words <s> and </s> (form and shape) where a neighbour would be outside the text', () => {
    const [L, R] = [hashString('<s>'), hashString('</s>')];
    const n = tk.words.length;
    const has = (i: number, x: number) => slots(doc.feats, i, 0, HIST).includes(x === 0 ? 1 : x);
    for (const x of [mix(3, L), mix(5, L), mix(8, L)]) expect(has(0, x)).toBe(true);
    expect(has(1, mix(5, L))).toBe(true);
    expect(has(1, mix(3, L))).toBe(false);
    for (const x of [mix(4, R), mix(6, R), mix(9, R)]) expect(has(n - 1, x)).toBe(true);
    expect(has(n - 2, mix(6, R))).toBe(true);
    expect(has(n - 2, mix(4, R))).toBe(false);
  });

  it('give the same features when the words are already known (made once per word)', () => {
    const again = extractFeatures(tk.words, tk.sentences, model.resources);
    expect(Buffer.from(again.feats.buffer).equals(Buffer.from(doc.feats.buffer))).toBe(true);
    expect(again.words.map((w) => w.own.length)).toEqual(doc.words.map((w) => w.own.length));
  });
});
