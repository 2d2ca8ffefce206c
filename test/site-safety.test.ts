/**
 * The built site, from the seed article plus hostile seeds (script tags, event handlers,
 * `javascript:` links, MDX-looking lines) and an oversized article: no script runs that the site
 * did not ship, hostile text is shown as text, no page requests another host, article pages stay
 * under 60 kB, and two builds of the same seeds are identical byte for byte.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProjectSeeds, listFiles as files, makeSeeds, ROOT, seedLines, type BuiltSite } from './helpers/site.ts';

/** Article pages must stay under this many bytes of HTML. */
const MAX_ARTICLE_PAGE_BYTES = 60_000;
const SEED_LINES = seedLines();

/** The seeds of both builds: the project's seeds, the hostile fixture, a 1 MB single-line article. */
function fill(seeds: string): void {
  copyProjectSeeds(seeds);
  cpSync(join(ROOT, 'test/fixtures/hostile/seeds'), seeds, { recursive: true });
  const line = SEED_LINES.join(' ');
  writeFileSync(join(seeds, 'oversized.txt'), Array.from({ length: Math.ceil(1_048_576 / line.length) }, () => line).join(' ') + '\n');
}

describe('built site with hostile and oversized seeds', () => {
  let a: BuiltSite;
  let b: BuiltSite;
  let pages: { path: string; html: string; tree: Root }[];

  beforeAll(() => {
    a = buildSite(makeSeeds(fill));
    b = buildSite(makeSeeds(fill));
    pages = files(a.dist)
      .filter((f) => f.endsWith('.html'))
      .map((path) => {
        const html = readFileSync(join(a.dist, path), 'utf8');
        return { path, html, tree: fromHtml(html) };
      });
  });
  afterAll(() => {
    if (process.env.KEEP_SITE) return;
    for (const s of [a, b]) if (s) rmSync(s.dir, { recursive: true, force: true });
  });

  /** Every element of every page, with the page's path. */
  const elements = () => pages.flatMap(({ path, tree }) => {
    const out: { path: string; el: Element }[] = [];
    visit(tree, 'element', (el) => void out.push({ path, el }));
    return out;
  });

  it('builds every article, and warns about the oversized one and the bad source url', () => {
    expect(pages.some((p) => p.path.startsWith('articles/'))).toBe(true);
    expect(a.warnings.join('\n')).toMatch(/seeds\/oversized\.txt:1: article is \d+ characters long: cut after/u);
    expect(a.warnings.join('\n')).toMatch(/seeds\/bad-url\.md:3: source url `javascript:alert\('url'\)` is not an http\(s\) address: ignored/u);
  });

  it('has no <script> element except the site\'s own script files and JSON-LD data blocks', () => {
    for (const { path, el } of elements().filter(({ el }) => el.tagName === 'script')) {
      const src = el.properties.src;
      if (typeof src === 'string') {
        expect(src, path).toMatch(/^\/(?!\/)/u);
        continue;
      }
      expect(el.properties.type, `${path}: inline script`).toBe('application/ld+json');
      // A data block cannot be closed early by the text it carries.
      const json = toText(el);
      expect(() => JSON.parse(json), path).not.toThrow();
      expect(json, path).not.toMatch(/<\/script|<!--/iu);
    }
  });

  it('has no event-handler attributes and no javascript: (or data:/vbscript:) URLs', () => {
    for (const { path, el } of elements()) {
      for (const [name, value] of Object.entries(el.properties)) {
        expect(/^on/iu.test(name), `${path}: <${el.tagName} ${name}>`).toBe(false);
        const v = (Array.isArray(value) ? value.join(' ') : String(value)).replace(/[\s\u0000-\u001f]/gu, '');
        if (['href', 'src', 'action', 'formAction', 'srcSet', 'poster', 'data'].includes(name)) {
          expect(v, `${path}: <${el.tagName} ${name}>`).not.toMatch(/^(?:javascript|vbscript|data):/iu);
        }
        // A refresh's target is a URL too (other `content` values are text, which may start "Data:").
        if (name === 'content' && String(el.properties.httpEquiv).toLowerCase() === 'refresh') {
          expect(v.replace(/^\d+;url=/iu, ''), `${path}: <meta http-equiv=refresh>`).not.toMatch(/^(?:javascript|vbscript|data):/iu);
        }
      }
    }
    for (const { path, html } of pages) expect(html, path).not.toMatch(/javascript:alert\('url'\)"/u);
  });

  it('shows the hostile text as text', () => {
    const text = (slugPart: string) => {
      const page = pages.find((p) => p.path.startsWith('articles/') && p.html.includes(slugPart) && !p.html.includes('http-equiv="refresh"'));
      return page ? toText(page.tree) : '';
    };
    const all = pages.filter((p) => p.path.startsWith('articles/')).map((p) => toText(p.tree)).join('\n');
    expect(all).toContain('<script>alert("txt-script")</script>');
    expect(all).toContain('<script>alert("md-script")</script>');
    expect(all).toContain('<img src=x onerror="alert(1)">');
    expect(all).toContain('import Evil from "./evil.js"');
    expect(all).toContain('{props.secret} <Component onLoad={() => alert(1)} />');
    expect(all).toContain("<script>alert('title')</script> Syria joins coalition");
    expect(text('syria-joins-coalition')).toContain('<iframe src="https://evil.example/"></iframe>');
  });

  it('has the Content-Security-Policy meta tag on every page, allowing no inline script', () => {
    for (const { path, tree } of pages) {
      const metas: string[] = [];
      visit(tree, 'element', (el) => {
        if (el.tagName === 'meta' && String(el.properties.httpEquiv).toLowerCase() === 'content-security-policy') metas.push(String(el.properties.content));
      });
      expect(metas, path).toHaveLength(1);
      const scriptSrc = /(?:^|;)\s*script-src([^;]*)/u.exec(metas[0]!)?.[1] ?? /(?:^|;)\s*default-src([^;]*)/u.exec(metas[0]!)?.[1];
      expect(scriptSrc, path).toBeDefined();
      expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/u);
    }
  });

  it('makes no third-party requests: other hosts only in article source links marked rel=external', () => {
    const own = new URL(process.env.SITE_URL || 'http://localhost:4321').host;
    for (const { path, el } of elements()) {
      for (const attr of ['src', 'href', 'srcSet', 'action', 'poster', 'data'] as const) {
        const value = el.properties[attr];
        if (typeof value !== 'string' || !/^(?:https?:)?\/\//iu.test(value)) continue;
        const host = new URL(value, 'http://localhost:4321').host;
        if (host === own) continue;
        // Only a link the reader follows may leave the site, and it says so.
        const rel = ([] as unknown[]).concat(el.properties.rel ?? []).join(' ');
        expect(el.tagName === 'a' && /\bexternal\b/u.test(rel), `${path}: <${el.tagName} ${attr}="${value}">`).toBe(true);
      }
    }
  });

  it(`keeps every article page under ${MAX_ARTICLE_PAGE_BYTES} bytes`, () => {
    const articlePages = pages.filter((p) => p.path.startsWith('articles/'));
    expect(articlePages.length).toBeGreaterThan(3);
    for (const p of articlePages) expect(Buffer.byteLength(p.html), p.path).toBeLessThanOrEqual(MAX_ARTICLE_PAGE_BYTES);
  });

  it('gives byte-identical content/ and dist/ when the same seeds are built twice', () => {
    for (const sub of ['content', 'dist'] as const) {
      const left = files(a[sub]);
      expect(files(b[sub]), sub).toEqual(left);
      for (const f of left) expect(readFileSync(join(b[sub], f)).equals(readFileSync(join(a[sub], f))), `${sub}/${f}`).toBe(true);
    }
  });
});
