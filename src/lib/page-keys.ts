/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with a `cacheKey` is copied from the previous build instead of rendered when
 * the key and the page's code are unchanged. So a key must change whenever anything the page shows
 * changes.
 *
 * Rather than mirror each template line by line (and go stale when a template changes), a key
 * covers a page's whole neighbourhood: the entry itself, its events, every article it refers to
 * (by content digest, and rendered HTML where the data store keeps it) and the name and type of
 * every entity those refer to.
 * A page may show any part of that; anything else it shows must be added here.
 * `test/incremental.test.ts` checks that an incremental build gives the same bytes as a clean one.
 */
import { hash } from 'node:crypto';
import { getArticleMap, getEntityMap, getEventsByArticle, getEventsByEntity, type Article, type Entity } from './digest.ts';
import type { EventData } from '../schemas/collections.ts';
import type { TimelineYear } from './timeline.ts';
import { getTimeline } from './timeline-data.ts';

/** A content-collection entry as `getCollection()` gives it. */
interface Entry {
  collection: string;
  id: string;
  digest?: string | number;
  data: unknown;
  rendered?: { html?: string };
}

const sha = (text: string) => hash('sha256', text, 'base64url');

const tokens = new WeakMap<object, string>();

/**
 * A short stand-in for an entry in a key: its content digest (which the loader derives from the
 * file) and, for Markdown entries rendered into the data store, a hash of their HTML (remark
 * plugins shape it too; article pages render their bodies themselves, plugins in their own code).
 * Memoised: an article appears in the keys of every entity page it mentions.
 */
export function entryToken(entry: Entry): string {
  let token = tokens.get(entry);
  if (token === undefined) {
    const digest = entry.digest ?? sha(JSON.stringify(entry.data));
    token = `${entry.collection}/${entry.id}@${digest}${entry.rendered?.html === undefined ? '' : `:${sha(entry.rendered.html)}`}`;
    tokens.set(entry, token);
  }
  return token;
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;

/** Hashes any mix of entries and plain data into a key (entries count by their token). */
export function pageKey(...parts: unknown[]): string {
  return sha(JSON.stringify(parts, (_name, value: unknown) => (isEntry(value) ? entryToken(value) : value)));
}

/** What a page shows of the entities it links to: the slug, the name and the type. */
function entityFacts(slugs: Iterable<string>, entities: Map<string, Entity>): [string, string, string][] {
  return [...new Set(slugs)].sort().map((slug) => {
    const e = entities.get(slug);
    return [slug, e?.data.name ?? '', e?.data.type ?? ''];
  });
}

/** Slugs of the entities an article and some events refer to. */
function* referencedEntities(articles: readonly Article[], events: readonly EventData[]): Generator<string> {
  for (const a of articles) for (const r of a.data.entities) yield r.slug;
  for (const e of events) yield* e.entities;
}

const entityKeys = new WeakMap<Entity, Promise<string>>();

/**
 * The key of everything shown about an entity: its page, its article list pages, its feed and its
 * timeline export (computed once per entity for all four routes).
 */
export function entityKey(entity: Entity): Promise<string> {
  let key = entityKeys.get(entity);
  if (key === undefined) entityKeys.set(entity, (key = computeEntityKey(entity)));
  return key;
}

async function computeEntityKey(entity: Entity): Promise<string> {
  const [articleMap, entities, eventsByEntity] = await Promise.all([getArticleMap(), getEntityMap(), getEventsByEntity()]);
  const d = entity.data;
  const events = eventsByEntity.get(entity.id) ?? [];
  const slugs = new Set([...d.articles.map((r) => r.slug), ...d.quotes.map((q) => q.article), ...events.map((e) => e.article)]);
  if (d.description?.article) slugs.add(d.description.article);
  const articles = [...slugs].sort().map((s) => articleMap.get(s)).filter((a): a is Article => a !== undefined);
  const names = entityFacts([...d.related.map((r) => r.slug), ...referencedEntities(articles, events)], entities);
  return pageKey(entity, events, articles, names);
}

/** The key of an article's pages: the article (and the further page), its events and the entities they name. */
export async function articleKey(article: Article, page?: Entry): Promise<string> {
  const [entities, eventsByArticle] = await Promise.all([getEntityMap(), getEventsByArticle()]);
  const events = eventsByArticle.get(article.id) ?? [];
  return pageKey(article, page ?? null, events, entityFacts(referencedEntities([article], events), entities));
}

/**
 * The key of one part of a year of the timeline: its events (with their articles and entities),
 * its place among the parts and years, and the list of years the navigation shows.
 */
export async function timelineYearKey(year: TimelineYear, position: unknown): Promise<string> {
  const [articleMap, entities, timeline] = await Promise.all([getArticleMap(), getEntityMap(), getTimeline()]);
  const events = year.groups.flatMap((g) => g.events);
  const articles = [...new Set(events.map((e) => e.article))].sort().map((s) => articleMap.get(s) ?? s);
  return pageKey(year, position, timeline.years.map((y) => y.year), articles, entityFacts(referencedEntities([], events), entities));
}

/** The key of a redirect page: the URL it points to and the title it shows. */
export function redirectKey(to: string, title: string | undefined): string {
  return pageKey('redirect', to, title ?? null);
}
