import { describe, expect, it } from 'vitest';
import { plainTextToMdast } from './plain-text.ts';
import { plainTextOf } from './segments.ts';

const values = (text: string) => plainTextToMdast(text).tree.children.map((p) => (p.type === 'paragraph' && p.children[0]?.type === 'text' ? p.children[0].value : ''));

describe('plainTextToMdast', () => {
  it('makes one paragraph per line, ignoring trailing blank lines', () => {
    expect(values('First line.\nSecond line.\n\n\n\n')).toEqual(['First line.', 'Second line.']);
  });
  it('reads the BBC layout: headline, blank line, blank-line separated paragraphs', () => {
    const r = plainTextToMdast('Headline here\n\nPara one.\n\nPara two.\n');
    expect(r.title).toBe('Headline here');
    expect(values('Headline here\n\nPara one.\n\nPara two.\n')).toEqual(['Para one.', 'Para two.']);
  });
  it('joins hard-wrapped lines of a blank-line separated block', () => {
    expect(values('This sentence is wrapped\nacross two lines.\n\nAnother paragraph that\nis also wrapped.')).toEqual(['This sentence is wrapped\nacross two lines.', 'Another paragraph that\nis also wrapped.']);
  });
  it('keeps Markdown characters as text and exact source offsets', () => {
    const text = '# not a heading *not emphasis* <b>not html</b>\r\n{import x}\r\n';
    const tree = plainTextToMdast(text).tree;
    const first = tree.children[0]!;
    expect(first.type).toBe('paragraph');
    expect(first.position?.start.offset).toBe(0);
    expect(plainTextOf(tree).text).toBe('# not a heading *not emphasis* <b>not html</b>\n\n{import x}');
  });
});

describe('long paragraphs', () => {
  it('splits a very long line at sentence ends into exact slices of the source', () => {
    const sentence = 'The coalition met again today in the capital. ';
    const text = sentence.repeat(200).trim();
    const tree = plainTextToMdast(text).tree;
    expect(tree.children.length).toBeGreaterThan(2);
    for (const p of tree.children) {
      const node = p.type === 'paragraph' ? p.children[0] : undefined;
      expect(node?.type === 'text' && node.value.length).toBeLessThanOrEqual(4000);
      if (node?.type === 'text') {
        expect(text.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value);
        expect(node.value.endsWith('.')).toBe(true);
      }
    }
  });
});
