/**
 * `seeds/curation.yaml`: the one hand-edited file where a curator corrects the machine. The build
 * reads it and never writes it. Every key is optional; see the README for examples.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from './entity-types.ts';
import { isoDay } from './front-matter.ts';

const entityType = z.enum(ENTITY_TYPES);

/** Corrections for one article, keyed by its seed file name (path relative to `seeds/`). */
export const articleCurationSchema = z.strictObject({
  /** Publication day, `YYYY-MM-DD`: overrides front matter and file name. */
  date: isoDay.optional(),
  /** Headline to show instead of the derived or given one. */
  title: z.string().min(1).optional(),
  /** Summary to show in listings instead of the lede. */
  summary: z.string().optional(),
  /** Publisher's name. */
  source: z.string().optional(),
  /** Link to the original article. */
  url: z.string().optional(),
  /** Byline. */
  author: z.string().optional(),
  /** Topic tags. */
  tags: z.array(z.string()).optional(),
  /** Leave the article out of the digest. */
  hide: z.boolean().optional(),
  /** Pin the article's URL slug. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'a slug is lowercase letters, digits and single hyphens').optional(),
});

/** A split: mentions of the entity in these articles become a separate entity with this name. */
const splitSchema = z.strictObject({
  /** Name of the new entity. */
  name: z.string().min(1),
  /** Seed file names whose mentions move to the new entity. */
  articles: z.array(z.string()).min(1),
  /** Its type, when it differs. */
  type: entityType.optional(),
});

/** Corrections for one entity, keyed by a name, alias or slug the build gave it. */
export const entityCurationSchema = z.strictObject({
  /** New canonical name (the old one stays as an alias; the URL stays unless `slug` is set). */
  rename: z.string().min(1).optional(),
  /** Correct the entity's type. */
  type: entityType.optional(),
  /** Short description shown on the entity page (replaces one found in the text). */
  description: z.string().optional(),
  /** Reference links, e.g. a Wikipedia or Wikidata URL. */
  links: z.array(z.url({ protocol: /^https?$/u })).optional(),
  /** Other names (or entities) that are this entity: they merge into it. */
  merge: z.array(z.string().min(1)).optional(),
  /** Mentions in some articles are another entity. */
  split: z.array(splitSchema).optional(),
  /** Hide the entity: no page, mentions not linked. */
  hide: z.boolean().optional(),
  /** Pin the entity's URL slug. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'a slug is lowercase letters, digits and single hyphens').optional(),
});

/** The whole curation file. */
export const curationSchema = z.strictObject({
  /** Per-article corrections, keyed by seed file name. */
  articles: z.record(z.string(), articleCurationSchema).optional(),
  /** Per-entity corrections, keyed by entity name, alias or slug. */
  entities: z.record(z.string(), entityCurationSchema).optional(),
});

export type Curation = z.infer<typeof curationSchema>;
export type ArticleCuration = z.infer<typeof articleCurationSchema>;
export type EntityCuration = z.infer<typeof entityCurationSchema>;
