/** The sitemap: listing pages, articles and entities, as absolute URLs. */
import type { APIRoute } from 'astro';
import { getArticles, getEntities } from '../lib/digest.ts';
import { sitemap } from '../lib/feeds.ts';
import { sitemapEntries } from '../lib/feed-items.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemap(sitemapEntries(await getArticles(), await getEntities(), site?.href ?? 'http://localhost/')), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
