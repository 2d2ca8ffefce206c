/**
 * Phrase gazetteers (countries, cities, regions, first names, demonyms, cue words) matched over
 * lower-cased token sequences. Entries come from npm data packages at training time and are
 * stored inside the model file (see ../model/README.md for sources and licences).
 */

/** Gazetteer categories, as bit indexes. */
export const GAZ = {
  country: 0,
  city: 1,
  region: 2,
  first: 3,
  demonym: 4,
  orgWord: 5,
  title: 6,
} as const;
/** Number of gazetteer categories. */
export const GAZ_COUNT = 7;

/** A phrase → category-bitmask dictionary with the longest phrase length. */
export interface Gazetteer {
  phrases: Map<string, number>;
  maxLen: number;
}

/** Builds a gazetteer from category → phrases lists (phrases are lower-cased on insert). */
export function buildGazetteer(lists: Record<string, string[]>): Gazetteer {
  const phrases = new Map<string, number>();
  let maxLen = 1;
  for (const [cat, list] of Object.entries(lists)) {
    const bit = 1 << (GAZ as Record<string, number>)[cat];
    if (!bit) throw new Error(`unknown gazetteer category ${cat}`);
    for (const p of list) {
      const key = p.toLowerCase().trim().replace(/\s+/g, ' ');
      if (!key) continue;
      phrases.set(key, (phrases.get(key) ?? 0) | bit);
      const len = key.split(' ').length;
      if (len > maxLen) maxLen = len;
    }
  }
  return { phrases, maxLen: Math.min(maxLen, 6) };
}

/**
 * Marks gazetteer matches: returns, per token, for each category, the BILOU position code
 * (0 = none, 1 = B, 2 = I, 3 = L, 4 = U) packed 3 bits per category. Matches start only at
 * capitalised tokens; the longest match per start wins for each category.
 */
export function matchGazetteer(gaz: Gazetteer, lowers: string[], caps: Uint8Array, from: number, to: number, out: Int32Array): void {
  for (let i = from; i < to; i++) {
    if (!caps[i]) continue;
    let phrase = '';
    let found = 0;
    const maxL = Math.min(gaz.maxLen, to - i);
    const lens: number[] = [];
    const masks: number[] = [];
    for (let L = 1; L <= maxL; L++) {
      phrase = L === 1 ? lowers[i] : phrase + ' ' + lowers[i + L - 1];
      const m = gaz.phrases.get(phrase);
      if (m !== undefined) {
        lens.push(L);
        masks.push(m);
        found |= m;
      }
    }
    if (!found) continue;
    for (let c = 0; c < GAZ_COUNT; c++) {
      if (!(found & (1 << c))) continue;
      let L = 0;
      for (let k = lens.length - 1; k >= 0; k--) if (masks[k] & (1 << c)) { L = lens[k]; break; }
      // last token must be capitalised too (avoid "Guinea and")
      if (!caps[i + L - 1]) continue;
      for (let j = 0; j < L; j++) {
        const code = L === 1 ? 4 : j === 0 ? 1 : j === L - 1 ? 3 : 2;
        const shift = 3 * c;
        if (((out[i + j] >> shift) & 7) === 0) out[i + j] |= code << shift;
      }
    }
  }
}
