/**
 * Training-time distributional word clusters and capitalisation statistics from unlabeled text.
 *
 * Each frequent word gets a context vector (PPMI of neighbours at ±1, ±2 over the most frequent
 * context words), randomly projected to a dense vector, then clustered by 3-level hierarchical
 * spherical k-means (16 × 16 × 16), giving a 12-bit cluster path (coarse prefixes are features).
 */
import { hashString, rng } from './hash.ts';

/** Capitalisation bucket of a word from mid-sentence uses: 1 rare, 2..6 increasingly capitalised. */
export function capBucket(cap: number, total: number): number {
  if (total < 2) return 1;
  const r = cap / total;
  return r < 0.05 ? 2 : r < 0.3 ? 3 : r < 0.7 ? 4 : r < 0.95 ? 5 : 6;
}

/**
 * Builds the lexicon (hash of lower-cased word → packed cluster path and cap bucket; see features.ts)
 * from sentences of original-case tokens.
 */
export function buildLexicon(sentences: string[][], opts: { minCount?: number; dim?: number; seed?: number } = {}): Map<number, number> {
  const minCount = opts.minCount ?? 3;
  const dim = opts.dim ?? 96;
  const rand = rng(opts.seed ?? 7);
  const count = new Map<string, number>();
  const capC = new Map<string, number>();
  const midC = new Map<string, number>();
  for (const s of sentences) {
    let alpha = 0;
    let upper = 0;
    for (const w of s) if (w.length > 1 && /\p{L}/u.test(w)) { alpha++; if (!/\p{Ll}/u.test(w)) upper++; }
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
  // vocabulary and context words
  const byFreq = [...count.entries()].sort((a, b) => b[1] - a[1]);
  const vocab = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const NC = 1500;
  const ctxId = new Map(byFreq.slice(0, NC).map(([w], i) => [w, i]));
  const ctxOf = (w: string | undefined): number => {
    if (w === undefined) return NC;
    const lw = w.toLowerCase();
    const c = ctxId.get(lw);
    if (c !== undefined) return c;
    if (/\d/.test(w)) return NC + 1;
    if (/^\p{Lu}/u.test(w)) return NC + 2;
    return NC + 3;
  };
  const CD = NC + 4;
  // co-occurrence counts: key = word * (4 * CD) + pos * CD + ctx
  const co = new Map<number, number>();
  const ctxTotal = new Float64Array(4 * CD);
  let N = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i].toLowerCase());
      if (v === undefined) continue;
      const ctx = [ctxOf(s[i - 2]), ctxOf(s[i - 1]), ctxOf(s[i + 1]), ctxOf(s[i + 2])];
      for (let p = 0; p < 4; p++) {
        const k = v * 4 * CD + p * CD + ctx[p];
        co.set(k, (co.get(k) ?? 0) + 1);
        ctxTotal[p * CD + ctx[p]]++;
        N++;
      }
    }
  }
  // random projection of PPMI vectors
  const R = new Float32Array(4 * CD * dim);
  for (let i = 0; i < R.length; i++) R[i] = rand() < 0.5 ? -1 : 1;
  const V = vocab.length;
  const X = new Float32Array(V * dim);
  const wTotal = new Float64Array(V);
  for (const [k, c] of co) wTotal[Math.floor(k / (4 * CD))] += c;
  for (const [k, c] of co) {
    const v = Math.floor(k / (4 * CD));
    const cx = k - v * 4 * CD;
    const pmi = Math.log((c * N) / (wTotal[v] * ctxTotal[cx]));
    if (pmi <= 0) continue;
    const xo = v * dim;
    const ro = cx * dim;
    for (let d = 0; d < dim; d++) X[xo + d] += pmi * R[ro + d];
  }
  for (let v = 0; v < V; v++) normalize(X, v * dim, dim);
  // hierarchical k-means
  const path = new Int32Array(V);
  const all = Array.from({ length: V }, (_, i) => i);
  const recurse = (items: number[], level: number, prefix: number) => {
    if (level === 3) {
      for (const i of items) path[i] = prefix;
      return;
    }
    const assign = kmeans(X, dim, items, 16, rand);
    const groups: number[][] = Array.from({ length: 16 }, () => []);
    items.forEach((it, j) => groups[assign[j]].push(it));
    groups.forEach((g, c) => recurse(g, level + 1, (prefix << 4) | c));
  };
  recurse(all, 0, 0);
  // a second, independent clustering (another projection and seed) for an ensemble of cluster features
  const path2 = new Int32Array(V);
  {
    const R2 = new Float32Array(4 * CD * dim);
    for (let i = 0; i < R2.length; i++) R2[i] = rand() < 0.5 ? -1 : 1;
    X.fill(0);
    for (const [k, c] of co) {
      const v = Math.floor(k / (4 * CD));
      const cx = k - v * 4 * CD;
      const pmi = Math.log((c * N) / (wTotal[v] * ctxTotal[cx]));
      if (pmi <= 0) continue;
      const xo = v * dim;
      const ro = cx * dim;
      for (let d = 0; d < dim; d++) X[xo + d] += pmi * R2[ro + d];
    }
    for (let v = 0; v < V; v++) normalize(X, v * dim, dim);
    const rec2 = (items: number[], level: number, prefix: number) => {
      if (level === 3) {
        for (const i of items) path2[i] = prefix;
        return;
      }
      const assign = kmeans(X, dim, items, 16, rand);
      const groups: number[][] = Array.from({ length: 16 }, () => []);
      items.forEach((it, j) => groups[assign[j]].push(it));
      groups.forEach((g, c) => rec2(g, level + 1, (prefix << 4) | c));
    };
    rec2(all, 0, 0);
  }
  const lex = new Map<number, number>();
  for (const [w, c] of count) {
    const total = midC.get(w) ?? 0;
    if (c < 2 && total < 1) continue;
    const cb = capBucket(capC.get(w) ?? 0, total);
    const v = vid.get(w);
    lex.set(hashString(w), (cb << 16) | (v !== undefined ? 4096 | path[v] | (path2[v] << 20) : 0));
  }
  return lex;
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
        if (s > best) { best = s; arg = c; }
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
