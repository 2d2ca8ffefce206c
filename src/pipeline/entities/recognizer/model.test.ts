import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEntityModel } from '../recognize.ts';
import { extractFeatures } from './features.ts';
import { decode, emissions } from './model.ts';
import { NT, allowed, allowedEnd } from './tags.ts';
import { tokenize } from './tokenize.ts';

const SEED = readFileSync(new URL('../../../../seeds/000_7f75fb188196c575.txt', import.meta.url), 'utf8');

/**
 * Viterbi written plainly: the allowed tag sequence with the best sum of emission and transition
 * weights (float32 partial scores, earlier previous tag on ties, as the decoder keeps them).
 */
function plainViterbi(scores: Float32Array, trans: Float32Array, n: number): number[] {
  const delta = new Float32Array(n * NT);
  const back = new Int32Array(n * NT);
  for (let t = 0; t < NT; t++) delta[t] = scores[t]! + trans[t]! + (allowed(-1, t) ? 0 : -1e9);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      for (let p = 0; p < NT; p++) {
        if (!allowed(p, t)) continue;
        const v = delta[(i - 1) * NT + p]! + trans[(p + 1) * NT + t]!;
        if (v > best) [best, back[i * NT + t]] = [v, p];
      }
      delta[i * NT + t] = best + scores[i * NT + t]!;
    }
  }
  let tag = 0;
  for (let t = 0, best = -Infinity; t < NT; t++) {
    const v = delta[(n - 1) * NT + t]! + (allowedEnd(t) ? 0 : -1e9);
    if (v > best) [best, tag] = [v, t];
  }
  const tags = [tag];
  for (let i = n - 1; i > 0; i--) tags.unshift((tag = back[i * NT + tag]!));
  return tags;
}

describe('decoding', () => {
  it('gives each sentence the best-scoring allowed tag sequence', () => {
    const model = loadEntityModel();
    const tk = tokenize(SEED);
    const doc = extractFeatures(tk.words, tk.sentences, model.resources, 'grouped');
    let named = 0;
    for (const [a, b] of tk.sentences) {
      const scores = new Float32Array((b - a) * NT);
      emissions(model, doc, a, b, scores);
      const out = new Int32Array(tk.words.length);
      decode(model, doc, a, b, out);
      const tags = [...out.subarray(a, b)];
      expect(tags).toEqual(plainViterbi(scores, model.trans, b - a));
      named += tags.filter((t) => t !== 0).length;
    }
    expect(named).toBeGreaterThan(20);
  });
});
