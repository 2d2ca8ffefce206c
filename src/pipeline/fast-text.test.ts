import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastText } from './fast-text.ts';

const OPTIONS = { bullet: '-', emphasis: '_', strong: '*', fence: '`', rule: '-', listItemIndent: 'one' } as const;
const standard = unified().use(remarkGfm).use(remarkStringify, OPTIONS);
const fast = unified().use(remarkGfm).use(remarkStringify, { ...OPTIONS, handlers: { text: fastText } });

/** Text made mostly of what Markdown may need escaped. */
const tricky = fc.string({ unit: fc.constantFrom(...'ab Ww1.2)(-*_#+=>[]!<&@:/|~`\\\n\t ps’é\u00a0—“'.split('')), maxLength: 24 });

describe('fastText', () => {
  it('writes what the default text handler writes, next to links, emphasis and breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('text', 'link', 'emphasis', 'break'), tricky), { minLength: 1, maxLength: 6 }), fc.constantFrom('paragraph', 'heading', 'listItem'), (parts, block) => {
        const inline: PhrasingContent[] = parts.map(([kind, value]) =>
          kind === 'link' ? { type: 'link', url: 'entity:x-1', children: [{ type: 'text', value }] } : kind === 'emphasis' ? { type: 'emphasis', children: [{ type: 'text', value }] } : kind === 'break' ? { type: 'break' } : { type: 'text', value },
        );
        const paragraph = { type: 'paragraph' as const, children: inline };
        const tree: Root = {
          type: 'root',
          children: block === 'heading' ? [{ type: 'heading', depth: 2, children: inline }] : block === 'listItem' ? [{ type: 'list', children: [{ type: 'listItem', children: [paragraph] }] }] : [paragraph, paragraph],
        };
        expect(fast.stringify(tree)).toBe(standard.stringify(tree));
      }),
      { numRuns: 2000 },
    );
  });
});
