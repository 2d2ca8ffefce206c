/**
 * Phrase gazetteers matched over lower-cased token sequences. Phrases are kept only as 32-bit
 * hashes of their lower-cased, single-space-joined text, mapped to a category bitmask.
 * External lists (countries, cities, regions, first names, demonyms, cue words) come from npm data
 * packages at training time (see ../model/README.md); a second gazetteer holds hashed names seen
 * in the training data (used with two-fold cross-validation during training).
 */
import { hashMore, hashString } from './hash.ts';

/** Categories of the external gazetteer, as bit indexes. */
export const GAZ = {
  country: 0,
  city: 1,
  region: 2,
  first: 3,
  demonym: 4,
  orgWord: 5,
  title: 6,
  knownOrg: 7,
  knownPerson: 8,
} as const;
/** Number of external gazetteer categories. */
export const GAZ_COUNT = 9;

/** A phrase-hash → category-bitmask dictionary with the longest phrase length (in tokens). */
export interface Gazetteer {
  phrases: Map<number, number>;
  maxLen: number;
}

/** Normalises a phrase for lookup like the feature extractor does: glued lower-case prefixes dropped ("al-Sham" → "Sham"), lower case, ASCII apostrophes, single spaces. */
export function phraseKey(p: string): string {
  return p
    .trim()
    .split(/\s+/)
    .map((t) => t.replace(/^\p{Ll}{1,6}-(?=\p{Lu})/u, ''))
    .join(' ')
    .toLowerCase()
    .replace(/[’‘]/g, "'");
}

/** Builds a gazetteer from category → phrase lists; `cats` maps category names to bit indexes. */
export function buildGazetteer(lists: Record<string, string[]>, cats: Record<string, number> = GAZ): Gazetteer {
  const phrases = new Map<number, number>();
  let maxLen = 1;
  for (const [cat, list] of Object.entries(lists)) {
    if (cats[cat] === undefined) throw new Error(`unknown gazetteer category ${cat}`);
    const bit = 1 << cats[cat];
    for (const p of list) {
      const key = phraseKey(p);
      if (!key) continue;
      const h = hashString(key);
      phrases.set(h, (phrases.get(h) ?? 0) | bit);
      const len = key.split(' ').length;
      if (len > maxLen) maxLen = len;
    }
  }
  return { phrases, maxLen: Math.min(maxLen, 6) };
}

/** Looks up a phrase's category bitmask (0 when absent). */
export function lookupPhrase(gaz: Gazetteer, phrase: string): number {
  return gaz.phrases.get(hashString(phraseKey(phrase))) ?? 0;
}

/** Flattens a gazetteer into arrays for storage. */
export function gazetteerToArrays(g: Gazetteer): { keys: Int32Array; masks: Int32Array; maxLen: number } {
  return { keys: Int32Array.from(g.phrases.keys()), masks: Int32Array.from(g.phrases.values()), maxLen: g.maxLen };
}

/** Rebuilds a gazetteer from {@link gazetteerToArrays} output. */
export function gazetteerFromArrays(keys: Int32Array, masks: Int32Array, maxLen: number): Gazetteer {
  const phrases = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) phrases.set(keys[i], masks[i]);
  return { phrases, maxLen };
}

/**
 * Bits of a phrase filter: 2^20 (128 KB, kept in the processor's cache). The model's ~30,800
 * phrases set under 3 % of them, so under 3 % of the phrases in no list reach the map.
 */
const FILTER_BITS = 20;
/** Where phrase hash `h` falls in a filter: the top bits of a multiplicative hash. */
const filterBit = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);
/** Filters by phrase map, with the map's size when made (a map that grows gets a new one). */
const filters = new WeakMap<Map<number, number>, { size: number; bits: Uint32Array }>();

/**
 * A bit per filter position that a phrase's hash falls in: a phrase is in the map only if its
 * bit is set. Most candidate phrases (a capitalised word and the words after it) are in no list:
 * the bit says so without a look-up in the map (~30,000 entries, a cache miss each), which took
 * most of the matching's time.
 */
function filterOf(phrases: Map<number, number>): Uint32Array {
  let filter = filters.get(phrases);
  if (!filter || filter.size !== phrases.size) {
    const bits = new Uint32Array((1 << FILTER_BITS) / 32);
    for (const h of phrases.keys()) bits[filterBit(h) >>> 5] |= 1 << (filterBit(h) & 31);
    filters.set(phrases, (filter = { size: phrases.size, bits }));
  }
  return filter.bits;
}

/**
 * Marks gazetteer matches: per token, for each of `ncat` categories, the BILOU position code
 * (0 = none, 1 = B, 2 = I, 3 = L, 4 = U) packed 3 bits per category into `out`. Matches start
 * and end at capitalised tokens; the longest match per start wins for each category.
 */
export function matchGazetteer(
  gaz: Gazetteer,
  lowers: string[],
  caps: Uint8Array,
  from: number,
  to: number,
  out: Int32Array,
  ncat: number,
): void {
  const lens: number[] = [];
  const masks: number[] = [];
  const filter = filterOf(gaz.phrases);
  for (let i = from; i < to; i++) {
    if (!caps[i]) continue;
    let h = 0;
    let found = 0;
    const maxL = Math.min(gaz.maxLen, to - i);
    lens.length = 0;
    masks.length = 0;
    for (let L = 1; L <= maxL; L++) {
      h = L === 1 ? hashString(lowers[i]) : hashMore(hashMore(h, ' '), lowers[i + L - 1]);
      // A match ends at a capitalised token; only then is the phrase looked up.
      if (!caps[i + L - 1]) continue;
      const bit = filterBit(h);
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      const m = gaz.phrases.get(h);
      if (m !== undefined) {
        lens.push(L);
        masks.push(m);
        found |= m;
      }
    }
    if (!found) continue;
    for (let c = 0; c < ncat; c++) {
      if (!(found & (1 << c))) continue;
      let L = 0;
      for (let k = lens.length - 1; k >= 0; k--)
        if (masks[k] & (1 << c)) {
          L = lens[k];
          break;
        }
      const shift = 3 * c;
      for (let j = 0; j < L; j++) {
        const code = L === 1 ? 4 : j === 0 ? 1 : j === L - 1 ? 3 : 2;
        if (((out[i + j] >> shift) & 7) === 0) out[i + j] |= code << shift;
      }
    }
  }
}
