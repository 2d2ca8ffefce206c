/**
 * Feature extraction: every token gets FPT hashed feature ids (0 = unused slot). Per-token
 * attributes are hashed once; templates combine them with integer mixing only.
 */
import { hashString, mix, mix2 } from './hash.ts';
import { GAZ_COUNT, type Gazetteer, matchGazetteer } from './gazetteer.ts';
import { normalizeToken } from './tokenize.ts';
import type { WordFeatures } from './weights.ts';
import type { Lexicon } from './clusters.ts';

/** Feature slots per token: static slots [0, HIST), then prediction-history slots [HIST, FPT). */
export const FPT = 92;
/** First prediction-history slot (filled while decoding a document, see model.ts). */
export const HIST = 84;

/** Resources the features read: word lexicon (clusters + capitalisation statistics) and gazetteer. */
export interface Resources {
  /** Word clusters and capitalisation statistics. */
  lexicon: Lexicon;
  /** External name lists. */
  gazetteer: Gazetteer;
  /** Names seen in labeled training data (categories 0-3 = PER, ORG, LOC, MISC). */
  names?: Gazetteer;
}

/**
 * Where a token's features are: all in its slots (`full`: training updates every feature's
 * weights through them), or only those that depend on more than one word (`grouped`: the
 * features of the token's word alone and of each neighbour alone are summed once per word, see
 * `WordFeatures` in weights.ts). The two give the same emission scores.
 */
export type FeatureLayout = 'full' | 'grouped';

/** Features of one document plus per-token attributes used while decoding. */
export interface DocFeatures {
  /** n × FPT feature hashes (0 = empty slot). */
  feats: Int32Array;
  /** Which features the slots hold. */
  layout: FeatureLayout;
  /** Hash of each token's lower-cased (normalised) form. */
  lowH: Int32Array;
  /** 1 where the token starts with a capital letter. */
  caps: Uint8Array;
  sentences: Array<[number, number]>;
  /**
   * Per token, its word (normalised, true-cased) as the features see it: the same object
   * wherever the word stands, so the sums of what the word alone gives a token are made once.
   */
  words: WordFeatures[];
  /** What stands before the first token and after the last: the words of `near` features outside the text. */
  edges: readonly [WordFeatures, WordFeatures];
}

const RE_UPPER = /\p{Lu}/u;
const RE_LOWER = /\p{Ll}/u;
const RE_LETTER = /\p{L}/u;

/** Short word shape: runs of X, x, d collapsed ("Trump" → "Xx", "U.S." → "X.X."). */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (RE_UPPER.test(ch)) c = 'X';
    else if (RE_LOWER.test(ch)) c = 'x';
    else if (RE_LETTER.test(ch)) c = 'l';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** "al-Sharaa" → "Sharaa", "ex-Al" → "Al": a short lower-case prefix glued to a capitalised word. */
export function stripGluedPrefix(w: string): string {
  const m = /^\p{Ll}{1,6}-(?=\p{Lu})/u.exec(w);
  return m && w.length > m[0].length + 1 ? w.slice(m[0].length) : w;
}

const RE_ALLCAPS = /^\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * Lead-ins in all capitals in an otherwise mixed-case sentence ("DONALD Trump welcomed ...")
 * are title-cased in place, so they look like ordinary capitalised words.
 */
export function trueCaseLeadIns(words: string[], sentences: Array<[number, number]>): void {
  for (const [a, b] of sentences) {
    let k = a;
    while (k < b && !/[\p{L}\p{N}]/u.test(words[k])) k++;
    let e = k;
    while (e < b && RE_ALLCAPS.test(words[e]) && words[e].length > 1) e++;
    if (e === k || e >= b || !RE_LOWER.test(words[e])) continue;
    let lower = 0;
    for (let i = e; i < b; i++) if (RE_LOWER.test(words[i])) lower++;
    if (lower * 2 < b - e) continue;
    for (let i = k; i < e; i++) if (words[i].length >= 4) words[i] = words[i][0] + words[i].slice(1).toLowerCase();
  }
}

/** Where the neighbours stand whose features depend on them alone (`WordFeatures.near`, in this order). */
export const NEAR = [-2, -1, 1, 2] as const;
const OFFSETS1 = [-1, 0, 1];
const PAD_L = hashString('<s>');
const PAD_R = hashString('</s>');

/** What a token's word alone gives it: its forms' hashes, lexicon entry, capitals and own features. */
interface WordFacts extends WordFeatures {
  lower: string;
  lowH: number;
  shapeH: number;
  /** Lexicon row, or -1. */
  lex: number;
  /** 1 when the first letter is upper case. */
  caps: number;
  /** 1 when ≥ 2 letters and none lower case. */
  allCaps: number;
}

/** Words whose facts (and emission sums) are kept, per resources, before the memo starts again: it cannot grow with the digest. */
const MAX_WORDS = 50_000;
/** Per resources (a loaded model's): facts of the words met so far (words recur from article to article). */
const wordMemo = new WeakMap<Resources, Map<string, WordFacts>>();

/**
 * The facts of word `w`: a function of `w` and the resources alone, so they are made once per
 * word (with the emission sums of its features, see `weights.ts`). Its own features are those
 * of no context (the word, its shape, prefixes and suffixes, clusters and length); its `near`
 * ones, those it gives the tokens around it (see {@link nearFeatures}). In the full layout a
 * token's slots hold its own features first, then its neighbours', then the rest: a feature's
 * slot does not change its weight (the hash names the feature), and every token keeps its
 * feature set under the HIST cap (at most 77 features ever preceded the last of them).
 */
function wordFacts(w: string, res: Resources): WordFacts {
  const lower = w.toLowerCase();
  const lowH = hashString(lower);
  const rawH = hashString(w);
  const shapeH = hashString(shapeOf(w));
  const { paths, K } = res.lexicon;
  const lex = res.lexicon.index.get(lowH) ?? -1;
  const c0 = w.charCodeAt(0);
  const up = (c0 >= 65 && c0 <= 90) || (c0 > 127 && RE_UPPER.test(w[0]));
  const own: number[] = [];
  const put = (x: number) => own.push(x === 0 ? 1 : x);
  const len = lower.length;
  put(mix(0, 0));
  put(mix(1, lowH));
  put(mix(2, rawH));
  put(mix(7, shapeH));
  for (let k = 1; k <= 4; k++) {
    if (len > k) {
      put(mix(11 + k, hashString(lower.slice(0, k))));
      put(mix(15 + k, hashString(lower.slice(len - k))));
    }
  }
  // clusters (ensemble of K clusterings)
  const path = (k: number) => (lex < 0 ? -1 : paths[lex * K + k]!);
  const p0 = path(0);
  for (let k = 0; k < K; k++) {
    const p = path(k);
    if (p < 0) continue;
    put(mix2(20, k, p >> 8));
    put(mix2(21, k, p >> 4));
    put(mix2(22, k, p));
  }
  if (p0 >= 0) put(mix2(23, p0, shapeH));
  else put(mix(24, len > 3 ? 1 : 0));
  put(mix(40, len > 12 ? 12 : len));
  const caps = up ? 1 : 0;
  return {
    lower, lowH, shapeH, lex, caps,
    allCaps: up && w.length > 1 && !RE_LOWER.test(w) && RE_UPPER.test(w.slice(1)) ? 1 : 0,
    own: Int32Array.from(own),
    near: nearFeatures(lowH, shapeH, path, K, lex < 0 ? 1 : res.lexicon.cap[lex]!, caps),
  };
}

/**
 * The features a token gets from a word standing at each offset of {@link NEAR} from it (-2:
 * the word is two before the token): the word's form, its clusters, and right beside the token
 * its shape, capitalisation statistics (`capBucket`) and capital (`caps`; 2 outside the text).
 */
function nearFeatures(lowH: number, shapeH: number, path: (k: number) => number, K: number, capBucket: number, caps: number): Int32Array[] {
  const near = (template: number, d: number) => {
    const p = path(0);
    const feats = [mix(template, lowH), mix2(25, d, p >= 0 ? p >> 4 : p)];
    if (d === -1 || d === 1) {
      feats.push(mix(d < 0 ? 8 : 9, shapeH), mix2(26, d, p));
      for (let k = 1; k < K; k++) {
        const q = path(k);
        feats.push(mix2(51 + k, d, q >= 0 ? q >> 4 : q));
      }
      feats.push(mix2(d < 0 ? 28 : 29, capBucket, caps));
    }
    return Int32Array.from(feats, (x) => (x === 0 ? 1 : x));
  };
  return [near(5, -2), near(3, -1), near(4, 1), near(6, 2)];
}

/** Per resources: the words outside the text (see {@link edgeWords}). */
const edgeMemo = new WeakMap<Resources, readonly [WordFeatures, WordFeatures]>();

/** Before the first token and after the last: what `near` features see outside the text. */
function edgeWords(res: Resources): readonly [WordFeatures, WordFeatures] {
  let edges = edgeMemo.get(res);
  if (!edges) {
    const outside = () => -3;
    const K = res.lexicon.K;
    edges = [
      { own: new Int32Array(0), near: nearFeatures(PAD_L, PAD_L, outside, K, 0, 2) },
      { own: new Int32Array(0), near: nearFeatures(PAD_R, PAD_R, outside, K, 0, 2) },
    ];
    edgeMemo.set(res, edges);
  }
  return edges;
}

/**
 * Extracts features for a document given as raw token strings and sentence ranges.
 * Document-level features look only at the text of this document.
 */
export function extractFeatures(rawWords: string[], sentences: Array<[number, number]>, res: Resources, layout: FeatureLayout = 'full'): DocFeatures {
  const n = rawWords.length;
  const out = new Int32Array(n * FPT);
  const words = rawWords.map(normalizeToken).map(stripGluedPrefix);
  trueCaseLeadIns(words, sentences);
  const lowers: string[] = new Array(n);
  const lowH = new Int32Array(n);
  const shapeH = new Int32Array(n);
  const lex = new Int32Array(n);
  const caps = new Uint8Array(n); // 1 = first letter upper
  const allCaps = new Uint8Array(n); // 1 = >=2 letters, no lower
  const gaz = new Int32Array(n);
  const names = new Int32Array(n);
  const sentInit = new Uint8Array(n);
  const sentAllCaps = new Uint8Array(n);
  const sentKind = new Uint8Array(n); // numeric-ratio bucket × length bucket (tables vs prose)
  let memo = wordMemo.get(res);
  if (!memo) wordMemo.set(res, (memo = new Map()));
  const facts: WordFacts[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    let fact = memo.get(w);
    if (fact === undefined) {
      if (memo.size >= MAX_WORDS) memo.clear();
      memo.set(w, (fact = wordFacts(w, res)));
    }
    facts[i] = fact;
    lowers[i] = fact.lower;
    lowH[i] = fact.lowH;
    shapeH[i] = fact.shapeH;
    lex[i] = fact.lex;
    caps[i] = fact.caps;
    allCaps[i] = fact.allCaps;
  }
  for (const [a, b] of sentences) {
    // first "real" token: skip opening quotes/brackets/dashes
    let k = a;
    while (k < b && !/[\p{L}\p{N}]/u.test(words[k])) k++;
    if (k < b) sentInit[k] = 1;
    let alpha = 0;
    let upper = 0;
    for (let i = a; i < b; i++) {
      if (words[i].length > 1 && RE_LETTER.test(words[i])) {
        alpha++;
        if (allCaps[i]) upper++;
      }
    }
    const ac = alpha >= 2 && upper / alpha >= 0.6 ? 1 : 0;
    let nums = 0;
    for (let i = a; i < b; i++) if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(words[i])) nums++;
    const len = b - a;
    const kind = (nums === 0 ? 0 : nums * 3 < len ? 1 : nums * 3 < len * 2 ? 2 : 3) * 4 + (len <= 3 ? 0 : len <= 8 ? 1 : len <= 20 ? 2 : 3);
    for (let i = a; i < b; i++) {
      sentAllCaps[i] = ac;
      sentKind[i] = kind;
    }
    matchGazetteer(res.gazetteer, lowers, caps, a, b, gaz, GAZ_COUNT);
    if (res.names) matchGazetteer(res.names, lowers, caps, a, b, names, 4);
  }
  // document statistics: mid-sentence capitalised vs lower-case uses of each word
  const docCap = new Map<number, number>();
  const docLow = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (sentInit[i] || sentAllCaps[i] || allCaps[i]) continue;
    if (caps[i]) docCap.set(lowH[i], (docCap.get(lowH[i]) ?? 0) + 1);
    else if (RE_LETTER.test(words[i][0] ?? '')) docLow.set(lowH[i], (docLow.get(lowH[i]) ?? 0) + 1);
  }

  // context aggregation: positions of each capitalised word in the document
  const occ = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!caps[i]) continue;
    const l = occ.get(lowH[i]);
    if (l) l.push(i);
    else occ.set(lowH[i], [i]);
  }
  const { paths, cap: capTable, K } = res.lexicon;
  // Words missing from the lexicon look exactly like rare words (no cluster, cap bucket 1): in
  // training nearly every word is in the lexicon (it was built from that text), so a separate
  // "unknown" value would never be learned and unseen names would get arbitrary scores.
  /** Cluster path of token j in clustering k: ≥ 0, or -1 rare/unknown word, -3 outside the text. */
  const pathOf = (j: number, k: number): number => (j < 0 || j >= n ? -3 : lex[j] < 0 ? -1 : paths[lex[j] * K + k]);
  const capOf = (j: number): number => (lex[j] < 0 ? 1 : capTable[lex[j]]);
  const edges = edgeWords(res);
  for (let i = 0; i < n; i++) {
    const o = i * FPT;
    let f = 0;
    const put = (x: number) => {
      if (f < HIST) out[o + f++] = x === 0 ? 1 : x;
    };
    const L1 = i > 0 ? lowH[i - 1] : PAD_L;
    const R1 = i + 1 < n ? lowH[i + 1] : PAD_R;
    const S0 = shapeH[i];
    const SL = i > 0 ? shapeH[i - 1] : PAD_L;
    const SR = i + 1 < n ? shapeH[i + 1] : PAD_R;
    if (layout === 'full') {
      // The word's own features first (see `wordFacts`), then each neighbour's alone.
      const ownFeats = facts[i]!.own;
      out.set(ownFeats, o);
      f = ownFeats.length;
      NEAR.forEach((d, at) => {
        for (const x of (i + d < 0 ? edges[0] : i + d >= n ? edges[1] : facts[i + d]!).near[at]!) put(x);
      });
    }
    put(mix2(10, SL, S0));
    put(mix2(11, S0, SR));
    // capitalisation statistics from unlabeled news
    put(mix2(27, capOf(i), caps[i] * 2 + allCaps[i] + sentInit[i] * 4 + sentAllCaps[i] * 8));
    // gazetteers
    for (const d of OFFSETS1) {
      const j = i + d;
      if (j < 0 || j >= n) continue;
      const g = gaz[j];
      if (g === 0) continue;
      for (let c = 0; c < GAZ_COUNT; c++) {
        const code = (g >> (3 * c)) & 7;
        if (code) put(mix2(42 + d, c, d === 0 ? code : code > 2 ? 1 : 0));
      }
    }
    // word n-grams
    put(mix2(33, L1, lowH[i]));
    put(mix2(34, lowH[i], R1));
    put(mix2(35, L1, S0));
    put(mix2(36, S0, R1));
    // sentence context
    put(mix2(37, sentInit[i] + 2 * sentAllCaps[i] + 4 * allCaps[i], S0));
    if (sentAllCaps[i]) put(mix(38, lowH[i]));
    // document-level casing evidence
    if (caps[i]) {
      const dc = (docCap.get(lowH[i]) ?? 0) - (sentInit[i] || sentAllCaps[i] || allCaps[i] ? 0 : 1);
      const dl = docLow.get(lowH[i]) ?? 0;
      put(mix2(39, (dc > 0 ? 1 : 0) + (dl > 0 ? 2 : 0), sentInit[i] + 2 * (sentAllCaps[i] | allCaps[i])));
    }
    put(mix2(44, sentKind[i], S0));
    const p0 = pathOf(i, 0);
    if (p0 >= 0) put(mix2(45, sentKind[i], p0 >> 4));
    // context aggregation: neighbours of the same word's other occurrences in the document
    const others = caps[i] ? occ.get(lowH[i])! : null;
    if (others && others.length > 1) {
      const first = f;
      const add = (x: number) => {
        for (let q = first; q < f; q++) if (out[o + q] === x) return;
        put(x);
      };
      for (const j of others) {
        if (j === i) continue;
        if (f - first >= 10) break;
        const lc = pathOf(j - 1, 0);
        const rc = pathOf(j + 1, 0);
        add(mix(70, j > 0 ? lowH[j - 1] : PAD_L));
        add(mix(71, j + 1 < n ? lowH[j + 1] : PAD_R));
        add(mix(72, lc >= 0 ? lc >> 4 : lc));
        add(mix(73, rc >= 0 ? rc >> 4 : rc));
      }
    }
    // names seen in training data (cross-validated during training)
    for (const d of OFFSETS1) {
      const j = i + d;
      if (j < 0 || j >= n || names[j] === 0) continue;
      for (let c = 0; c < 4; c++) {
        const code = (names[j] >> (3 * c)) & 7;
        if (code) put(mix2(46 + d, c, d === 0 ? code : code > 2 ? 1 : 0));
      }
    }
  }
  return { feats: out, layout, lowH, caps, sentences, words: facts, edges };
}
