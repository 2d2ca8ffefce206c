import type { PhrasingContent, Root } from 'mdast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCKS, blockTree, markdownWriter } from '../../test/helpers/markdown.ts';
import { fastLink } from './fast-link.ts';
import { fastText } from './fast-text.ts';

const standard = markdownWriter();
const fast = markdownWriter({ text: fastText, link: fastLink });

/** Short strings made mostly of what Markdown may need escaped, from a small alphabet so that they repeat. */
const tricky = fc.string({ unit: fc.constantFrom(...'ab W1.)(-*_#[]!<&@:/`\\\n ps’é'.split('')), maxLength: 6 });
const url = fc.oneof(fc.constantFrom('entity:x-1', 'entity:y', 'https://a.b/c', 'mailto:a@b', ''), tricky);

describe('fastLink', () => {
  it('writes what the default link handler writes, for links that repeat within and across documents', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('text', 'link', 'titled', 'emphasis'), tricky, url), { minLength: 1, maxLength: 8 }), fc.constantFrom(...BLOCKS), (parts, block) => {
        const inline: PhrasingContent[] = parts.map(([kind, value, href]) =>
          kind === 'link' || kind === 'titled'
            ? { type: 'link', url: href, title: kind === 'titled' ? value : null, children: [{ type: 'text', value }] }
            : kind === 'emphasis'
              ? { type: 'emphasis', children: [{ type: 'link', url: href, children: [{ type: 'text', value }] }] }
              : { type: 'text', value },
        );
        const tree = blockTree(inline, block);
        expect(fast.stringify(tree)).toBe(standard.stringify(tree));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the same link the same way at the start of a line and inside one, as the default handler does', () => {
    const link = (): PhrasingContent => ({ type: 'link', url: 'b', children: [{ type: 'text', value: 'a]:' }] });
    for (const children of [[link(), { type: 'text', value: ' x\n' }, link()], [{ type: 'text', value: 'x\n' }, link(), { type: 'text', value: ' ' }, link()], [{ type: 'text', value: 'x' }, { type: 'break' }, link()]] as PhrasingContent[][]) {
      const tree: Root = { type: 'root', children: [{ type: 'paragraph', children }] };
      expect(fast.stringify(tree)).toBe(standard.stringify(tree));
    }
  });

  it('leaves a link whose text is its address an autolink', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'https://a.b/', children: [{ type: 'text', value: 'https://a.b/' }] }] }] };
    expect(fast.stringify(tree)).toBe('<https://a.b/>\n');
  });
});
