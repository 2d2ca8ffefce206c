/**
 * The trained model: hashed-feature weights per BILOU tag, tag transitions, lexicon and
 * gazetteer; Viterbi decoding; compact (de)serialisation (zlib-compressed binary).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { FPT, type Resources } from './features.ts';
import { type Gazetteer } from './gazetteer.ts';
import { NT, allowed, allowedEnd } from './tags.ts';

/** Runtime model. `rowOf[bucket]` gives the weight row offset (row * NT) or -1. */
export interface Model {
  bits: number;
  rowOf: Int32Array | null;
  weights: Float32Array;
  /** (NT + 1) × NT: row 0 is sentence start, row p + 1 follows tag p. */
  trans: Float32Array;
  resources: Resources;
}

const NEG = -1e9;
/** Hard BILOU constraints as additive penalties, same layout as `trans`. */
export const CONSTRAINT = (() => {
  const c = new Float32Array((NT + 1) * NT);
  for (let p = -1; p < NT; p++) for (let t = 0; t < NT; t++) if (!allowed(p, t)) c[(p + 1) * NT + t] = NEG;
  return c;
})();
const END = (() => {
  const e = new Float32Array(NT);
  for (let t = 0; t < NT; t++) if (!allowedEnd(t)) e[t] = NEG;
  return e;
})();

/** Adds the emission scores of tokens [from, to) into `scores` ((to - from) × NT). */
export function emissions(model: Model, feats: Int32Array, from: number, to: number, scores: Float32Array): void {
  const { weights, rowOf } = model;
  const mask = (1 << model.bits) - 1;
  scores.fill(0, 0, (to - from) * NT);
  for (let i = from; i < to; i++) {
    const so = (i - from) * NT;
    const fo = i * FPT;
    for (let k = 0; k < FPT; k++) {
      const h = feats[fo + k];
      if (h === 0) break;
      const row = rowOf === null ? (h & mask) * NT : rowOf[h & mask];
      if (row < 0) continue;
      for (let t = 0; t < NT; t++) scores[so + t] += weights[row + t];
    }
  }
}

let scratchScores = new Float32Array(256 * NT);
let scratchDelta = new Float32Array(256 * NT);
let scratchBack = new Int32Array(256 * NT);

/** Viterbi-decodes tokens [from, to) into `out` (tag per token, written at from..to). */
export function decode(model: Model, feats: Int32Array, from: number, to: number, out: Int32Array): void {
  const n = to - from;
  if (n <= 0) return;
  if (scratchScores.length < n * NT) {
    scratchScores = new Float32Array(n * NT * 2);
    scratchDelta = new Float32Array(n * NT * 2);
    scratchBack = new Int32Array(n * NT * 2);
  }
  const sc = scratchScores;
  const delta = scratchDelta;
  const back = scratchBack;
  emissions(model, feats, from, to, sc);
  const tr = model.trans;
  for (let t = 0; t < NT; t++) delta[t] = sc[t] + tr[t] + CONSTRAINT[t];
  for (let i = 1; i < n; i++) {
    const po = (i - 1) * NT;
    const co = i * NT;
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        const idx = (p + 1) * NT + t;
        const v = delta[po + p] + tr[idx] + CONSTRAINT[idx];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[co + t] = best + sc[co + t];
      back[co + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lo = (n - 1) * NT;
  for (let t = 0; t < NT; t++) {
    const v = delta[lo + t] + END[t];
    if (v > best) {
      best = v;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[from + i] = arg;
    if (i > 0) arg = back[i * NT + arg];
  }
}

/** Serialises a model (dense or compact) to a gzip buffer; keeps only non-zero rows, int16-quantised. */
export function serializeModel(model: Model, gazLists: Record<string, string[]>): Buffer {
  const { weights } = model;
  const size = 1 << model.bits;
  const buckets: number[] = [];
  let maxAbs = 0;
  for (let b = 0; b < size; b++) {
    const row = model.rowOf === null ? b * NT : model.rowOf[b];
    if (row < 0) continue;
    let nz = false;
    for (let t = 0; t < NT; t++) {
      const a = Math.abs(weights[row + t]);
      if (a > 1e-6) nz = true;
      if (a > maxAbs) maxAbs = a;
    }
    if (nz) buckets.push(b);
  }
  const scale = maxAbs / 32767 || 1;
  const q = new Int16Array(buckets.length * NT);
  buckets.forEach((b, r) => {
    const row = model.rowOf === null ? b * NT : model.rowOf[b];
    for (let t = 0; t < NT; t++) q[r * NT + t] = Math.round(weights[row + t] / scale);
  });
  const lexWords = [...model.resources.lexicon.keys()];
  const lexVals = Int32Array.from(lexWords.map((w) => model.resources.lexicon.get(w)!));
  const header = JSON.stringify({ version: 1, bits: model.bits, NT, FPT, rows: buckets.length, scale, lexCount: lexWords.length, gazLists });
  const parts = [
    Buffer.from(header, 'utf8'),
    Buffer.from(lexWords.join('\n'), 'utf8'),
    Buffer.from(lexVals.buffer),
    Buffer.from(Int32Array.from(buckets).buffer),
    Buffer.from(q.buffer),
    Buffer.from(model.trans.buffer, model.trans.byteOffset, model.trans.byteLength),
  ];
  const lens = Buffer.alloc(4 * parts.length);
  parts.forEach((p, i) => lens.writeUInt32LE(p.length, 4 * i));
  return gzipSync(Buffer.concat([lens, ...parts]), { level: 9 });
}

/** Loads a model from a buffer written by {@link serializeModel}. */
export function deserializeModel(gz: Buffer, buildGaz: (lists: Record<string, string[]>) => Gazetteer): Model {
  const buf = gunzipSync(gz);
  const lens = [0, 1, 2, 3, 4, 5].map((i) => buf.readUInt32LE(4 * i));
  let off = 24;
  const slice = (i: number) => {
    const s = buf.subarray(off, off + lens[i]);
    off += lens[i];
    return s;
  };
  const aligned = (b: Buffer) => {
    const c = new Uint8Array(b.length);
    c.set(b);
    return c.buffer;
  };
  const header = JSON.parse(slice(0).toString('utf8'));
  if (header.FPT !== FPT || header.NT !== NT) throw new Error('entity model does not match feature extractor');
  const lexWords = slice(1).toString('utf8').split('\n');
  const lexVals = new Int32Array(aligned(slice(2)));
  const buckets = new Int32Array(aligned(slice(3)));
  const q = new Int16Array(aligned(slice(4)));
  const trans = new Float32Array(aligned(slice(5)));
  const lexicon = new Map<string, number>();
  for (let i = 0; i < lexWords.length; i++) lexicon.set(lexWords[i], lexVals[i]);
  const rowOf = new Int32Array(1 << header.bits).fill(-1);
  for (let r = 0; r < buckets.length; r++) rowOf[buckets[r]] = r * NT;
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * header.scale;
  return { bits: header.bits, rowOf, weights, trans, resources: { lexicon, gazetteer: buildGaz(header.gazLists) } };
}
