/** The digest's RSS feed: the newest 50 articles. */
import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { getArticles, getEntityMap } from '../lib/digest.ts';
import { rss } from '../lib/feeds.ts';
import { feedItem } from '../lib/feed-items.ts';
import { siteOrigin, urls } from '../lib/urls.ts';

/** How many articles the feed carries. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const entities = await getEntityMap();
  const items = (await getArticles()).slice(0, FEED_SIZE).map((a) => feedItem(a, entities, origin));
  return new Response(rss({ title: SITE.title, link: urls.absolute(urls.home(), origin), self: urls.absolute(urls.rss(), origin), description: SITE.description, language: SITE.lang, items }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
