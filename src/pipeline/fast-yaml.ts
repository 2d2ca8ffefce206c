/**
 * Front matter YAML written directly, byte for byte as `yaml`'s `stringify` writes it with the
 * options of `serialize.ts` (no line folding, YAML 1.1), for the values entries hold: block maps
 * and sequences of integers, booleans and strings. `yaml` builds a document node by node first;
 * in a cold ingest that was a fifth of the Markdown workers' time (profile, 10,000 articles).
 *
 * A string is written plain exactly when `yaml` would: none of its indicator patterns matches
 * and no tag of its YAML 1.1 schema would read the text as something else (the schema's own tests
 * are used); a string `yaml` would quote is written only when its double-quoted form is the text
 * between quotes (printable ASCII, no quote or backslash). Anything else (other quoting, empty
 * strings, `null`, fractions, empty or nested-empty collections in sequences) is left to `yaml`:
 * `fastYaml` returns `undefined`. `fast-yaml.test.ts` compares both on random values.
 */
import { Document } from 'yaml';

/** The options `serialize.ts` gives `yaml`. */
export const YAML_OPTIONS = { lineWidth: 0, sortMapEntries: false, version: '1.1' } as const;

/** `yaml`'s patterns for a string that cannot be plain (`stringifyString.js`, plainString). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/u;
/** Characters `yaml` always double-quotes, and a document marker at a line start (block style). */
const FORCES_STYLE = /[\x00-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]|^(?:%|---|\.\.\.)/mu;
/** What `yaml`'s double quotes leave as it is. */
const PLAIN_DOUBLE_QUOTED = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/u;
/** Keys written plain. */
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/u;

/** The YAML 1.1 schema's tags that would read a plain scalar as other than a string. */
const OTHER_TAGS = (() => {
  const schema = new Document(null, { version: YAML_OPTIONS.version }).schema;
  return [...schema.tags, ...(schema.compat ?? [])].filter((tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test);
})();

/** Thrown for a value left to `yaml`. */
class NotFast extends Error {}

/** Whether `yaml` writes a string (with none of {@link FORCES_STYLE}) plain. */
const plain = (value: string) => !NOT_PLAIN.test(value) && !OTHER_TAGS.some((tag) => tag.test!.test(value));

/** A string scalar as `yaml` writes it, or throws {@link NotFast}. */
function scalarString(value: string): string {
  // `<<` is YAML 1.1's merge key, which `yaml` writes through that tag.
  if (value === '' || value === '<<' || FORCES_STYLE.test(value)) throw new NotFast();
  if (plain(value)) return value;
  if (PLAIN_DOUBLE_QUOTED.test(value) && !value.includes("'")) return `"${value}"`;
  throw new NotFast();
}

/** A scalar (integer, boolean, string), or throws {@link NotFast}. */
function scalar(value: unknown): string {
  if (typeof value === 'string') return scalarString(value);
  // `yaml` writes -0 as `-0`, `String` as `0`.
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  if (typeof value === 'boolean') return String(value);
  throw new NotFast();
}

/** A plain object (a `Date` or a class instance is `yaml`'s to write). */
const isMap = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new NotFast();
  return true;
};

/** The entries of a map that `yaml` writes (it leaves out undefined values). */
function entriesOf(map: Record<string, unknown>): [string, unknown][] {
  const entries = Object.entries(map).filter(([, v]) => v !== undefined);
  if (entries.some(([k]) => !KEY.test(k) || !plain(k))) throw new NotFast();
  return entries;
}

/** The lines of a block map at `indent`. */
function blockMap(map: Record<string, unknown>, indent: string): string {
  let out = '';
  for (const [key, value] of entriesOf(map)) {
    if (Array.isArray(value)) out += value.length === 0 ? `${indent}${key}: []\n` : `${indent}${key}:\n${blockSeq(value, `${indent}  `)}`;
    else if (isMap(value)) {
      const entries = entriesOf(value);
      out += entries.length === 0 ? `${indent}${key}: {}\n` : `${indent}${key}:\n${blockMap(value, `${indent}  `)}`;
    } else out += `${indent}${key}: ${scalar(value)}\n`;
  }
  return out;
}

/** The lines of a block sequence at `indent` (maps as items: the first key on the dash's line). */
function blockSeq(items: readonly unknown[], indent: string): string {
  let out = '';
  for (const item of items) {
    if (Array.isArray(item)) throw new NotFast();
    if (isMap(item)) {
      const lines = blockMap(item, `${indent}  `);
      if (lines === '') throw new NotFast();
      out += `${indent}- ${lines.slice(indent.length + 2)}`;
    } else out += `${indent}- ${scalar(item)}\n`;
  }
  return out;
}

/** `yaml.stringify(data, YAML_OPTIONS)` for a map of the values entries hold, or `undefined` when `yaml` has to write it. */
export function fastYaml(data: Record<string, unknown>): string | undefined {
  try {
    const out = blockMap(data, '');
    return out === '' ? undefined : out;
  } catch (error) {
    if (error instanceof NotFast) return undefined;
    throw error;
  }
}
