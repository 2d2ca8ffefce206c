/**
 * Collection entries → feed items and sitemap entries (absolute URLs through `urls.*`).
 */
import type { Article, Entity } from './digest.ts';
import { compareArticles } from './digest.ts';
import type { FeedItem, SitemapEntry } from './feeds.ts';
import { urls } from './urls.ts';

/** How many articles an entity feed carries. */
export const ENTITY_FEED_SIZE = 50;

/** A feed item for an article; entity names become categories. */
export function feedItem(a: Article, entities: Map<string, Entity>, site: string): FeedItem {
  const names = a.data.entities.map((r) => entities.get(r.slug)?.data.name).filter((n): n is string => Boolean(n));
  return {
    title: a.data.title, link: urls.absolute(urls.article(a.id), site), description: a.data.summary,
    date: a.data.date, author: a.data.author, categories: [...a.data.tags, ...names.slice(0, 10)],
  };
}

/** The articles of an entity feed, newest first. */
export function entityFeedArticles(entity: Entity, articles: Map<string, Article>): Article[] {
  return entity.data.articles.map((r) => articles.get(r.slug)).filter((a): a is Article => a !== undefined).sort(compareArticles).slice(0, ENTITY_FEED_SIZE);
}

/** Sitemap entries: listing pages, every article and every entity (never redirect pages). */
export function sitemapEntries(articles: Article[], entities: Entity[], site: string): SitemapEntry[] {
  const newest = articles.find((a) => a.data.date)?.data.date;
  const abs = (path: string) => urls.absolute(path, site);
  return [
    { loc: abs(urls.home()), lastmod: newest },
    { loc: abs(urls.entities()) },
    { loc: abs(urls.timeline()) },
    { loc: abs(urls.about()) },
    ...articles.map((a) => ({ loc: abs(urls.article(a.id)), lastmod: a.data.date })),
    ...entities.map((e) => ({ loc: abs(urls.entity(e.id)), lastmod: e.data.lastSeen })),
  ];
}
