/**
 * A loaded model's emission weights in a packed layout, and the emission scores read from them.
 * The model has 2^22 feature buckets, of which ~2 % have a weight row: a bucket → row table of
 * 2^22 int32 (16 MB) made every feature lookup a cache miss. Here the rows are found through a
 * 1 MB occupancy index (bits plus a running count, so a row's number is its bucket's rank among
 * the occupied ones), and a token's scores are summed in locals instead of read and written back
 * to memory for every feature: 1.38 → 0.78 ms per article for the emission scores (600 BBC
 * articles, in-process, commit 407bcd3). A token's rows are then found before any is summed:
 * another ~20 % (400 BBC articles, 15 alternating rounds, 323–331 → 258–266 ms). The rows are
 * kept as the model file stores them, int16 (half the memory of float32), and summed as exact
 * integers: the whole recogniser 230–244k → 256–259k words/s (`scripts/bench-entities.ts`, two
 * alternating pairs), the mentions of all 10,001 benchmark articles and the CoNLL-2003 figures
 * unchanged; exact sums also let parts of them be made once and reused in any order.
 */
import { FPT, HIST, NEAR } from './features.ts';
import { NT } from './tags.ts';

/** Emission weights of a loaded model: only the buckets that have a row. */
export interface PackedWeights {
  /**
   * Two words per 32 buckets: the occupancy bits of buckets [32w, 32w + 32), then the number of
   * rows of the buckets before them.
   */
  index: Uint32Array;
  /**
   * The rows, NT weights each, in bucket order, as the model file stores them: quantised, a
   * weight is its integer times {@link PackedWeights.scale}.
   */
  rows: Int16Array;
  /** What one unit of a quantised weight is worth. */
  scale: number;
}

/** The number of set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The row of `bucket` (its offset in `rows` is row × NT), or -1 when it has none. */
export function rowOf(weights: PackedWeights, bucket: number): number {
  const { index } = weights;
  const w = (bucket >>> 5) << 1;
  const bits = index[w]!;
  const bit = 1 << (bucket & 31);
  return (bits & bit) === 0 ? -1 : index[w + 1]! + popcount(bits & (bit - 1));
}

/**
 * The packed weights of `bits`-bit buckets from the rows of the given buckets (row r of `rows`,
 * NT weights, belongs to `buckets[r]`; buckets are distinct, in any order).
 */
export function packWeights(bits: number, buckets: Int32Array, rows: Int16Array, scale: number): PackedWeights {
  const words = Math.ceil((1 << bits) / 32);
  const index = new Uint32Array(words * 2);
  for (let r = 0; r < buckets.length; r++) index[(buckets[r]! >>> 5) << 1] |= 1 << (buckets[r]! & 31);
  for (let w = 0, before = 0; w < words; w++) {
    index[2 * w + 1] = before;
    before += popcount(index[2 * w]!);
  }
  const packed: PackedWeights = { index, rows: new Int16Array(buckets.length * NT), scale };
  for (let r = 0; r < buckets.length; r++) packed.rows.set(rows.subarray(r * NT, (r + 1) * NT), rowOf(packed, buckets[r]!) * NT);
  return packed;
}

// The sums below are written out for 17 tags (O + BILU × 4 types).
if (NT !== 17) throw new Error('weights.ts: packedEmissions is written for 17 tags');
/** Where the words of a token's sums stand from it: itself (its own sums), then `NEAR`'s offsets. */
const SUM_OFFSETS = Int32Array.of(0, ...NEAR);
/** Where each token's word's sums are in the pool (scratch, see {@link packedEmissions}). */
let wordsAt = new Int32Array(256);
const EMPTY = new Int32Array(0);
/** The row offsets of one token's features (scratch). */
const ROW_OFFSETS = new Int32Array(FPT);
/**
 * A word as the emission scores see it: the features it gives a token by itself, as the token
 * (`own`) and as each of the token's neighbours in `NEAR` (features.ts), and, made when first
 * needed, their NT integer sums for one model's weights. The same word is the same object in
 * every document (features.ts keeps one per word), so the sums are made once per word.
 */
export interface WordFeatures {
  /** The features of a token that is this word, whatever its context. */
  own: Int32Array;
  /** By neighbour offset (`NEAR`): the features a token gets from this word standing there. */
  near: readonly Int32Array[];
  /** The pool that holds the word's sums, and where: own's NT, then each of near's NT. */
  sumsIn?: SumPool;
  sumsAt?: number;
}

/**
 * The words' sums for one model's weights, all in one array: a token's five sets of sums are
 * read through offsets into it rather than through each word's own typed array (a chain of
 * dependent loads per neighbour), and the words met first, the frequent ones, lie together.
 */
interface SumPool {
  weights: PackedWeights;
  data: Int32Array;
  used: number;
}

/** Sums per word: its own, then one set per `NEAR` offset. */
const WORD_SUMS = (1 + NEAR.length) * NT;
/**
 * Words a pool holds before the next one starts (when asked for by a new document): features.ts
 * makes new word objects when its memo starts again, so the pool would otherwise grow with the
 * digest. 100,000 words' sums are 34 MB.
 */
const POOL_WORDS = 100_000;
let pool: SumPool | undefined;

/** The pool for `weights`, a new one when it is another model's or full. */
function poolFor(weights: PackedWeights): SumPool {
  if (!pool || pool.weights !== weights || pool.used >= POOL_WORDS * WORD_SUMS) pool = { weights, data: new Int32Array(4096 * WORD_SUMS), used: 0 };
  return pool;
}

/** The integer sums of the rows of `features` added into `sums` from `at`. */
function addRows(weights: PackedWeights, mask: number, features: Int32Array, sums: Int32Array, at: number): void {
  for (const h of features) {
    const row = rowOf(weights, h & mask);
    if (row >= 0) for (let t = 0; t < NT; t++) sums[at + t] = sums[at + t]! + weights.rows[row * NT + t]!;
  }
}

/** Where `word`'s sums are in `into` (see {@link WordFeatures}), made when first asked for. */
function sumsAt(into: SumPool, mask: number, word: WordFeatures): number {
  if (word.sumsIn === into) return word.sumsAt!;
  if (into.used + WORD_SUMS > into.data.length) {
    const data = new Int32Array(into.data.length * 2);
    data.set(into.data);
    into.data = data;
  }
  const at = into.used;
  into.used += WORD_SUMS;
  addRows(into.weights, mask, word.own, into.data, at);
  word.near.forEach((features, k) => addRows(into.weights, mask, features, into.data, at + (1 + k) * NT));
  word.sumsIn = into;
  word.sumsAt = at;
  return at;
}

/** Puts in `found` the row offsets of the features in the slots of the token at `fo`; returns how many. */
function findRows(weights: PackedWeights, mask: number, feats: Int32Array, fo: number, found: Int32Array): number {
  let n = 0;
  for (let k = 0; k < FPT; k++) {
    const h = feats[fo + k]!;
    if (h === 0) {
      // Static slots end at the first empty one; history slots start at HIST.
      if (k >= HIST) break;
      k = HIST - 1;
      continue;
    }
    const row = rowOf(weights, h & mask);
    if (row >= 0) found[n++] = row * NT;
  }
  return n;
}

/** What {@link packedEmissions} reads of a document (see `DocFeatures` in features.ts). */
export interface EmissionInput {
  feats: Int32Array;
  /** `grouped`: the slots hold only the features that depend on more than one word. */
  layout: 'full' | 'grouped';
  words: readonly WordFeatures[];
  edges: readonly [WordFeatures, WordFeatures];
}

/**
 * Writes the emission scores of tokens [from, to) into `scores` ((to - from) × NT): each tag's
 * score is the sum of its quantised weights in the rows of the token's features, an exact integer
 * (at most FPT = 92 features of at most 2^15 each: under 2^22, well inside the Int32Array the
 * words' sums are kept in), times the weights' scale. Exact sums
 * do not depend on the order of the features, so parts of them are made once and reused: in a
 * `grouped` document, a token's sums start from its word's own sums and its four neighbours'
 * sums for where they stand (`NEAR`), made once per word, and add only the rows of its slots.
 * Of a token's ~42 rows (BBC news), ~18 are its word's own and ~16.5 its neighbours': ~8 are
 * left to read per token (the features of word pairs, the sentence and the document). The
 * recogniser: 256–259k → 376k words/s (`scripts/bench-entities.ts`); a benchmark article's
 * extraction, 3.5 → 3.1 ms alone and 4.5 → 3.9 ms with a second process doing the same (1,200–
 * 1,500 articles, `runBatch` in-process), same mentions for all 10,001 benchmark articles.
 * The 17 sums are locals, written out one by one: kept in registers instead of a read and a
 * write to memory per feature and tag.
 */
export function packedEmissions(weights: PackedWeights, mask: number, doc: EmissionInput, from: number, to: number, scores: Float32Array): void {
  const { rows, scale } = weights;
  const { feats, words, edges } = doc;
  const grouped = doc.layout === 'grouped';
  const found = ROW_OFFSETS;
  // Where the sums of the words of tokens [from - 2, to + 2) are (outside the text: the edges').
  let sums: Int32Array = EMPTY;
  let at = wordsAt;
  if (grouped) {
    const into = poolFor(weights);
    if (at.length < to - from + 4) at = wordsAt = new Int32Array(2 * (to - from + 4));
    for (let j = from - 2; j < to + 2; j++) at[j - from + 2] = sumsAt(into, mask, j < 0 ? edges[0] : j >= words.length ? edges[1] : words[j]!);
    sums = into.data;
  }
  for (let i = from; i < to; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0;
    if (grouped) {
      // The word's own sums, then the sums of the words two before, one before, one after and
      // two after (NEAR's order) for where each stands.
      for (let k = 0; k < SUM_OFFSETS.length; k++) {
        const b = at[i - from + 2 + SUM_OFFSETS[k]!]! + k * NT;
        s0 += sums[b]!; s1 += sums[b + 1]!; s2 += sums[b + 2]!; s3 += sums[b + 3]!;
        s4 += sums[b + 4]!; s5 += sums[b + 5]!; s6 += sums[b + 6]!; s7 += sums[b + 7]!;
        s8 += sums[b + 8]!; s9 += sums[b + 9]!; s10 += sums[b + 10]!; s11 += sums[b + 11]!;
        s12 += sums[b + 12]!; s13 += sums[b + 13]!; s14 += sums[b + 14]!; s15 += sums[b + 15]!;
        s16 += sums[b + 16]!;
      }
    }
    // First every feature's row (index lookups only), then the sums: the rows' loads no longer
    // wait behind the previous row's additions, so the processor overlaps their cache misses.
    const count = findRows(weights, mask, feats, i * FPT, found);
    for (let j = 0; j < count; j++) {
      const r = found[j]!;
      s0 += rows[r]!; s1 += rows[r + 1]!; s2 += rows[r + 2]!; s3 += rows[r + 3]!;
      s4 += rows[r + 4]!; s5 += rows[r + 5]!; s6 += rows[r + 6]!; s7 += rows[r + 7]!;
      s8 += rows[r + 8]!; s9 += rows[r + 9]!; s10 += rows[r + 10]!; s11 += rows[r + 11]!;
      s12 += rows[r + 12]!; s13 += rows[r + 13]!; s14 += rows[r + 14]!; s15 += rows[r + 15]!;
      s16 += rows[r + 16]!;
    }
    const so = (i - from) * NT;
    scores[so] = s0 * scale; scores[so + 1] = s1 * scale; scores[so + 2] = s2 * scale; scores[so + 3] = s3 * scale;
    scores[so + 4] = s4 * scale; scores[so + 5] = s5 * scale; scores[so + 6] = s6 * scale; scores[so + 7] = s7 * scale;
    scores[so + 8] = s8 * scale; scores[so + 9] = s9 * scale; scores[so + 10] = s10 * scale; scores[so + 11] = s11 * scale;
    scores[so + 12] = s12 * scale; scores[so + 13] = s13 * scale; scores[so + 14] = s14 * scale; scores[so + 15] = s15 * scale;
    scores[so + 16] = s16 * scale;
  }
}
