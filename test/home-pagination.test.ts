/**
 * The home page is paginated by 50: `/` then `/page/2/`, linked both ways, every article listed
 * exactly once, no broken links. 55 tiny generated articles keep the build small.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeSeeds, type BuiltSite } from './helpers/site.ts';
import { brokenLinks } from './helpers/links.ts';

const COUNT = 55;

describe('home page pagination', () => {
  let site: BuiltSite;
  const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
  const cards = (page: string) => [...page.matchAll(/<li class="card">[\s\S]*?<a href="([^"]+)"/gu)].map((m) => m[1]);

  beforeAll(() => {
    site = buildSite(
      makeSeeds((seeds) => {
        for (let i = 1; i <= COUNT; i++) {
          const day = `2025-10-${String((i % 28) + 1).padStart(2, '0')}`;
          writeFileSync(join(seeds, `${day}-note-${i}.txt`), `Council note number ${i}\n\nThe city council in Paris met to discuss item ${i} of its agenda.\n`);
        }
      }),
    );
  });
  afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

  it('splits the articles into pages of 50 with prev/next links', () => {
    const first = html('');
    const second = html('page/2');
    expect(cards(first)).toHaveLength(50);
    expect(cards(second)).toHaveLength(COUNT - 50);
    expect(new Set([...cards(first), ...cards(second)]).size).toBe(COUNT);
    expect(first).toMatch(/<a rel="next" href="\/page\/2\/">/u);
    expect(first).not.toMatch(/rel="prev"/u);
    expect(second).toMatch(/<a rel="prev" href="\/">/u);
    expect(second).not.toMatch(/rel="next"/u);
    expect(second).toContain('Page 2 of 2');
  });

  it('has no page 1 duplicate and no broken links', () => {
    expect(() => html('page/1')).toThrow();
    expect(brokenLinks(site.dist)).toEqual([]);
  });
});
