/**
 * One entity's RSS feed: the articles that mention it, newest first. A build writes the feeds as
 * files (`src/lib/entity-files.ts`: the route lists them and returns no pages); `astro dev` serves
 * each on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { entityFilePaths } from '../../../lib/entity-files.ts';
import { getArticleMap, getEntities, getEntityMap, type Entity } from '../../../lib/digest.ts';
import { rss } from '../../../lib/feeds.ts';
import { entityFeedArticles, feedItem } from '../../../lib/feed-items.ts';
import { siteOrigin, urls } from '../../../lib/urls.ts';

/** The feed of `entity`, with absolute links for the site at `origin`. */
async function feed(entity: Entity, origin: string): Promise<string> {
  const entities = await getEntityMap();
  const items = entityFeedArticles(entity, await getArticleMap()).map((a) => feedItem(a, entities, origin));
  return rss({
    title: `${entity.data.name} · ${SITE.title}`, link: urls.absolute(urls.entity(entity.id), origin), self: urls.absolute(urls.rss(entity.id), origin),
    description: `Articles in ${SITE.title} that mention ${entity.data.name}.`, language: SITE.lang, items,
  });
}

export const getStaticPaths = (async () => entityFilePaths('entity-feeds', await getEntities(), (entity) => urls.rss(entity.id), feed)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await feed((props as { entity: Entity }).entity, siteOrigin(site)), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
