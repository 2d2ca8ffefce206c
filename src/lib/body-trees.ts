/**
 * Article bodies as trees. The ingest has each article entry's Markdown tree in hand when it
 * writes the entry's Markdown, and writes the tree too (`<content>/body-trees/<entry path>.json`);
 * a page then renders its body from that tree instead of parsing the Markdown again. Parsing was
 * three quarters of rendering a body (400 BBC bodies, alternating: 3.7 ms from the Markdown, 1.0
 * ms from the tree, same HTML), and a cold build renders every body.
 *
 * A tree file names the Markdown body it was written with (a hash of its text): a body edited by
 * hand or written since without its tree does not match, and is parsed as before.
 */
import type { Root } from 'mdast';
import { GENERATED_MARKER, keyOf } from '../pipeline/write.ts';
import { entryBody } from '../pipeline/entry-layout.ts';

/** The folder of tree files inside the content folder (the ingest owns it). */
export const BODY_TREES_DIR = 'body-trees';

/** The tree file of an entry, both relative to the content folder: `articles/x.md` → `body-trees/articles/x.json`. */
export function treeFileOf(entryFile: string): string {
  return `${BODY_TREES_DIR}/${entryFile.replace(/\.md$/u, '')}.json`;
}

/** The hash a tree file names its Markdown body by. */
function bodyHash(markdown: string): string {
  return keyOf('body-tree', markdown);
}

/**
 * Bump when the trees the ingest writes change while the Markdown made from them does not (the
 * body hash would not tell): tree files of another format are made again, and never rendered.
 */
const TREE_FORMAT = 'tree-1';

/** A tree file's text up to its tree: the generated marker, the format, the hash of the Markdown body. */
const treeFileHead = (markdown: string) => `{"_generated":${JSON.stringify(GENERATED_MARKER)},"format":"${TREE_FORMAT}","body":"${bodyHash(markdown)}","tree":`;

/** A tree file's text: {@link treeFileHead}, then the tree (as `JSON.stringify` gave it). */
export function treeFileText(markdown: string, treeJson: string): string {
  return `${treeFileHead(markdown)}${treeJson}}\n`;
}

/** The tree file of a whole entry's text (its Markdown body is what the file names). */
export function entryTreeFileText(entryText: string, treeJson: string): string {
  return treeFileText(entryBody(entryText) ?? '', treeJson);
}

/** Whether a tree file's text is of this format and was written for exactly the Markdown body `markdown` (without parsing the tree). */
export function treeFileMatches(fileText: string | undefined, markdown: string): boolean {
  return fileText !== undefined && fileText.startsWith(treeFileHead(markdown));
}

/** The tree of a tree file's text when it was written for exactly `markdown`; otherwise `undefined`. */
export function treeFor(fileText: string | undefined, markdown: string | undefined): Root | undefined {
  if (markdown === undefined || !treeFileMatches(fileText, markdown)) return undefined;
  try {
    return (JSON.parse(fileText!) as { tree: Root }).tree;
  } catch {
    return undefined;
  }
}
