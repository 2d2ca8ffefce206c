import type { PhrasingContent } from 'mdast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCKS, blockTree, markdownWriter } from '../../test/helpers/markdown.ts';
import { fastText } from './fast-text.ts';

const standard = markdownWriter();
const fast = markdownWriter({ text: fastText });

/** Text made mostly of what Markdown may need escaped. */
const tricky = fc.string({ unit: fc.constantFrom(...'ab Ww1.2)(-*_#+=>[]!<&@:/|~`\\\n\t ps’é\u00a0—“'.split('')), maxLength: 24 });

describe('fastText', () => {
  it('writes what the default text handler writes, next to links, emphasis and breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('text', 'link', 'emphasis', 'break'), tricky), { minLength: 1, maxLength: 6 }), fc.constantFrom(...BLOCKS), (parts, block) => {
        const inline: PhrasingContent[] = parts.map(([kind, value]) =>
          kind === 'link' ? { type: 'link', url: 'entity:x-1', children: [{ type: 'text', value }] } : kind === 'emphasis' ? { type: 'emphasis', children: [{ type: 'text', value }] } : kind === 'break' ? { type: 'break' } : { type: 'text', value },
        );
        const tree = blockTree(inline, block);
        expect(fast.stringify(tree)).toBe(standard.stringify(tree));
      }),
      { numRuns: 2000 },
    );
  });
});
