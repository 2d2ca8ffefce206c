/**
 * schema.org JSON-LD for share cards and search engines: `NewsArticle` for articles and
 * `Person`/`Organization`/`Place` for entities. Pure functions over plain data; pages pass
 * absolute URLs built through `urls.*`.
 */
import { ENTITY_TYPE_INFO, type EntityType } from '../schemas/entity-types.ts';

/** An entity as JSON-LD needs it. */
export interface EntityInfo {
  /** Person, organization or place. */
  type: EntityType;
  /** Display name. */
  name: string;
  /** Absolute URL of its page. */
  url: string;
  /** Other names (schema.org `alternateName`). */
  aliases?: string[];
  /** Short description. */
  description?: string;
  /** Curated reference links (schema.org `sameAs`). */
  links?: string[];
  /** Absolute URL of its preview image. */
  image?: string;
}

/** An article as JSON-LD needs it. */
export interface ArticleInfo {
  /** Headline. */
  headline: string;
  /** Summary. */
  description: string;
  /** Absolute URL of its page. */
  url: string;
  /** Absolute URL of its preview image. */
  image?: string;
  /** Publication day `YYYY-MM-DD`. */
  datePublished?: string;
  /** Byline. */
  author?: string;
  /** Publisher's name (the original source). */
  source?: string;
  /** Link to the original article. */
  sourceUrl?: string;
  /** Entities mentioned, most mentioned first. */
  entities: EntityInfo[];
  /** Name and URL of the digest, used when the article has no author or source. */
  site: { name: string; url: string };
}

/** How many of the most mentioned entities count as what the article is `about`; the rest are `mentions`. */
export const ABOUT_COUNT = 3;

/** Drops keys whose value is undefined or an empty array, so the JSON-LD stays tidy. */
function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/** A short reference to an entity (inside an article's `about`/`mentions`). */
export function entityRef(e: EntityInfo): Record<string, unknown> {
  return { '@type': ENTITY_TYPE_INFO[e.type].schemaType, name: e.name, url: e.url };
}

/** The full JSON-LD of an entity page. */
export function entityJsonLd(e: EntityInfo): Record<string, unknown> {
  const aliases = (e.aliases ?? []).filter((a) => a !== e.name);
  return compact({
    '@context': 'https://schema.org',
    '@type': ENTITY_TYPE_INFO[e.type].schemaType,
    '@id': `${e.url}#entity`,
    name: e.name,
    alternateName: aliases,
    description: e.description,
    url: e.url,
    sameAs: (e.links ?? []).filter((l) => /^https?:\/\//iu.test(l)),
    image: e.image,
  });
}

/** The JSON-LD `NewsArticle` of an article page. */
export function articleJsonLd(a: ArticleInfo): Record<string, unknown> {
  const author = a.author
    ? { '@type': 'Person', name: a.author }
    : a.source
      ? compact({ '@type': 'Organization', name: a.source, url: a.sourceUrl })
      : { '@type': 'Organization', name: a.site.name, url: a.site.url };
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    image: a.image ? [a.image] : undefined,
    datePublished: a.datePublished,
    author,
    publisher: { '@type': 'Organization', name: a.site.name, url: a.site.url },
    isBasedOn: a.sourceUrl,
    about: a.entities.slice(0, ABOUT_COUNT).map(entityRef),
    mentions: a.entities.slice(ABOUT_COUNT).map(entityRef),
  });
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` block. `<`, `>` and `&` become
 * `\u003c`-style escapes so article text can never close the script element or open a comment;
 * U+2028/U+2029 are escaped for old JavaScript parsers. The result is still plain JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}
