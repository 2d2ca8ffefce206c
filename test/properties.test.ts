/**
 * Property-based tests (fast-check): arbitrary Unicode text, with the fragments attackers and
 * broken files bring (markup, `javascript:`, MDX-looking lines, control characters, RTL marks,
 * lone surrogates), never makes the per-article stages throw, keeps every offset inside the text,
 * and never turns into a `<script>` element, an event-handler attribute or a `javascript:` URL
 * when the generated Markdown is rendered by the site's own Markdown pipeline (astro.config.mjs).
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../astro.config.mjs';
import { annotate } from '../src/pipeline/annotate.ts';
import { processArticle, type ArticleRecord } from '../src/pipeline/article.ts';
import { linkDigest } from '../src/pipeline/link/index.ts';
import { emptyMemory } from '../src/pipeline/link/slugs.ts';
import { plainTextOf } from '../src/pipeline/parse/segments.ts';
import { articleFile } from '../src/pipeline/serialize.ts';
import { articleSchema } from '../src/schemas/collections.ts';
import type { LoadedCuration } from '../src/pipeline/curation.ts';

const RUNS = 200;
const NO_CURATION: LoadedCuration = { curation: {}, entityLines: new Map(), articleLines: new Map(), warnings: [] };

/** Pieces of hostile or broken input, mixed with words from the seed article. */
const FRAGMENTS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<', '>', '</', '{', '}', '{alert(1)}',
  '[x](javascript:alert(1))', '![x](javascript:alert(1))', '<javascript:alert(1)>', '[r]: javascript:alert(1)', '[r]', '](', 'JaVaScRiPt:', '&#106;avascript:', '&lt;script&gt;', '<!--', '-->',
  'import X from "y"', 'export const a = 1', '<Component />', '---', 'title: x', '# ', '## ', '* ', '1. ', '> ', '```', '`', '*', '_', '~~', '|', '\\', '&', '"', "'",
  '\n', '\r\n', '\r', '\n\n', '\t', ' ', '\u0000', '\u0007', '\u001b', '\u0085', '\u2028', '\u200b', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', '\udc00\ud800', '😀', '👩‍👩‍👧',
  'ترامب', '特朗普', 'DONALD Trump', 'President Ahmad al-Sharaa', 'Syria', 'the White House', 'on Monday', 'in June', 'last week', '2025', 'since 2000', 'four months ago',
];

/** Arbitrary text: fragments, any code points, and raw UTF-16 code units (lone surrogates included). */
const text = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** A seed file: the text encoded as UTF-8, as UTF-16 with a BOM, or as Latin-1 bytes; plain text or Markdown. */
const seed = fc.record({
  text,
  encoding: fc.constantFrom('utf8', 'utf16le', 'latin1') as fc.Arbitrary<'utf8' | 'utf16le' | 'latin1'>,
  ext: fc.constantFrom('.txt', '.md'),
});

function bytesOf(text: string, encoding: 'utf8' | 'utf16le' | 'latin1'): Uint8Array {
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.from(text, encoding);
}

/** Asserts every span lies inside `text` and carries the text it covers. */
function expectSpansInside(spans: readonly { start: number; end: number; text?: string }[], text: string): void {
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    if (s.text !== undefined) expect(s.text).toBe(text.slice(s.start, s.end));
  }
}

describe('arbitrary text through the per-article stages', () => {
  it('processArticle never throws and keeps mention and timex offsets inside the text', () => {
    fc.assert(
      fc.property(seed, ({ text, encoding, ext }) => {
        const result = processArticle({ file: `prop${ext}`, bytes: bytesOf(text, encoding) }, 'property-test');
        if ('skipped' in result) return;
        const plain = plainTextOf(result.tree).text;
        expectSpansInside(result.mentions, plain);
        expectSpansInside(result.timexes, plain);
        expect(result.meta.title.trim()).not.toBe('');
      }),
      { numRuns: RUNS },
    );
  });

  it('annotate (raw strings, lone surrogates included) never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(text, fc.option(fc.constant('2025-11-10'), { nil: undefined }), (t, date) => {
        const a = annotate(t, date, NO_CURATION);
        expectSpansInside(a.mentions, t);
        expectSpansInside(a.timexes, t);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('arbitrary text rendered by the site\'s Markdown pipeline', () => {
  let render: (markdown: string) => Promise<string>;

  beforeAll(async () => {
    const processor = (config.markdown as { processor: { createRenderer(shared: object): Promise<{ render(md: string): Promise<{ code: string }> }> } }).processor;
    const renderer = await processor.createRenderer({ syntaxHighlight: false, gfm: true, smartypants: false, remarkPlugins: [], rehypePlugins: [], remarkRehype: {}, shikiConfig: {} });
    render = async (md) => (await renderer.render(md)).code;
  });

  it('is the live site pipeline: raw HTML in Markdown renders as text', async () => {
    const html = await render('<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>\n');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toMatch(/<script|<img/u);
  });

  it('never yields a <script> element, an on…= attribute or a javascript: URL from the text', async () => {
    await fc.assert(
      fc.asyncProperty(seed, async ({ text, encoding, ext }) => {
        const result = processArticle({ file: `prop${ext}`, bytes: bytesOf(text, encoding) }, 'property-test');
        if ('skipped' in result) return;
        const [article] = linkDigest([result as ArticleRecord], NO_CURATION, emptyMemory()).articles;
        const file = articleFile(articleSchema.parse(article!.data()), article!.body);
        const body = file.replace(/^---\n[\s\S]*?\n---\n/u, '');
        const html = await render(body);
        visit(fromHtml(html, { fragment: true }), 'element', (el: Element) => {
          expect(el.tagName, html).not.toBe('script');
          expect(['iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form'], html).not.toContain(el.tagName);
          for (const [name, value] of Object.entries(el.properties)) {
            expect(/^on/iu.test(name), `${name} in ${html}`).toBe(false);
            if (['href', 'src', 'action', 'formAction'].includes(name)) expect(String(value).replace(/[\s\u0000-\u001f]/gu, ''), html).not.toMatch(/^(?:javascript|vbscript|data):/iu);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });
});
