/**
 * Redirect pages: an old slug (a renamed or merged entity, a retitled article) keeps a page that
 * points to the new one. Both the article and the entity route list them through here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../config.ts';
import { REDIRECTS_FILE, redirectsFileSchema } from '../schemas/collections.ts';
import { getArticleMap, getEntityMap } from './digest.ts';
import { redirectKey } from './page-keys.ts';
import { urls } from './urls.ts';

/** What a redirect page shows: the new page's URL and title. */
export interface RedirectTarget {
  href: string;
  title: string;
}

/** Per kind of page: its URL and how its title is found. */
const KINDS = {
  article: { url: urls.article, title: async (slug: string) => (await getArticleMap()).get(slug)?.data.title },
  entity: { url: urls.entity, title: async (slug: string) => (await getEntityMap()).get(slug)?.data.name },
} as const;

/**
 * Redirects of one kind (old slug → new slug), read from `content/redirects.json` rather than a
 * content collection: most digests have none, and an empty collection made Astro warn on every
 * build. Read on each call (twice a build), so `astro dev` sees a fresh ingest's redirects.
 */
export function getRedirects(kind: keyof typeof KINDS): { from: string; to: string }[] {
  const path = join(contentPaths(process.env).contentDir, REDIRECTS_FILE);
  const all = existsSync(path) ? redirectsFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).redirects : [];
  return all.filter((r) => r.kind === kind).map(({ from, to }) => ({ from, to }));
}

/** The `getStaticPaths` entries of one kind's redirect pages, with their props and cache keys. */
export async function redirectPaths(kind: keyof typeof KINDS): Promise<{ params: { slug: string }; props: { redirect: RedirectTarget }; cacheKey: string }[]> {
  const { url, title } = KINDS[kind];
  return Promise.all(getRedirects(kind).map(async (r) => {
    const redirect = { href: url(r.to), title: (await title(r.to)) ?? r.to };
    return { params: { slug: r.from }, props: { redirect }, cacheKey: redirectKey(redirect.href, redirect.title) };
  }));
}
