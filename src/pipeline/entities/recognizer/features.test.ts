import { describe, expect, it } from 'vitest';
import { loadEntityModel } from '../recognize.ts';
import { FPT, HIST, extractFeatures } from './features.ts';
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

  it('give the same features when the words are already known (made once per word)', () => {
    const again = extractFeatures(tk.words, tk.sentences, model.resources);
    expect(Buffer.from(again.feats.buffer).equals(Buffer.from(doc.feats.buffer))).toBe(true);
    expect(again.words.map((w) => w.own.length)).toEqual(doc.words.map((w) => w.own.length));
  });
});
