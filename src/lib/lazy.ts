/**
 * Values made on first use: the ingest loads records and builds entries only when it needs them,
 * and the site computes its shared lists and maps (promises) once per build.
 */

/** A function that makes its value on the first call and returns the same value after. */
export function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/**
 * `make` remembering its value for each `key` object while the rest of its arguments stay the
 * same (compared by identity): what an entity's feed or TimelineJS export holds of an article or
 * an event is the same in every file that lists it (~7 feeds an article, a few exports an event
 * at 10,000 articles), and made once instead. The value is shared: callers must not change it.
 */
export function perObject<K extends object, A extends unknown[], T>(make: (key: K, ...args: A) => T): (key: K, ...args: A) => Readonly<T> {
  const made = new WeakMap<K, { args: A; value: T }>();
  return (key, ...args) => {
    const known = made.get(key);
    if (known && known.args.length === args.length && known.args.every((a, i) => a === args[i])) return known.value;
    const value = make(key, ...args);
    made.set(key, { args, value });
    return value;
  };
}
