/** robots.txt: crawl everything, and where the sitemap is. */
import type { APIRoute } from 'astro';
import { robots } from '../lib/feeds.ts';
import { siteOrigin, urls } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robots(urls.absolute(urls.sitemap(), siteOrigin(site))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
