/**
 * The share cards of a digest, read straight from its content folder: what the og route will list
 * (`digestCards`, `src/pages/og/[...slug].png.ts`), known before Astro has loaded the collections. A cold build
 * renders them from here while Astro syncs its content and bundles the site (~20 s in which one
 * core was idle at 10,000 articles), instead of only once the pages are being rendered
 * (`startEarlyCards` in `card-files.ts`). A card read differently here than the route lists it costs a wasted render,
 * never a wrong image: the route renders what the cache lacks by content hash.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema, entitySchema } from '../../schemas/collections.ts';
import { digestCards } from '../share.ts';
import type { Card } from './card.ts';
import { listFiles } from '../files.ts';

/** The entry files of `dir` ending in `extension`, sorted (none when it is absent). */
const entryFiles = (dir: string, extension: string) => listFiles(dir).filter((f) => f.endsWith(extension));

/**
 * The cards of lane `lane` of `lanes` (every `lanes`-th entry file, so that workers share the
 * reading too): the site's and the entity types' (lane 0), each article's and each entity's that
 * has one. Entries that do not parse are left to the route.
 */
export function contentCards(contentDir: string, lane = 0, lanes = 1): Card[] {
  const mine = <T>(items: readonly T[]) => items.filter((_, i) => i % lanes === lane);
  const articles = mine(entryFiles(join(contentDir, 'articles'), '.md')).flatMap((file) => {
    const parsed = articleSchema.safeParse(parseFrontmatter(readFileSync(join(contentDir, 'articles', file), 'utf8')).frontmatter);
    return parsed.success ? [{ id: file.slice(0, -'.md'.length), data: parsed.data }] : [];
  });
  const entities = mine(entryFiles(join(contentDir, 'entities'), '.json')).flatMap((file) => {
    const parsed = entitySchema.safeParse(parseJson(readFileSync(join(contentDir, 'entities', file), 'utf8')));
    return parsed.success ? [{ id: file.slice(0, -'.json'.length), data: parsed.data }] : [];
  });
  return digestCards(articles, entities, lane === 0).map(([, , card]) => card);
}

/** JSON text's value, or `undefined` when it is not JSON (the schema then rejects it). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
