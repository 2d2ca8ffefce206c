/**
 * How an article entry file is laid out (`serialize.ts` writes it): front matter (the generated
 * marker, key lines, YAML) between `---` lines, a blank line, then the Markdown body. Read by the
 * write stage (to reuse what is unchanged) and by the site (to match a body with its tree,
 * `src/lib/body-trees.ts`); no dependencies, so page code loads nothing else with it.
 */

/** Where the front matter ends and the body starts. */
const BODY_START = '\n---\n\n';

/** An entry's text split into its head (through the front matter's closing `---` line) and its body; all head, no body, when it is not laid out so. */
export function splitEntry(text: string | undefined): { head: string; body?: string } {
  const split = text?.indexOf(BODY_START) ?? -1;
  return split >= 0 ? { head: text!.slice(0, split + 1), body: text!.slice(split + BODY_START.length) } : { head: '' };
}

/** The Markdown body of an entry's text, or `undefined` for text not laid out as an entry. */
export const entryBody = (text: string): string | undefined => splitEntry(text).body;
