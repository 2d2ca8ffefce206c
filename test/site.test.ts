/**
 * End to end: the project's seed article through the real pipeline and the real `astro build`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProjectSeeds, makeSeeds, type BuiltSite } from './helpers/site.ts';
import { brokenLinks } from './helpers/links.ts';

describe('site built from the seed article', () => {
  let site: BuiltSite;
  const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
  /** The seed article's slug, from the slug memory the build wrote. */
  const articleSlug = () => Object.keys((JSON.parse(readFileSync(join(site.content, 'slugs.json'), 'utf8')) as { articles: Record<string, unknown> }).articles)[0]!;

  beforeAll(() => {
    site = buildSite(makeSeeds(copyProjectSeeds));
  });
  afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

  it('has the home, article, entity, timeline, about and 404 pages', () => {
    expect(site.ingest.articles).toBe(1);
    const slug = articleSlug();
    for (const path of ['', `articles/${slug}`, 'entities', 'entities/donald-trump', 'entities/ahmad-al-sharaa', 'timeline', 'about']) {
      expect(existsSync(join(site.dist, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(site.dist, '404.html'))).toBe(true);
    expect(page('')).toContain('Donald Trump welcomed the Syrian President');
  });

  it('merges name variants onto one entity page', () => {
    const trump = page('entities/donald-trump');
    expect(trump).toMatch(/<h1[^>]*>Donald Trump<\/h1>/u);
    expect(trump).toMatch(/Also written:[^<]*DONALD Trump/u);
    expect(trump).toMatch(/Also written:[^<]*Trump/u);
    const sharaa = page('entities/ahmad-al-sharaa');
    expect(sharaa).toMatch(/<h1[^>]*>Ahmad al-Sharaa<\/h1>/u);
    expect(sharaa).toMatch(/Also written:[^<]*al-Sharaa/u);
  });

  it('links mentions in the article text to entity pages', () => {
    const html = page(`articles/${articleSlug()}`);
    expect(html).toMatch(/<a href="\/entities\/donald-trump\/" class="mention">DONALD Trump<\/a>/u);
    expect(html).toContain('id="p1"');
  });

  it('has no broken internal links', () => {
    expect(brokenLinks(site.dist)).toEqual([]);
  });

  it('puts dated events on the timeline in date order', () => {
    const html = page('timeline');
    const datetimes = [...html.matchAll(/<time datetime="([^"]+)"/gu)].map((m) => m[1]!);
    expect(datetimes.length).toBeGreaterThan(3);
    expect([...datetimes].sort()).toEqual(datetimes);
    expect(datetimes).toContain('2025-06-01');
  });
});
