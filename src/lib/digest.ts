/**
 * Data access for pages: every listing goes through here, so ordering and grouping rules are
 * defined once. Pure helpers (sorting, grouping) are exported separately for tests.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { EventData } from '../schemas/collections.ts';
import { describeValue } from './time-values.ts';
import { compareEvents } from './timeline.ts';
import { byString, pushTo } from './order.ts';
import type { ExpectedPage } from './page-stream.ts';
import { UNDATED } from './search-meta.ts';
import { urls } from './urls.ts';
// Computed once per build: thousands of pages share one sorted list or map.
import { once } from './lazy.ts';

export type Article = CollectionEntry<'articles'>;
export type Entity = CollectionEntry<'entities'>;


/** Newest first; undated last; then by title for a stable order. */
export function compareArticles(a: { id: string; data: { date?: string; title: string } }, b: { id: string; data: { date?: string; title: string } }): number {
  return byString(b.data.date ?? '', a.data.date ?? '') || byString(a.data.title, b.data.title) || byString(a.id, b.id);
}

/** Groups items by a key, keeping the order of first appearance. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) pushTo(groups, key(item), item);
  return [...groups];
}

/** Articles per home page: `/` shows the newest 50, `/page/2/` the next 50, and so on. */
export const HOME_PAGE_SIZE = 50;

/** One page of the home listing. */
export interface HomePage<T> {
  /** 1-based number of this page. */
  current: number;
  /** Number of pages (at least 1, so an empty digest still has its home page). */
  last: number;
  /** This page's articles grouped by publication day, newest first; undated ones under `''`. */
  groups: [string, T[]][];
  /** The newer page's number (`undefined` on the first page). */
  prev?: number;
  /** The older page's number (`undefined` on the last page). */
  next?: number;
}

/**
 * Lays out one home page from its articles (already newest first, as `paginate()` or a slice
 * gives them): grouped by day, with the neighbouring page numbers for prev/next links.
 */
export function homePage<T extends { data: { date?: string } }>(items: readonly T[], current: number, last: number): HomePage<T> {
  return {
    current,
    last: Math.max(1, last),
    groups: groupBy(items, (a) => a.data.date ?? ''),
    prev: current > 1 ? current - 1 : undefined,
    next: current < last ? current + 1 : undefined,
  };
}

/** The number of home pages for `count` articles. */
export function homePageCount(count: number, size = HOME_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/** All articles, newest first. */
export const getArticles = once(async (): Promise<Article[]> => (await getCollection('articles')).sort(compareArticles));

/** All articles by slug. */
export const getArticleMap = once(async () => new Map((await getArticles()).map((a) => [a.id, a])));

/** All entities, by slug. */
export const getEntityMap = once(async () => new Map((await getEntities()).map((e) => [e.id, e])));

/** All entities, most mentioned first. */
export const getEntities = once(async (): Promise<Entity[]> => (await getCollection('entities')).sort((a, b) => b.data.mentions - a.data.mentions || byString(a.data.name, b.data.name)));

/** Every event of the digest in date order. */
export const getEvents = once(async (): Promise<EventData[]> => (await getCollection('events')).flatMap((e) => e.data.events).sort(compareEvents));

/** Events involving each entity, by entity slug, in date order. */
export const getEventsByEntity = once(async () => {
  const map = new Map<string, EventData[]>();
  for (const e of await getEvents()) for (const slug of e.entities) pushTo(map, slug, e);
  return map;
});

/** Events of each article, by article slug, in date order. */
export const getEventsByArticle = once(async () => {
  const map = new Map<string, EventData[]>();
  for (const e of await getEvents()) pushTo(map, e.article, e);
  return map;
});

/** The further pages (2..) of long articles, by article slug, in page order. */
export const getArticlePages = once(async () => {
  const map = new Map<string, CollectionEntry<'articlePages'>[]>();
  // Most digests have no article long enough for a second page: not asking for the empty
  // collection spares a warning on every build.
  if (!(await getArticles()).some((a) => (a.data.pages ?? 1) > 1)) return map;
  for (const p of await getCollection('articlePages')) pushTo(map, p.data.article, p);
  for (const pages of map.values()) pages.sort((a, b) => a.data.page - b.data.page);
  return map;
});

/**
 * The further pages of long articles with their article, in the articles' order (newest first)
 * and page order: the pages `articles/[slug]/[page]` renders, in the order it renders them.
 */
export const getFurtherPages = once(async (): Promise<{ article: Article; entry: CollectionEntry<'articlePages'> }[]> => {
  const further = await getArticlePages();
  return (await getArticles()).flatMap((article) => (further.get(article.id) ?? []).map((entry) => ({ article, entry })));
});

/** The events of one page of an article (events carry the page of their paragraph). */
export function eventsOnPage(events: readonly EventData[], page: number): EventData[] {
  return events.filter((e) => (e.page ?? 1) === page);
}

/** The label of an event's date ("week of 3 November 2025", "since 2000"). */
export function eventLabel(e: EventData): string {
  return describeValue(e.value, e.mod).label;
}

/**
 * Every article page the search indexes, as the build will render it: each article's first page
 * and the further pages of long ones, with the sort date their search metadata carries.
 */
export const articleSearchPages = once(async (): Promise<ExpectedPage[]> => [
  ...(await getArticles()).map((a) => ({ path: urls.pageFile(urls.article(a.id)), date: a.data.date ?? UNDATED })),
  ...(await getFurtherPages()).map(({ article: a, entry }) => ({ path: urls.pageFile(urls.article(a.id, undefined, entry.data.page)), date: a.data.date ?? UNDATED })),
]);
