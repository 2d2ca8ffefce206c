/**
 * Long lists are paginated, not one giant page: the entities index, the per-type lists, an
 * entity in many articles, and the undated events of the timeline. Built from every 18th BBC
 * article (undated, like the corpus), about 125 articles.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from './helpers/links.ts';
import { buildSite, makeSeeds, ROOT, type BuiltSite } from './helpers/site.ts';
import { ENTITY_PAGE_ARTICLES, INDEX_ENTITIES_PER_TYPE, LIST_PAGE_SIZE, UNRESOLVED_ON_INDEX } from '../src/lib/listing.ts';

const CORPUS = join(ROOT, '../shared/corpora/bbc-news');
const available = existsSync(CORPUS);
if (!available) console.warn(`large-lists test skipped: ${CORPUS} is absent (../shared/corpora is only on CI and developer machines)`);

const cards = (html: string) => (html.match(/<li class="card">/gu) ?? []).length;

describe.skipIf(!available)('a digest with long lists', () => {
  let site: BuiltSite;
  const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');

  beforeAll(() => {
    site = buildSite(makeSeeds((seeds) => {
      for (const topic of readdirSync(CORPUS).filter((t) => statSync(join(CORPUS, t)).isDirectory())) {
        readdirSync(join(CORPUS, topic)).filter((f) => f.endsWith('.txt')).sort().forEach((f, i) => {
          if (i % 18 === 0) copyFileSync(join(CORPUS, topic, f), join(seeds, `${topic}-${f}`));
        });
      }
    }));
  });
  afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

  it('shows the most mentioned entities of each type on the index and lists the rest by type', () => {
    const index = page('entities');
    const people = readdirSync(join(site.content, 'entities')).filter((f) => (JSON.parse(readFileSync(join(site.content, 'entities', f), 'utf8')) as { type: string }).type === 'person');
    expect(people.length).toBeGreaterThan(INDEX_ENTITIES_PER_TYPE);
    expect(index).toContain('href="/people/"');
    const names = (html: string) => (html.match(/<ul class="entity-grid">[\s\S]*?<\/ul>/gu) ?? []).flatMap((ul) => ul.match(/<li>/gu) ?? []).length;
    expect(names(index)).toBeLessThanOrEqual(3 * INDEX_ENTITIES_PER_TYPE);
    expect(names(page('people'))).toBeGreaterThan(INDEX_ENTITIES_PER_TYPE);
  });

  it('gives an entity in many articles a short page and paginated article lists', () => {
    const count = (JSON.parse(readFileSync(join(site.content, 'entities/united-kingdom.json'), 'utf8')) as { articles: unknown[] }).articles.length;
    expect(count).toBeGreaterThan(ENTITY_PAGE_ARTICLES);
    const uk = page('entities/united-kingdom');
    expect(cards(uk)).toBe(ENTITY_PAGE_ARTICLES);
    expect(uk).toContain('href="/entities/united-kingdom/articles/"');
    const all = page('entities/united-kingdom/articles');
    expect(cards(all)).toBe(Math.min(count, LIST_PAGE_SIZE));
    if (count > LIST_PAGE_SIZE) expect(cards(page('entities/united-kingdom/articles/2'))).toBe(Math.min(count - LIST_PAGE_SIZE, LIST_PAGE_SIZE));
    else expect(all).not.toContain('rel="next"');
  });

  it('keeps the undated events of the timeline on pages of their own', () => {
    const timeline = page('timeline');
    expect(timeline).toContain('href="/timeline/unresolved/"');
    const unresolvedSection = timeline.slice(timeline.indexOf('id="unresolved-dates"'));
    expect((unresolvedSection.match(/<li id=/gu) ?? []).length).toBe(UNRESOLVED_ON_INDEX);
    expect(page('timeline/unresolved')).toContain('Unresolved dates');
  });

  it('has no broken internal links', () => {
    expect(brokenLinks(site.dist)).toEqual([]);
  });
});
