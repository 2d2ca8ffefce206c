/**
 * Serialisation of collection entries: Markdown with YAML front matter for articles, JSON for the
 * rest. Fixed key order and formatting, so the same data always gives the same bytes.
 */
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
import { GENERATED_MARKER, keyOf } from './write.ts';
import { fastText } from './fast-text.ts';
import { fastLink } from './fast-link.ts';
import { fastYaml, YAML_OPTIONS } from './fast-yaml.ts';
import { splitEntry } from './entry-layout.ts';
import type { BodyRecipe } from './link/bodies.ts';

/** How entries' Markdown is written (besides the faster handlers below): the test helper's writers use the same. */
export const MARKDOWN_STYLE = { bullet: '-', emphasis: '_', strong: '*', fence: '`', rule: '-', listItemIndent: 'one' } as const;

const markdown = unified().use(remarkGfm).use(remarkStringify, { ...MARKDOWN_STYLE, handlers: { text: fastText, link: fastLink } });

/** Bump when the Markdown serialisation changes, so bodies written before are not reused. */
const BODY_FORMAT = 'md-2';

/**
 * A body to write: a key that names its tree (the same key always serialises to the same
 * Markdown) and the tree itself, made only when its Markdown has to be made: a warm ingest knows
 * from the key alone that an article's body is unchanged.
 */
export interface BodySource {
  /** 16 hex digits, written in the entry's header. */
  key: string;
  /** Makes the tree (may load the article's record). */
  tree: () => Root;
  /** How a worker thread makes the same tree from the article's record (see link/bodies.ts). */
  recipe?: BodyRecipe;
}

/** A key for a body named by its inputs (strings that together determine the tree). */
export function bodyKeyOf(inputs: readonly string[]): string {
  return keyOf(BODY_FORMAT, ...inputs).slice(0, 16);
}

/** A body source for a tree at hand, keyed by the tree itself. */
function treeBody(tree: Root): BodySource {
  return { key: bodyKeyOf(['tree', JSON.stringify(tree)]), tree: () => tree };
}

const textHash = (text: string) => keyOf(text).slice(0, 16);

/** Bump when the front matter's YAML changes, so front matter written before is not reused. */
const FRONT_MATTER_FORMAT = 'yaml-1';

/** The `# body …` and `# data …` header lines of an entry. */
const HEADER_LINES = { body: /\n# body ([0-9a-f]{16}) ([0-9a-f]{16})\n/u, data: /\n# data ([0-9a-f]{16}) ([0-9a-f]{16})\n/u };

/** A `# <label> <key> <hash>` line in an entry's header: the key it was made from, the hash of its text, and where the line ends. */
function headerLine(head: string, label: keyof typeof HEADER_LINES): { key: string; hash: string; end: number } | undefined {
  const m = HEADER_LINES[label].exec(head);
  return m ? { key: m[1]!, hash: m[2]!, end: m.index + m[0].length } : undefined;
}

/** `text` from a previous entry when it was made from `key` and has not been edited since. */
function reusable(text: string | undefined, line: { key: string; hash: string } | undefined, key: string): string | undefined {
  return text !== undefined && line?.key === key && textHash(text) === line.hash ? text : undefined;
}

/**
 * An article entry: front matter (with the generated marker and, as comments, the keys and text
 * hashes of the body and of the front matter) and Markdown body. Whatever is unchanged since
 * `previous` (the entry as written last time) and unedited is reused: serialising thousands of
 * unchanged bodies was half of a warm ingest, and YAML a fifth of it at 10,000 articles.
 * `reuseBody: false` makes the body again even when its key is unchanged (the code that makes
 * trees from keys has changed since).
 */
export function articleFile(data: object, body: Root | BodySource, previous?: string, reuseBody = true): string {
  const source = 'key' in body ? body : treeBody(body);
  const { head, body: previousBody } = splitEntry(previous);
  const bodyLine = headerLine(head, 'body');
  const dataLine = headerLine(head, 'data');
  const key = source.key;
  const markdownBody = (reuseBody ? reusable(previousBody, bodyLine, key) : undefined) ?? markdown.stringify(source.tree());
  const dataKey = textHash(FRONT_MATTER_FORMAT + JSON.stringify(data));
  // YAML 1.1 quotes strings that look like dates, so Astro reads `date` back as a string.
  const yaml = reusable(dataLine ? head.slice(dataLine.end) : undefined, dataLine, dataKey) ?? fastYaml(data as Record<string, unknown>) ?? toYaml(data, YAML_OPTIONS);
  return `---\n# ${GENERATED_MARKER}\n# body ${key} ${textHash(markdownBody)}\n# data ${dataKey} ${textHash(yaml)}\n${yaml}---\n\n${markdownBody}`;
}

/** A JSON entry with the generated marker as its first key (the schemas drop it). */
export function jsonFile(data: object): string {
  return JSON.stringify({ _generated: GENERATED_MARKER, ...data }, null, 2) + '\n';
}
