import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEntityModel } from '../recognize.ts';
import { FPT, HIST, extractFeatures } from './features.ts';
import { rng } from './hash.ts';
import { deserializeModel, emissions } from './model.ts';
import { NT } from './tags.ts';
import { tokenize } from './tokenize.ts';
import { type PackedWeights, packWeights, rowOf } from './weights.ts';

const SEED = readFileSync(new URL('../../../../seeds/000_7f75fb188196c575.txt', import.meta.url), 'utf8');

describe('packed weights', () => {
  it('find the row of every bucket that has one, in any order, and no row for the others', () => {
    const rand = rng(7);
    const bits = 10;
    const buckets = Int32Array.from(new Set(Array.from({ length: 200 }, () => Math.floor(rand() * (1 << bits)))));
    const rows = Int16Array.from({ length: buckets.length * NT }, () => (rand() < 0.5 ? 0 : Math.round((rand() - 0.5) * 65534)));
    const packed = packWeights(bits, buckets, rows, 0.001);
    const has = new Map([...buckets].map((b, r) => [b, r]));
    for (let b = 0; b < 1 << bits; b++) {
      const row = rowOf(packed, b);
      if (!has.has(b)) expect(row).toBe(-1);
      else expect([...packed.rows.subarray(row * NT, (row + 1) * NT)]).toEqual([...rows.subarray(has.get(b)! * NT, (has.get(b)! + 1) * NT)]);
    }
  });

  it('give the loaded model emission scores that are the exact sums of the quantised weights times the scale, from all slots or from the words’ sums and the other slots', () => {
    const model = loadEntityModel();
    const packed = model.weights as PackedWeights;
    // The layout before the packed one: 2^bits row offsets (-1: no row), every tag added.
    const table = new Int32Array(1 << model.bits);
    for (let b = 0; b < table.length; b++) table[b] = rowOf(packed, b) * NT;
    const mask = table.length - 1;
    const tk = tokenize(SEED);
    const doc = extractFeatures(tk.words, tk.sentences, model.resources);
    const grouped = extractFeatures(tk.words, tk.sentences, model.resources, 'grouped');
    // Some history slots too, as decoding fills them.
    for (let i = 0; i < tk.words.length; i += 3) doc.feats[i * FPT + HIST] = grouped.feats[i * FPT + HIST] = (i * 2654435761) | 1;
    const n = tk.words.length;
    const sums = new Float64Array(n * NT);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < FPT; k++) {
        const h = doc.feats[i * FPT + k]!;
        if (h === 0) {
          if (k >= HIST) break;
          k = HIST - 1;
          continue;
        }
        const row = table[h & mask]!;
        if (row < 0) continue;
        for (let t = 0; t < NT; t++) sums[i * NT + t] += packed.rows[row + t]!;
      }
    }
    // Sums of integers below 2^53 in a float64 are exact, whatever the order.
    const expected = Float32Array.from(sums, (s) => s * packed.scale);
    const actual = new Float32Array(n * NT);
    emissions(model, doc, 0, n, actual);
    expect(n).toBeGreaterThan(500);
    expect(Buffer.from(actual.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
    // Grouped: the words' sums made once (first pass) and then reused (second pass, and for
    // every repeated word in the first) give the same bits.
    for (let pass = 0; pass < 2; pass++) {
      const memoised = new Float32Array(n * NT);
      emissions(model, grouped, 0, n, memoised);
      expect(Buffer.from(memoised.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
    }
    // Part of a document (a sentence, as decoding asks for) reads neighbours outside it.
    const part = new Float32Array(40 * NT);
    emissions(model, grouped, 100, 140, part);
    expect(Buffer.from(part.buffer).equals(Buffer.from(expected.buffer, 100 * NT * 4, 40 * NT * 4))).toBe(true);
  });

  it('keep the grouped scores exact while the words’ sums outgrow their first array', () => {
    const model = loadEntityModel();
    // 6,000 words never seen before (more than the 4,096 the sums' first array holds), in sentences.
    const text = Array.from({ length: 600 }, (_, s) => `${Array.from({ length: 10 }, (_, w) => `Zq${s}x${w}`).join(' ')}.`).join(' ');
    const tk = tokenize(text);
    const full = extractFeatures(tk.words, tk.sentences, model.resources);
    const grouped = extractFeatures(tk.words, tk.sentences, model.resources, 'grouped');
    const n = tk.words.length;
    const [a, b] = [new Float32Array(n * NT), new Float32Array(n * NT)];
    emissions(model, full, 0, n, a);
    emissions(model, grouped, 0, n, b);
    expect(new Set(tk.words).size).toBeGreaterThan(6000);
    expect(Buffer.from(b.buffer).equals(Buffer.from(a.buffer))).toBe(true);
  });

  it('make a word’s sums again for another model’s weights, and again when the first model comes back', () => {
    const model = loadEntityModel();
    // Another model read from the same file: a new weights object, whose sums get a pool of their own.
    const other = deserializeModel(readFileSync(new URL('../model/entities.bin.gz', import.meta.url)));
    const tk = tokenize(SEED);
    const doc = extractFeatures(tk.words, tk.sentences, model.resources, 'grouped');
    const n = tk.words.length;
    const scoresOf = (m: typeof model) => {
      const out = new Float32Array(n * NT);
      emissions(m, doc, 0, n, out);
      return out;
    };
    const first = scoresOf(model);
    // With every weight negated, the other model's scores are the first's negated only if its
    // sums were made from its own rows, not taken from the words' sums for the first model.
    const rows = (other.weights as PackedWeights).rows;
    for (let i = 0; i < rows.length; i++) rows[i] = -rows[i]!;
    expect(scoresOf(other)).toEqual(first.map((x) => -x));
    expect(Buffer.from(scoresOf(model).buffer).equals(Buffer.from(first.buffer))).toBe(true);
  });
});
