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
