import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeRawWhenPresent, { rawParseMatters } from './rehype-raw-when-present.ts';

/** Markdown to HTML with raw HTML kept, then parsed by the plugin (or by nothing). */
const render = (markdown: string, parse = true) => {
  const steps = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });
  return String((parse ? steps.use(rehypeRawWhenPresent) : steps).use(rehypeStringify).processSync(markdown));
};

describe('rehypeRawWhenPresent', () => {
  it('parses the HTML of raw nodes as rehype-raw does', () => {
    const tree = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).runSync(unified().use(remarkParse).parse('a <b>c</b>'));
    expect(rawParseMatters(tree)).toBe(true);
    expect(render('a <b>c</b>')).toBe('<p>a <b>c</b></p>');
    // Without it the stringifier writes raw HTML as text.
    expect(render('a <b>c</b>', false)).toBe('<p>a &#x3C;b>c&#x3C;/b></p>');
  });
  it('leaves a tree without raw nodes as it is: the same HTML, not re-parsed', () => {
    const markdown = '# Title\n\nText with `<b>` as code, a [link](https://example.org/?a=1&b=2) and *emphasis*.\n\n| a | b |\n| - | - |\n| 1 | 2 |';
    const tree = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).runSync(unified().use(remarkParse).parse(markdown));
    expect(rawParseMatters(tree)).toBe(false);
    const transform = rehypeRawWhenPresent();
    expect(transform(tree, undefined as never)).toBe(tree);
    expect(render(markdown)).toBe(render(markdown, false));
  });
  it('re-parses a tree with a property set to true, which parse5 gives back as an empty string', () => {
    const markdown = 'A note[^1].\n\n[^1]: The note.';
    const tree = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).runSync(unified().use(remarkParse).use(remarkGfm).parse(markdown));
    expect(rawParseMatters(tree)).toBe(true);
    const html = String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeRawWhenPresent).use(rehypeStringify).processSync(markdown));
    expect(html).toContain('data-footnote-ref=""');
  });
});
