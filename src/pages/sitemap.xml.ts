/** The sitemap: listing pages, timeline years, every article page and entity, as absolute URLs. */
import { siteOrigin } from '../lib/urls.ts';
import type { APIRoute } from 'astro';
import { getArticles, getEntities } from '../lib/digest.ts';
import { sitemap } from '../lib/feeds.ts';
import { sitemapEntries } from '../lib/feed-items.ts';
import { getTimeline } from '../lib/timeline-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemap(sitemapEntries(await getArticles(), await getEntities(), siteOrigin(site), (await getTimeline()).years.map((y) => y.year))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
