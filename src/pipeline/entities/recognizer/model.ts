/**
 * The trained model: hashed-feature weights per BILOU tag, tag transitions, lexicon and
 * gazetteers; document decoding (Viterbi per sentence, with features from the predictions made
 * earlier in the same document); compact (de)serialisation (zlib-compressed binary).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { type DocFeatures, FPT, HIST, type Resources } from './features.ts';
import { gazetteerFromArrays, gazetteerToArrays } from './gazetteer.ts';
import { mix, mix2 } from './hash.ts';
import { NT, allowed, allowedEnd, posOfTag, typeOfTag } from './tags.ts';
import { type EmissionInput, type PackedWeights, packWeights, packedEmissions } from './weights.ts';

/** A model: hashed-feature emission weights per tag, transitions and the resources features read. */
export interface Model {
  bits: number;
  /**
   * Emission weights: dense while training (bucket b's row at b × NT), packed in a loaded model
   * (only the buckets that have a row, see weights.ts).
   */
  weights: Float32Array | PackedWeights;
  /** (NT + 1) × NT: row 0 is sentence start, row p + 1 follows tag p. */
  trans: Float32Array;
  resources: Resources;
}

/** A model as training makes it: dense weights. */
export interface DenseModel extends Model {
  weights: Float32Array;
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
/** For each tag, the previous tags allowed before it (flattened, with offsets). */
const PREV_OFF = new Int32Array(NT + 1);
const PREV_LIST: number[] = [];
for (let t = 0; t < NT; t++) {
  PREV_OFF[t] = PREV_LIST.length;
  for (let p = 0; p < NT; p++) if (allowed(p, t)) PREV_LIST.push(p);
}
PREV_OFF[NT] = PREV_LIST.length;
const PREV = Int32Array.from(PREV_LIST);
/** The model's transition weights in PREV's order (scratch, made per decode: training changes them). */
const scratchTrans = new Float32Array(PREV.length);

/**
 * Writes the emission scores of tokens [from, to) into `scores` ((to - from) × NT): for each
 * token and tag, the sum of the tag's weights of the token's features (a loaded model's: see
 * `packedEmissions`; while training, the float32 sum in slot order of a `full` document's).
 */
export function emissions(model: Model, doc: EmissionInput, from: number, to: number, scores: Float32Array): void {
  const mask = (1 << model.bits) - 1;
  if (!(model.weights instanceof Float32Array)) return packedEmissions(model.weights, mask, doc, from, to, scores);
  // Training updates weights through the slots: every feature must be in them.
  if (doc.layout !== 'full') throw new Error('a model being trained needs documents with the full feature layout');
  const { feats } = doc;
  const weights = model.weights;
  scores.fill(0, 0, (to - from) * NT);
  for (let i = from; i < to; i++) {
    const so = (i - from) * NT;
    const fo = i * FPT;
    for (let k = 0; k < FPT; k++) {
      const h = feats[fo + k];
      if (h === 0) {
        if (k >= HIST) break;
        k = HIST - 1;
        continue;
      }
      const row = (h & mask) * NT;
      for (let t = 0; t < NT; t++) scores[so + t] += weights[row + t];
    }
  }
}

let scratchScores = new Float32Array(256 * NT);
let scratchDelta = new Float32Array(256 * NT);
let scratchBack = new Int32Array(256 * NT);

/** Viterbi-decodes tokens [from, to) of `doc` into `out` (tag per token, written at from..to). */
export function decode(model: Model, doc: EmissionInput, from: number, to: number, out: Int32Array): void {
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
  emissions(model, doc, from, to, sc);
  const tr = model.trans;
  for (let t = 0; t < NT; t++) delta[t] = sc[t] + tr[t] + CONSTRAINT[t];
  // The transition weight of each allowed pair, in PREV's order (read the same, and in order).
  const trPrev = scratchTrans;
  for (let t = 0; t < NT; t++) for (let q = PREV_OFF[t]; q < PREV_OFF[t + 1]; q++) trPrev[q] = tr[(PREV[q] + 1) * NT + t];
  for (let i = 1; i < n; i++) {
    const po = (i - 1) * NT;
    const co = i * NT;
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let q = PREV_OFF[t], qe = PREV_OFF[t + 1]; q < qe; q++) {
        const p = PREV[q];
        const v = delta[po + p] + trPrev[q];
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

/**
 * Decodes a document sentence by sentence. Before each sentence, its capitalised tokens get
 * features from the labels predicted for the same word earlier in the document (extended
 * prediction history) and whether the word was the surname of a person named earlier.
 * `onSentence` (training) runs after each sentence is decoded, while its history features are set.
 */
export function decodeDocument(model: Model, doc: DocFeatures, out: Int32Array, onSentence?: (from: number, to: number) => void): void {
  const { feats, lowH, caps } = doc;
  const hist = new Map<number, Int32Array>();
  const surnames = new Set<number>();
  for (const [a, b] of doc.sentences) {
    for (let i = a; i < b; i++) {
      if (!caps[i]) continue;
      let s = HIST;
      const o = i * FPT;
      const c = hist.get(lowH[i]);
      if (c) {
        let total = 0;
        let arg = 0;
        for (let t = 0; t < 5; t++) {
          total += c[t];
          if (c[t] > c[arg]) arg = t;
        }
        for (let t = 0; t < 5; t++) if (c[t] > 0) feats[o + s++] = mix2(60, t, c[t] === total ? 2 : c[t] * 2 >= total ? 1 : 0);
        feats[o + s++] = mix(61, arg);
      } else feats[o + s++] = mix(61, 99);
      if (surnames.has(lowH[i])) feats[o + s++] = mix(62, 1);
    }
    decode(model, doc, a, b, out);
    if (onSentence) onSentence(a, b);
    for (let i = a; i < b; i++) {
      const o = i * FPT;
      for (let k = HIST; k < FPT; k++) feats[o + k] = 0;
      if (!caps[i]) continue;
      let c = hist.get(lowH[i]);
      if (!c) hist.set(lowH[i], (c = new Int32Array(5)));
      const tag = out[i];
      c[tag === 0 ? 0 : typeOfTag(tag) + 1]++;
      if (tag !== 0 && typeOfTag(tag) === 0 && posOfTag(tag) === 2) surnames.add(lowH[i]);
    }
  }
}

/** Serialises a model to a gzip buffer; keeps only non-zero rows, int16-quantised. */
export function serializeModel(model: DenseModel): Buffer {
  const { weights } = model;
  const size = 1 << model.bits;
  const buckets: number[] = [];
  let maxAbs = 0;
  for (let b = 0; b < size; b++) {
    const row = b * NT;
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
    const row = b * NT;
    for (let t = 0; t < NT; t++) q[r * NT + t] = Math.round(weights[row + t] / scale);
  });
  const { lexicon, gazetteer, names } = model.resources;
  const g = gazetteerToArrays(gazetteer);
  const nm = gazetteerToArrays(names ?? { phrases: new Map(), maxLen: 1 });
  const header = JSON.stringify({ version: 3, bits: model.bits, NT, FPT, HIST, rows: buckets.length, scale, gazMaxLen: g.maxLen, namesMaxLen: nm.maxLen, K: lexicon.K });
  // lexicon rows in index order
  const keys = new Int32Array(lexicon.index.size);
  for (const [h, r] of lexicon.index) keys[r] = h;
  const parts = [
    Buffer.from(header, 'utf8'),
    Buffer.from(keys.buffer),
    Buffer.concat([Buffer.from(lexicon.cap.buffer, lexicon.cap.byteOffset, lexicon.cap.byteLength), Buffer.from(lexicon.paths.buffer, lexicon.paths.byteOffset, lexicon.paths.byteLength)]),
    Buffer.from(g.keys.buffer),
    Buffer.from(g.masks.buffer),
    Buffer.from(nm.keys.buffer),
    Buffer.from(nm.masks.buffer),
    Buffer.from(Int32Array.from(buckets).buffer),
    Buffer.from(q.buffer),
    Buffer.from(model.trans.buffer, model.trans.byteOffset, model.trans.byteLength),
  ];
  const lens = Buffer.alloc(4 * parts.length);
  parts.forEach((p, i) => lens.writeUInt32LE(p.length, 4 * i));
  return gzipSync(Buffer.concat([lens, ...parts]), { level: 9 });
}

/** Loads a model from a buffer written by {@link serializeModel}. */
export function deserializeModel(gz: Buffer): Model {
  const buf = gunzipSync(gz);
  const count = 10;
  const lens = Array.from({ length: count }, (_, i) => buf.readUInt32LE(4 * i));
  let off = 4 * count;
  const parts = lens.map((len) => {
    const c = new Uint8Array(len);
    c.set(buf.subarray(off, off + len));
    off += len;
    return c;
  });
  const header = JSON.parse(Buffer.from(parts[0]).toString('utf8'));
  if (header.FPT !== FPT || header.NT !== NT || header.HIST !== HIST) throw new Error('entity model does not match feature extractor');
  const i32 = (k: number) => new Int32Array(parts[k].buffer);
  const lexKeys = i32(1);
  const index = new Map<number, number>();
  for (let i = 0; i < lexKeys.length; i++) index.set(lexKeys[i], i);
  const cap = parts[2].slice(0, lexKeys.length);
  const paths = new Int32Array(parts[2].slice(lexKeys.length).buffer);
  const lexicon = { index, cap, paths, K: header.K as number };
  const gazetteer = gazetteerFromArrays(i32(3), i32(4), header.gazMaxLen);
  const names = gazetteerFromArrays(i32(5), i32(6), header.namesMaxLen);
  const buckets = i32(7);
  const q = new Int16Array(parts[8].buffer);
  const trans = new Float32Array(parts[9].buffer);
  return { bits: header.bits, weights: packWeights(header.bits, buckets, q, header.scale), trans, resources: { lexicon, gazetteer, names: names.phrases.size ? names : undefined } };
}
