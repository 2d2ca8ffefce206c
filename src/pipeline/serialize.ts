/**
 * Serialisation of collection entries: Markdown with YAML front matter for articles, JSON for the
 * rest. Fixed key order and formatting, so the same data always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
import { GENERATED_MARKER } from './write.ts';

const markdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', rule: '-', listItemIndent: 'one' });

/** Bump when the Markdown serialisation changes, so bodies written before are not reused. */
const BODY_FORMAT = 'md-1';

/** A short hash of a body tree: the same tree always serialises to the same Markdown. */
function bodyKey(body: Root): string {
  return createHash('sha256').update(BODY_FORMAT).update(JSON.stringify(body)).digest('hex').slice(0, 16);
}

const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * The Markdown body of a previously written entry, when it was made from the same tree and has
 * not been edited since (its text still has the hash recorded beside the tree's).
 */
function reusableBody(previous: string | undefined, key: string): string | undefined {
  const m = previous ? /\n# body ([0-9a-f]{16}) ([0-9a-f]{16})\n/u.exec(previous) : null;
  if (!m || m[1] !== key) return undefined;
  const end = previous!.indexOf('\n---\n\n');
  const text = end >= 0 ? previous!.slice(end + 6) : undefined;
  return text !== undefined && textHash(text) === m[2] ? text : undefined;
}

/**
 * An article entry: front matter (with the generated marker and the body's hash as comments)
 * and Markdown body. When `previous` (the entry as written last time) has the same body hash,
 * its Markdown is reused: serialising thousands of unchanged bodies was half of a warm ingest.
 */
export function articleFile(data: object, body: Root, previous?: string): string {
  // YAML 1.1 quotes strings that look like dates, so Astro reads `date` back as a string.
  const yaml = toYaml(data, { lineWidth: 0, sortMapEntries: false, version: '1.1' });
  const key = bodyKey(body);
  const reused = reusableBody(previous, key);
  const markdownBody = reused ?? markdown.stringify(body);
  return `---\n# ${GENERATED_MARKER}\n# body ${key} ${textHash(markdownBody)}\n${yaml}---\n\n${markdownBody}`;
}

/** A JSON entry with the generated marker as its first key (the schemas drop it). */
export function jsonFile(data: object): string {
  return JSON.stringify({ _generated: GENERATED_MARKER, ...data }, null, 2) + '\n';
}
