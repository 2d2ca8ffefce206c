/**
 * Values made on first use: the ingest loads records and builds entries only when it needs them,
 * and the site computes its shared lists and maps (promises) once per build.
 */

/** A function that makes its value on the first call and returns the same value after. */
export function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}
