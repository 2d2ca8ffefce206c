/**
 * What the search index learns about each page beyond its text: the filters (type, entity, year),
 * the sort key (date) and the metadata (title, type, names) Pagefind stores for result display.
 * Article pages render these through `SearchMeta.astro` and are indexed from their HTML into the
 * main bundle; entities named at least twice are indexed as records built from their data
 * (`searchRecord`, `entitySearchText`), in a bundle of their own (`search-parts.ts`), which
 * costs a fraction of parsing thousands of entity pages; listing pages stay out of the index.
 */
import type { ArticleData, EntityData } from '../schemas/collections.ts';
import { ENTITY_TYPE_INFO, ENTITY_TYPES, type EntityType } from '../schemas/entity-types.ts';
import { isProminent } from './prominent.ts';

/** The page kinds the search page can filter on, with their labels. */
export const SEARCH_TYPES = {
  article: 'Article',
  ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, ENTITY_TYPE_INFO[t].label])),
} as { article: string } & Record<EntityType, string>;

/**
 * Sort value for pages without a date. Pagefind leaves pages without a sort key out of sorted
 * results entirely, so undated pages get the lowest possible day and sort last ("newest first").
 */
export const UNDATED = '0000-00-00';

/** Separator of names in the `names` metadata (a character no name contains). */
export const NAME_SEPARATOR = '|';

/** Search facts of one page. */
export interface SearchMeta {
  /** Result title. */
  title: string;
  /** Page kind label (`Article`, `Person`, ...): metadata and the `type` filter. */
  type: string;
  /** Entity names this page is about or mentions: the `entity` filter. */
  entities: string[];
  /** Years the page belongs to: the `year` filter. */
  years: string[];
  /** `YYYY-MM-DD` sort key (`UNDATED` when the page has no date). */
  date: string;
  /** For entity pages: its name and aliases joined by `NAME_SEPARATOR`, to put it first when a query names it. */
  names?: string;
}

/**
 * Caps an article's entity filter: its five most-mentioned names, what it is about, are the useful
 * facets, and every (article, name) pair is a few bytes of the filter index a reader downloads
 * for the counts (at 10,000 articles the entity filter was 397 kB with 25 names an article and
 * every entity's own name, 249 kB with 10 names and none).
 */
export const MAX_ARTICLE_ENTITIES = 5;

/** Whether an entity is indexed as a search record of its own (see `prominent.ts`). */
export const isSearchable = isProminent;

/** Search facts of an article; `nameOf` gives an entity's display name from its slug. */
export function articleSearchMeta(data: ArticleData, nameOf: (slug: string) => string | undefined): SearchMeta {
  const entities = [...data.entities]
    .sort((a, b) => b.count - a.count)
    .map((ref) => nameOf(ref.slug))
    .filter((name): name is string => Boolean(name))
    .slice(0, MAX_ARTICLE_ENTITIES);
  return {
    title: data.title,
    type: SEARCH_TYPES.article,
    entities: [...new Set(entities)],
    years: data.date ? [data.date.slice(0, 4)] : [],
    date: data.date ?? UNDATED,
  };
}

/** Search facts of an entity page: sorted by the last day it was in the news. */
export function entitySearchMeta(data: EntityData): SearchMeta {
  const years = [data.firstSeen, data.lastSeen].filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 4));
  return {
    title: data.name,
    type: SEARCH_TYPES[data.type],
    // No entity facet of its own: 12,000 one-page values would double the filter index.
    entities: [],
    years: [...new Set(years)],
    date: data.lastSeen ?? data.firstSeen ?? UNDATED,
    names: [data.name, ...data.aliases].map((n) => n.replaceAll(NAME_SEPARATOR, ' ')).join(NAME_SEPARATOR),
  };
}

/** A record Pagefind indexes without reading an HTML page (Pagefind's `CustomRecord`). */
export interface SearchRecord {
  /** Root-relative URL; the search page's `baseUrl` adds the base path, as for indexed pages. */
  url: string;
  /** The searchable text; excerpts come from it. */
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The search record of a page from its URL, text and search facts. */
export function searchRecord(url: string, content: string, meta: SearchMeta, language: string): SearchRecord {
  return {
    url, content, language,
    meta: { title: meta.title, type: meta.type, date: meta.date, ...(meta.names ? { names: meta.names } : {}) },
    filters: { type: [meta.type], entity: meta.entities, year: meta.years },
    sort: { date: meta.date },
  };
}

/**
 * The searchable text of an entity: what its page shows about it (type, name, description,
 * other spellings and the quotes listed there), not the lists of articles and events, which
 * are searched on the article pages themselves.
 */
export function entitySearchText(data: EntityData, quotes: number): string {
  return [
    SEARCH_TYPES[data.type], data.name, data.description?.text,
    data.aliases.length > 0 ? `Also written: ${data.aliases.join(', ')}` : undefined,
    ...data.quotes.slice(0, quotes).map((q) => `“${q.text}”`),
  ].filter(Boolean).join('\n');
}
