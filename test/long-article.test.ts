/**
 * Long articles are split into pages instead of cut: the longest BBC News article (25,000
 * characters) builds as several pages, each under the 60 kB budget, with paragraph ids that
 * continue across pages and deep links that find them.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from './helpers/links.ts';
import { buildSite, makeSeeds, ROOT, type BuiltSite } from './helpers/site.ts';

const CORPUS = join(ROOT, '../shared/corpora/bbc-news');
const LONGEST = join(CORPUS, 'politics/290.txt');
const available = existsSync(LONGEST);
if (!available) console.warn(`long-article test skipped: ${LONGEST} is absent (../shared/corpora is only on CI and developer machines)`);

describe.skipIf(!available)('a long article', () => {
  let site: BuiltSite;
  let slug: string;

  beforeAll(() => {
    site = buildSite(makeSeeds((seeds) => copyFileSync(LONGEST, join(seeds, '2005-03-01-politics-290.txt'))));
    slug = readdirSync(join(site.content, 'articles'))[0]!.replace(/\.md$/u, '');
  });
  afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

  it('is split into pages, none over 60 kB, and nothing is cut', () => {
    expect(site.warnings.filter((w) => w.includes('cut'))).toEqual([]);
    const dirs = readdirSync(join(site.dist, 'articles', slug), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(dirs.length).toBeGreaterThanOrEqual(2);
    const pages = [join(site.dist, 'articles', slug, 'index.html'), ...dirs.map((d) => join(site.dist, 'articles', slug, d, 'index.html'))];
    for (const page of pages) expect(statSync(page).size, page).toBeLessThanOrEqual(60_000);
    const text = readFileSync(LONGEST, 'latin1');
    const lastWords = text.trim().split(/\s+/u).slice(-4).join(' ').replace(/[.’']/gu, '');
    const lastPage = readFileSync(pages.at(-1)!, 'utf8').replace(/<[^>]+>/gu, '').replace(/[.’']/gu, '');
    expect(lastPage).toContain(lastWords);
  });

  it('continues paragraph ids across pages and links to them', () => {
    const first = readFileSync(join(site.dist, 'articles', slug, 'index.html'), 'utf8');
    const second = readFileSync(join(site.dist, 'articles', slug, '2', 'index.html'), 'utf8');
    const ids = (html: string) => [...html.matchAll(/<p id="p(\d+)"/gu)].map((m) => Number(m[1]));
    expect(ids(first)[0]).toBe(1);
    expect(ids(second)[0]).toBe(ids(first).at(-1)! + 1);
    expect(first).toContain(`href="/articles/${slug}/2/"`);
    expect(brokenLinks(site.dist)).toEqual([]);
  });
});
