/**
 * Serialisation of collection entries: Markdown with YAML front matter for articles, JSON for the
 * rest. Fixed key order and formatting, so the same data always gives the same bytes.
 */
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
import { GENERATED_MARKER } from './write.ts';

const markdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', rule: '-', listItemIndent: 'one' });

/** An article entry: front matter (with the generated marker as a comment) and Markdown body. */
export function articleFile(data: object, body: Root): string {
  // YAML 1.1 quotes strings that look like dates, so Astro reads `date` back as a string.
  const yaml = toYaml(data, { lineWidth: 0, sortMapEntries: false, version: '1.1' });
  return `---\n# ${GENERATED_MARKER}\n${yaml}---\n\n${markdown.stringify(body)}`;
}

/** A JSON entry with the generated marker as its first key (the schemas drop it). */
export function jsonFile(data: object): string {
  return JSON.stringify({ _generated: GENERATED_MARKER, ...data }, null, 2) + '\n';
}
