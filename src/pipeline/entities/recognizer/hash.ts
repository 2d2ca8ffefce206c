/**
 * Small, fast, deterministic 32-bit hashing used for feature ids.
 */

/** FNV-1a hash of a string's UTF-16 code units, as a signed 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines a feature template id with one value hash into a well-mixed 32-bit feature hash. */
export function mix(template: number, value: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines a feature template id with two value hashes. */
export function mix2(template: number, a: number, b: number): number {
  return mix(template, mix(a, b));
}

/** Deterministic PRNG (mulberry32) returning floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Continues an FNV-1a hash with more characters: hashMore(hashString(a), b) === hashString(a + b). */
export function hashMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
