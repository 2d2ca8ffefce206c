/**
 * Collection entries → feed items and sitemap entries (absolute URLs through `urls.*`).
 */
import type { Article, Entity } from './digest.ts';
import { compareArticles, homePageCount } from './digest.ts';
import type { FeedItem, SitemapEntry } from './feeds.ts';
import { urls } from './urls.ts';
import { perObject } from './lazy.ts';

/** How many articles an entity feed carries. */
export const ENTITY_FEED_SIZE = 50;

/** A feed item for an article; entity names become categories. Made once per article, map and site (shared: not to be changed). */
export const feedItem = perObject((a: Article, entities: Map<string, Entity>, site: string): FeedItem => {
  const names = a.data.entities.map((r) => entities.get(r.slug)?.data.name).filter((n): n is string => Boolean(n));
  return {
    title: a.data.title, link: urls.absolute(urls.article(a.id), site), description: a.data.summary,
    date: a.data.date, author: a.data.author, categories: [...a.data.tags, ...names.slice(0, 10)],
  };
});

/** The articles of an entity feed, newest first. */
export function entityFeedArticles(entity: Entity, articles: Map<string, Article>): Article[] {
  return entity.data.articles.map((r) => articles.get(r.slug)).filter((a): a is Article => a !== undefined).sort(compareArticles).slice(0, ENTITY_FEED_SIZE);
}

/** Numbers 2..n: the further pages of a paginated listing or article. */
const furtherPages = (n: number) => Array.from({ length: Math.max(0, n - 1) }, (_, i) => i + 2);

/**
 * Sitemap entries: listing pages (with their further pages), timeline years, every page of every
 * article and every entity (never redirect pages).
 */
export function sitemapEntries(articles: Article[], entities: Entity[], site: string, timelineYears: readonly string[] = []): SitemapEntry[] {
  const newest = articles.find((a) => a.data.date)?.data.date;
  const abs = (path: string) => urls.absolute(path, site);
  return [
    { loc: abs(urls.home()), lastmod: newest },
    ...furtherPages(homePageCount(articles.length)).map((n) => ({ loc: abs(urls.home(n)) })),
    { loc: abs(urls.entities()) },
    { loc: abs(urls.timeline()) },
    ...timelineYears.map((year) => ({ loc: abs(urls.timelineYear(year)) })),
    { loc: abs(urls.about()) },
    ...articles.flatMap((a) => [
      { loc: abs(urls.article(a.id)), lastmod: a.data.date },
      ...furtherPages(a.data.pages ?? 1).map((n) => ({ loc: abs(urls.article(a.id, undefined, n)), lastmod: a.data.date })),
    ]),
    ...entities.map((e) => ({ loc: abs(urls.entity(e.id)), lastmod: e.data.lastSeen })),
  ];
}
