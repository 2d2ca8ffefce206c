import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { el, escapeXml } from './xml.ts';
import { rfc822, robots, rss, sitemap } from './feeds.ts';

describe('escapeXml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });
  it('drops characters XML forbids but keeps tabs, newlines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne\uFFFF😀')).toBe('abc\td\ne😀');
    expect(escapeXml('x\uD800y')).toBe('xy');
  });
  it('gives what one search for every forbidden character gives (the check that skips it is only a shortcut)', () => {
    const reference = (text: string) =>
      text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '').replace(/[&<>"']/gu, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
    const unit = fc.constantFrom('a', ' ', '&', '<', '"', "'", '\u0000', '\u0008', '\t', '\n', '\u001F', '\uD83D', '\uDE00', '😀', '\uFFFE', '\uFFFF', 'é');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
      expect(escapeXml(text)).toBe(reference(text));
    }), { numRuns: 3000 });
  });
  it('builds escaped elements', () => {
    expect(el('title', 'A < B')).toBe('<title>A &lt; B</title>');
  });
});

describe('feeds', () => {
  it('writes RSS with escaped text and RFC 822 dates', () => {
    const xml = rss({ title: 'D & D', link: 'https://e.org/', self: 'https://e.org/rss.xml', description: 'x', language: 'en', items: [{ title: '<b>', link: 'https://e.org/a/?q=1&r=2', description: 's', date: '2025-11-10' }] });
    expect(xml).toContain('<title>D &amp; D</title>');
    expect(xml).toContain('<title>&lt;b&gt;</title>');
    expect(xml).toContain('<link>https://e.org/a/?q=1&amp;r=2</link>');
    expect(xml).toContain('<pubDate>Mon, 10 Nov 2025 12:00:00 GMT</pubDate>');
  });
  it('keeps the day in any time zone', () => {
    expect(rfc822('2025-01-01')).toMatch(/^Wed, 01 Jan 2025/u);
  });
  it('writes a sitemap and robots.txt', () => {
    expect(sitemap([{ loc: 'https://e.org/a&b/', lastmod: '2025-11-10' }])).toContain('<url><loc>https://e.org/a&amp;b/</loc><lastmod>2025-11-10</lastmod></url>');
    expect(robots('https://e.org/sitemap.xml')).toContain('Sitemap: https://e.org/sitemap.xml');
  });
});
