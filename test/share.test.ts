/**
 * Share-ready pages, feeds and discovery on a site built under a sub-path
 * (`BASE_PATH=/news-digest/`, `SITE_URL=https://example.org`) from the project's seed article.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProjectSeeds, makeSeeds, type BuiltSite } from './helpers/site.ts';
import { brokenLinks } from './helpers/links.ts';

const ORIGIN = 'https://example.org';
const BASE = '/news-digest/';
const ROOT_URL = `${ORIGIN}${BASE}`;

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The attribute `content` of a `<meta property|name=...>` tag. */
function meta(html: string, key: string): string | undefined {
  return html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'u'))?.[1]?.replace(/&amp;/gu, '&');
}

/** Every JSON-LD block of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

describe('share metadata, preview images, feeds and sitemap under a base path', () => {
  let site: BuiltSite;
  let articleSlug: string;
  const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
  const distFile = (url: string) => join(site.dist, decodeURIComponent(new URL(url).pathname.slice(BASE.length)));

  beforeAll(() => {
    site = buildSite(makeSeeds(copyProjectSeeds), { BASE_PATH: BASE, SITE_URL: ORIGIN });
    const home = page('');
    articleSlug = home.match(/href="\/news-digest\/articles\/([^/"]+)\/"/u)?.[1] ?? assert.fail(home.slice(0, 3000));
  });
  afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

  it('gives the entity page an og:image that is a 1200×630 PNG in dist', () => {
    const html = page('entities/ahmad-al-sharaa');
    const image = meta(html, 'og:image')!;
    expect(image).toBe(`${ROOT_URL}og/entity/ahmad-al-sharaa.png`);
    expect(existsSync(distFile(image))).toBe(true);
    expect(pngSize(distFile(image))).toEqual({ width: 1200, height: 630 });
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:alt')).toContain('Ahmad al-Sharaa');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:title')).toBe('Ahmad al-Sharaa');
    expect(meta(html, 'og:site_name')).toBeTruthy();
  });

  it('renders a first build\'s preview images from the content folder before the pages, all of them', () => {
    // Read from the content folder as the og route lists them: the route has none left to render.
    expect(site.log).toMatch(/share cards: \d+ images \(rendered from the content folder from the start; 0 more once the route listed them\)/u);
  });

  it('has canonical and og:url under the site URL and base path', () => {
    const html = page('entities/ahmad-al-sharaa');
    expect(html).toContain(`<link rel="canonical" href="${ROOT_URL}entities/ahmad-al-sharaa/">`);
    expect(meta(html, 'og:url')).toBe(`${ROOT_URL}entities/ahmad-al-sharaa/`);
  });

  it('has a Person JSON-LD block on the entity page', () => {
    const [data] = jsonLd(page('entities/ahmad-al-sharaa'));
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Person', name: 'Ahmad al-Sharaa', url: `${ROOT_URL}entities/ahmad-al-sharaa/` });
    expect(data!.alternateName).toContain('al-Sharaa');
  });

  it('has a NewsArticle JSON-LD block on the article page, with its entities', () => {
    const html = page(`articles/${articleSlug}`);
    const [data] = jsonLd(html);
    expect(data!['@type']).toBe('NewsArticle');
    expect(data!.headline).toBeTruthy();
    expect(data!.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    const refs = [...(data!.about as { name: string; url: string }[]), ...((data!.mentions ?? []) as { name: string; url: string }[])];
    expect(refs.map((r) => r.name)).toContain('Donald Trump');
    for (const r of refs) expect(r.url.startsWith(`${ROOT_URL}entities/`)).toBe(true);
    expect(meta(html, 'og:type')).toBe('article');
    expect(pngSize(distFile(meta(html, 'og:image')!))).toEqual({ width: 1200, height: 630 });
  });

  it('links every event to itself and hides the share button until the script runs', () => {
    const html = page('entities/ahmad-al-sharaa');
    const ids = [...html.matchAll(/<li id="([^"]+)" data-entities/gu)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(html).toContain(`href="#${encodeURIComponent(id)}"`);
    expect(html).toMatch(/<button type="button" class="share-button" hidden/u);
    expect(html).toContain(`src="${BASE}scripts/share.js"`);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/u);
  });

  it('writes the digest feed, an entity feed, the sitemap and robots.txt with absolute URLs', () => {
    const rss = readFileSync(join(site.dist, 'rss.xml'), 'utf8');
    expect(rss).toContain(`<link>${ROOT_URL}articles/${articleSlug}/</link>`);
    expect(rss).toContain(`<atom:link href="${ROOT_URL}rss.xml"`);
    expect(rss).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4}/u);
    const entityRss = readFileSync(join(site.dist, 'entities/ahmad-al-sharaa/rss.xml'), 'utf8');
    expect(entityRss).toContain(`<link>${ROOT_URL}articles/${articleSlug}/</link>`);
    const entityPage = page('entities/ahmad-al-sharaa');
    expect(entityPage).toContain(`href="${BASE}rss.xml"`);
    expect(entityPage).toContain(`href="${BASE}entities/ahmad-al-sharaa/rss.xml"`);

    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(locs).toContain(ROOT_URL);
    expect(locs).toContain(`${ROOT_URL}entities/`);
    expect(locs).toContain(`${ROOT_URL}articles/${articleSlug}/`);
    expect(locs).toContain(`${ROOT_URL}entities/ahmad-al-sharaa/`);
    expect(locs).toContain(`${ROOT_URL}timeline/2025/`);
    for (const loc of locs) {
      expect(loc.startsWith(ROOT_URL)).toBe(true);
      const html = readFileSync(join(distFile(loc), 'index.html'), 'utf8');
      expect(html, `${loc} is a redirect page`).not.toContain('http-equiv="refresh"');
    }
    expect(readFileSync(join(site.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ROOT_URL}sitemap.xml`);
  });

  it('has no broken internal links', () => {
    expect(brokenLinks(site.dist, BASE)).toEqual([]);
  });
});
