/**
 * Training-time distributional word clusters and capitalisation statistics from unlabeled text.
 *
 * Each frequent word gets context vectors (PPMI of neighbouring words at chosen offsets over the
 * most frequent context words), randomly projected to dense vectors, then clustered by 3-level
 * hierarchical spherical k-means (16 × 16 × 16), giving a 12-bit cluster path per clustering
 * (coarse prefixes are features). Several clusterings (different windows and projections) form
 * an ensemble.
 */
import { hashString, rng } from './hash.ts';

/** Word lexicon: per known word, a capitalisation bucket and K cluster paths (-1 = none). */
export interface Lexicon {
  /** hash of lower-cased word → row. */
  index: Map<number, number>;
  /** Capitalisation bucket per row (1 rare … 6 always capitalised). */
  cap: Uint8Array;
  /** K cluster paths per row (row * K + k), -1 for words too rare to cluster. */
  paths: Int32Array;
  /** Number of clusterings. */
  K: number;
}

/** Capitalisation bucket of a word from mid-sentence uses: 1 rare, 2..6 increasingly capitalised. */
export function capBucket(cap: number, total: number): number {
  if (total < 2) return 1;
  const r = cap / total;
  return r < 0.05 ? 2 : r < 0.3 ? 3 : r < 0.7 ? 4 : r < 0.95 ? 5 : 6;
}

/** One clustering: neighbour offsets used as context and the projection seed. */
export interface ClusteringSpec {
  offsets: number[];
  seed: number;
}

/** Default ensemble: two ±2 windows with different projections, one ±1 window. */
export const DEFAULT_CLUSTERINGS: ClusteringSpec[] = [
  { offsets: [-2, -1, 1, 2], seed: 7 },
  { offsets: [-2, -1, 1, 2], seed: 8 },
  { offsets: [-1, 1], seed: 9 },
];

/** Builds the lexicon from sentences of original-case tokens. */
export function buildLexicon(sentences: string[][], specs: ClusteringSpec[] = DEFAULT_CLUSTERINGS, minCount = 2, dim = 96): Lexicon {
  const count = new Map<string, number>();
  const capC = new Map<string, number>();
  const midC = new Map<string, number>();
  for (const s of sentences) {
    let alpha = 0;
    let upper = 0;
    for (const w of s)
      if (w.length > 1 && /\p{L}/u.test(w)) {
        alpha++;
        if (!/\p{Ll}/u.test(w)) upper++;
      }
    const allCapsSent = alpha >= 2 && upper / alpha >= 0.6;
    for (let i = 0; i < s.length; i++) {
      const lw = s[i].toLowerCase();
      count.set(lw, (count.get(lw) ?? 0) + 1);
      if (i === 0 || allCapsSent || !/^\p{L}/u.test(s[i])) continue;
      if (/^["'`(]$/.test(s[i - 1]) && i === 1) continue;
      midC.set(lw, (midC.get(lw) ?? 0) + 1);
      if (/^\p{Lu}/u.test(s[i])) capC.set(lw, (capC.get(lw) ?? 0) + 1);
    }
  }
  const byFreq = [...count.entries()].sort((a, b) => b[1] - a[1]);
  const vocab = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const NC = 3000;
  const ctxId = new Map(byFreq.slice(0, NC).map(([w], i) => [w, i]));
  const ctxOf = (w: string | undefined): number => {
    if (w === undefined) return NC;
    const c = ctxId.get(w.toLowerCase());
    if (c !== undefined) return c;
    if (/\d/.test(w)) return NC + 1;
    if (/^\p{Lu}/u.test(w)) return NC + 2;
    return NC + 3;
  };
  const CD = NC + 4;
  const allOffsets = [...new Set(specs.flatMap((s) => s.offsets))].sort((a, b) => a - b);
  const P = allOffsets.length;
  // co-occurrence counts: key = word * (P * CD) + pos * CD + ctx
  const co = new Map<number, number>();
  const ctxTotal = new Float64Array(P * CD);
  const wTotal = new Float64Array(vocab.length * P);
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i].toLowerCase());
      if (v === undefined) continue;
      for (let p = 0; p < P; p++) {
        const cx = p * CD + ctxOf(s[i + allOffsets[p]]);
        const k = v * P * CD + cx;
        co.set(k, (co.get(k) ?? 0) + 1);
        ctxTotal[cx]++;
        wTotal[v * P + p]++;
      }
    }
  }
  const posTotal = new Float64Array(P);
  for (let p = 0; p < P; p++) for (let c = 0; c < CD; c++) posTotal[p] += ctxTotal[p * CD + c];
  const V = vocab.length;
  const K = specs.length;
  const paths = new Int32Array(V * K);
  specs.forEach((spec, si) => {
    const rand = rng(spec.seed);
    const use = new Uint8Array(P);
    spec.offsets.forEach((o) => (use[allOffsets.indexOf(o)] = 1));
    const R = new Float32Array(P * CD * dim);
    for (let i = 0; i < R.length; i++) R[i] = rand() < 0.5 ? -1 : 1;
    const X = new Float32Array(V * dim);
    for (const [k, c] of co) {
      const v = Math.floor(k / (P * CD));
      const cx = k - v * P * CD;
      const p = Math.floor(cx / CD);
      if (!use[p]) continue;
      const pmi = Math.log((c * posTotal[p]) / (wTotal[v * P + p] * ctxTotal[cx]));
      if (pmi <= 0) continue;
      const xo = v * dim;
      const ro = cx * dim;
      for (let d = 0; d < dim; d++) X[xo + d] += pmi * R[ro + d];
    }
    for (let v = 0; v < V; v++) normalize(X, v * dim, dim);
    const recurse = (items: number[], level: number, prefix: number) => {
      if (level === 3) {
        for (const i of items) paths[i * K + si] = prefix;
        return;
      }
      const assign = kmeans(X, dim, items, 16, rand);
      const groups: number[][] = Array.from({ length: 16 }, () => []);
      items.forEach((it, j) => groups[assign[j]].push(it));
      groups.forEach((g, c) => recurse(g, level + 1, (prefix << 4) | c));
    };
    recurse(
      Array.from({ length: V }, (_, i) => i),
      0,
      0,
    );
  });
  const index = new Map<number, number>();
  const caps: number[] = [];
  const rows: number[] = [];
  for (const [w, c] of count) {
    const total = midC.get(w) ?? 0;
    if (c < 2 && total < 1) continue;
    index.set(hashString(w), caps.length);
    caps.push(capBucket(capC.get(w) ?? 0, total));
    const v = vid.get(w);
    for (let k = 0; k < K; k++) rows.push(v !== undefined ? paths[v * K + k] : -1);
  }
  return { index, cap: Uint8Array.from(caps), paths: Int32Array.from(rows), K };
}

function normalize(X: Float32Array, o: number, dim: number): void {
  let s = 0;
  for (let d = 0; d < dim; d++) s += X[o + d] * X[o + d];
  const n = Math.sqrt(s) || 1;
  for (let d = 0; d < dim; d++) X[o + d] /= n;
}

function kmeans(X: Float32Array, dim: number, items: number[], k: number, rand: () => number): Int32Array {
  const n = items.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let j = 0; j < n; j++) assign[j] = j;
    return assign;
  }
  const C = new Float32Array(k * dim);
  for (let c = 0; c < k; c++) {
    const it = items[Math.floor(rand() * n)];
    C.set(X.subarray(it * dim, it * dim + dim), c * dim);
  }
  for (let iter = 0; iter < 12; iter++) {
    for (let j = 0; j < n; j++) {
      const xo = items[j] * dim;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const co = c * dim;
        for (let d = 0; d < dim; d++) s += X[xo + d] * C[co + d];
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      assign[j] = arg;
    }
    C.fill(0);
    const cnt = new Int32Array(k);
    for (let j = 0; j < n; j++) {
      const xo = items[j] * dim;
      const co = assign[j] * dim;
      cnt[assign[j]]++;
      for (let d = 0; d < dim; d++) C[co + d] += X[xo + d];
    }
    for (let c = 0; c < k; c++) {
      if (cnt[c] === 0) {
        const it = items[Math.floor(rand() * n)];
        C.set(X.subarray(it * dim, it * dim + dim), c * dim);
      } else normalize(C, c * dim, dim);
    }
  }
  return assign;
}
