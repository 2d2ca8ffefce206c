/** One entity's RSS feed: the articles that mention it, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { getArticleMap, getEntities, getEntityMap, type Entity } from '../../../lib/digest.ts';
import { rss } from '../../../lib/feeds.ts';
import { entityFeedArticles, feedItem } from '../../../lib/feed-items.ts';
import { siteOrigin, urls } from '../../../lib/urls.ts';
import { entityKey } from '../../../lib/page-keys.ts';

export const getStaticPaths = (async () =>
  Promise.all((await getEntities()).map(async (entity) => ({ params: { slug: entity.id }, props: { entity }, cacheKey: await entityKey(entity) })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entity } = props as { entity: Entity };
  const origin = siteOrigin(site);
  const entities = await getEntityMap();
  const items = entityFeedArticles(entity, await getArticleMap()).map((a) => feedItem(a, entities, origin));
  return new Response(rss({
    title: `${entity.data.name} · ${SITE.title}`, link: urls.absolute(urls.entity(entity.id), origin), self: urls.absolute(urls.rss(entity.id), origin),
    description: `Articles in ${SITE.title} that mention ${entity.data.name}.`, language: SITE.lang, items,
  }), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
