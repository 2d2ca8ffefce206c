/**
 * What pages share: preview-card text, image URLs and JSON-LD for articles and entities, built
 * from collection entries. Keeps this logic out of `.astro` frontmatter; URLs come from `urls.*`.
 */
import { SITE } from '../config.ts';
import type { Card } from './og/card.ts';
import { articleJsonLd, entityJsonLd, type EntityInfo } from './structured-data.ts';
import { urls } from './urls.ts';
import { formatDay } from './time-values.ts';
import { isProminent } from './prominent.ts';
import type { ArticleData, EntityData } from '../schemas/collections.ts';
import { ENTITY_TYPE_INFO, ENTITY_TYPES } from '../schemas/entity-types.ts';

/** The preview card of the whole site (home and listing pages). */
export function siteCard(): Card {
  return { label: 'News digest', title: SITE.title, subtitle: SITE.description, footer: SITE.title };
}

/**
 * Whether an entity has a preview card of its own (see `prominent.ts`); the others share their
 * type's card, and their page still previews with its own title and description.
 */
export const hasOwnCard = isProminent;

/** The card entities of one type share when they have none of their own. */
export function typeCard(type: EntityData['type']): Card {
  return { label: ENTITY_TYPE_INFO[type].plural, title: SITE.title, subtitle: SITE.description, footer: SITE.title };
}

/** An entity's preview image: its site path (for `urls.absolute`) and alt text. */
export function entityImage(slug: string, d: EntityData): { path: string; alt: string } {
  return hasOwnCard(d)
    ? { path: urls.ogImage('entity', slug), alt: `${ENTITY_TYPE_INFO[d.type].label}: ${d.name}` }
    : { path: urls.ogImage('type', d.type), alt: `${ENTITY_TYPE_INFO[d.type].plural} in ${SITE.title}` };
}

/** The preview card of an entity. */
export function entityCard(d: EntityData): Card {
  const seen = `Mentioned ${d.mentions} ${d.mentions === 1 ? 'time' : 'times'} in ${d.articles.length} ${d.articles.length === 1 ? 'article' : 'articles'}`;
  return { label: ENTITY_TYPE_INFO[d.type].label, title: d.name, subtitle: d.description?.text ?? seen, footer: SITE.title };
}

/** One preview image of the digest: its kind and slug (as `urls.ogImage` names it) and card. */
export type DigestCard = readonly [kind: 'site' | 'article' | 'type' | 'entity', slug: string, card: Card];

/**
 * Every preview image of a digest with these articles and entities: the site's, each article's,
 * each entity type's and each entity's that has its own (the og route lists these, and a cold
 * build reads the same from the content folder, `og/content-cards.ts`). `shared: false` leaves
 * out the site's and the types' (a worker with a share of the articles and entities).
 */
export function digestCards(articles: Iterable<{ id: string; data: ArticleData }>, entities: Iterable<{ id: string; data: EntityData }>, shared = true): DigestCard[] {
  return [
    ...(shared ? [['site', 'default', siteCard()] as const] : []),
    ...[...articles].map((a) => ['article', a.id, articleCard(a.data)] as const),
    ...(shared ? ENTITY_TYPES.map((type) => ['type', type, typeCard(type)] as const) : []),
    ...[...entities].filter((e) => hasOwnCard(e.data)).map((e) => ['entity', e.id, entityCard(e.data)] as const),
  ];
}

/** The preview card of an article. */
export function articleCard(d: ArticleData): Card {
  const line = [d.date ? formatDay(d.date) : undefined, d.source].filter(Boolean).join(' · ');
  return { label: line || 'Article', title: d.title, subtitle: d.summary, footer: SITE.title };
}

/** An entity as structured data needs it, with absolute URLs. */
export function entityInfo(slug: string, d: EntityData, site: string): EntityInfo {
  return {
    type: d.type, name: d.name, url: urls.absolute(urls.entity(slug), site), aliases: d.aliases,
    description: d.description?.text, links: d.links, image: urls.absolute(entityImage(slug, d).path, site),
  };
}

/** JSON-LD of an entity page. */
export function entityStructuredData(slug: string, d: EntityData, site: string): Record<string, unknown> {
  return entityJsonLd(entityInfo(slug, d, site));
}

/** JSON-LD (`NewsArticle`) of an article page; `entities` resolves mention slugs. */
export function articleStructuredData(slug: string, d: ArticleData, entities: Map<string, { id: string; data: EntityData }>, site: string): Record<string, unknown> {
  return articleJsonLd({
    headline: d.title, description: d.summary, url: urls.absolute(urls.article(slug), site),
    image: urls.absolute(urls.ogImage('article', slug), site), datePublished: d.date, author: d.author,
    source: d.source, sourceUrl: d.url,
    entities: d.entities.flatMap((r) => { const e = entities.get(r.slug); return e ? [entityInfo(e.id, e.data, site)] : []; }),
    site: { name: SITE.title, url: urls.absolute(urls.home(), site) },
  });
}
