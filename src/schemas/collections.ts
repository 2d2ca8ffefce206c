/**
 * The shapes of the generated content collections: the one truth that the pipeline writes and the
 * site reads. `src/content.config.ts` declares the collections with these schemas; the pipeline's
 * write stage validates every entry against them before writing.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from './entity-types.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

/** A reference from one item to another with a count (mentions, co-mentions). */
export const countedRef = z.object({
  /** Slug of the article or entity referred to. */
  slug,
  /** How many times. */
  count: z.number().int().positive(),
});

/** Front matter of a generated article entry (`content/articles/<slug>.md`); the body is Markdown. */
export const articleSchema = z.object({
  /** Headline. */
  title: z.string(),
  /** How the headline was found: curated, front matter, the text's own headline, or derived from the lede. */
  titleFrom: z.enum(['curation', 'front-matter', 'text', 'lede']),
  /** Publication day; absent when the article is undated. */
  date: day.optional(),
  /** Publisher's name. */
  source: z.string().optional(),
  /** Link to the original. */
  url: z.string().optional(),
  /** Byline. */
  author: z.string().optional(),
  /** Topic tags. */
  tags: z.array(z.string()),
  /** Summary for listings (the lede when none is given). */
  summary: z.string(),
  /** The seed file this entry was generated from, relative to `seeds/`. */
  seed: z.string(),
  /** Content hash of the seed bytes and its curation, for caches and change detection. */
  hash: z.string(),
  /** Entities mentioned, most mentioned first. */
  entities: z.array(countedRef),
  /** Number of words in the body. */
  words: z.number().int().nonnegative(),
  /**
   * Number of pages a long article is split into (absent for one page). Page 1 is this entry's
   * body; pages 2.. are entries of the `articlePages` collection.
   */
  pages: z.number().int().min(2).optional(),
});

/** A further page of a long article (`content/article-pages/<slug>/<n>.md`); the body is Markdown. */
export const articlePageSchema = z.object({
  /** Slug of the article. */
  article: slug,
  /** Page number, 2 or more. */
  page: z.number().int().min(2),
  /** Number of the first paragraph on this page (paragraph ids continue across pages). */
  firstParagraph: z.number().int().min(1),
});

/** A sentence or paragraph of an article that an entity page cites (description or quote). */
export const citation = z.object({
  /** The cited text. */
  text: z.string(),
  /** Article slug. */
  article: slug,
  /** Paragraph anchor id in that article (`p3`). */
  paragraph: z.string(),
  /** Page of a long article that holds the paragraph (absent for page 1). */
  page: z.number().int().min(2).optional(),
});

/**
 * How many co-mentioned entities an entity keeps: what its page lists. All of them took 16 of the
 * 49 MB of Astro's data store at 10,000 articles (hundreds for a name in the news every week),
 * and the store is serialised, bundled and loaded on every build.
 */
export const RELATED_ENTITIES = 30;

/** A generated entity entry (`content/entities/<slug>.json`). */
export const entitySchema = z.object({
  /** Canonical name. */
  name: z.string(),
  /** Person, organization or place. */
  type: z.enum(ENTITY_TYPES),
  /** Other names it appears under, most frequent first. */
  aliases: z.array(z.string()),
  /** A description from the text (apposition, title) or from curation. */
  description: citation.partial({ article: true, paragraph: true }).optional(),
  /** Reference links from curation (Wikipedia, Wikidata, ...). */
  links: z.array(z.string()),
  /** Total mentions across the digest. */
  mentions: z.number().int().nonnegative(),
  /** First and last publication day of an article that mentions it. */
  firstSeen: day.optional(),
  lastSeen: day.optional(),
  /** Articles that mention it, newest first. */
  articles: z.array(countedRef),
  /**
   * The entities most often mentioned in the same articles (at most `RELATED_ENTITIES`, what the
   * entity's page lists), with the number of shared articles, most shared first.
   */
  related: z.array(countedRef),
  /** Direct quotes attributed to this person. */
  quotes: z.array(citation),
});

/** One dated event: a sentence that places something in time. */
export const eventSchema = z.object({
  /** Stable id: article slug, paragraph id and offset of the time expression. */
  id: z.string(),
  /** TimeML value (`2025-06`, `2025-W45`, `2000`, `XXXX-06` when unresolved). */
  value: z.string(),
  /** Granularity of the value. */
  granularity: z.enum(['century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'time', 'unknown']),
  /** Range modifier: "since 2000" is a range starting in 2000, not a point. */
  mod: z.enum(['since', 'until', 'before', 'after', 'during', 'approx', 'start', 'mid', 'end']).optional(),
  /** First day the value covers, for sorting and placing; absent when unresolved. */
  start: day.optional(),
  /** The time expression as written. */
  when: z.string(),
  /** The clause that carries the event. */
  text: z.string(),
  /** Entities involved (mentioned in that clause or sentence). */
  entities: z.array(slug),
  /** Article slug. */
  article: slug,
  /** Paragraph anchor id. */
  paragraph: z.string(),
  /** Page of a long article that holds the paragraph (absent for page 1). */
  page: z.number().int().min(2).optional(),
});

/** A generated events entry (`content/events/<article-slug>.json`): the events of one article. */
export const eventsSchema = z.object({
  /** Article slug. */
  article: slug,
  /** Its events in text order. */
  events: z.array(eventSchema),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type ArticlePageData = z.infer<typeof articlePageSchema>;
export type EntityData = z.infer<typeof entitySchema>;
export type EventData = z.infer<typeof eventSchema>;
export type EventsData = z.infer<typeof eventsSchema>;
export type Citation = z.infer<typeof citation>;

/** The redirects file's name inside the content folder. */
export const REDIRECTS_FILE = 'redirects.json';

/** The redirects file (`content/redirects.json`): old slugs of renamed, merged or retitled pages. */
export const redirectsFileSchema = z.object({
  redirects: z.array(z.object({
    /** The old slug, still served as a redirect page. */
    from: z.string(),
    /** The slug it now points to. */
    to: z.string(),
    /** Which kind of page moved. */
    kind: z.enum(['article', 'entity']),
  })),
});
