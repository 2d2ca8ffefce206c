/**
 * Small helpers for deterministic listings: every list the digest writes or shows is ordered
 * with these, so two builds of the same seeds give the same bytes.
 */

/** Code-unit order of strings: the same on every machine and locale (unlike `localeCompare`). */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Appends `value` to the list under `key` in a map of lists, creating the list. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The first `n` of `items` in the order `compare`, which must put a higher `score` first: the
 * same as `[...items].sort(compare).slice(0, n)`, but only the items that score at least as
 * high as the n-th are sorted with `compare` (the scores alone are sorted, as numbers, to find
 * it). An entity of a 10,000-article digest is named beside up to thousands of others, of which
 * 30 are kept.
 */
export function firstByScore<T>(items: readonly T[], score: (item: T) => number, compare: (a: T, b: T) => number, n: number): T[] {
  if (items.length > n && n > 0) {
    const scores = Float64Array.from(items, score).sort();
    const least = scores[scores.length - n]!;
    items = items.filter((item) => score(item) >= least);
  }
  return [...items].sort(compare).slice(0, n);
}
