/** One entity's events in TimelineJS3's JSON format. */
import { siteOrigin } from '../../../lib/urls.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { getEntities, getEventsByEntity, type Entity } from '../../../lib/digest.ts';
import { timelineJsResponse } from '../../../lib/timeline-export.ts';
import { entityKey } from '../../../lib/page-keys.ts';

/** Only entities with events have an export (their page links it). */
export const getStaticPaths = (async () => {
  const byEntity = await getEventsByEntity();
  return Promise.all((await getEntities()).filter((e) => byEntity.has(e.id)).map(async (entity) => ({ params: { slug: entity.id }, props: { entity }, cacheKey: await entityKey(entity) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entity } = props as { entity: Entity };
  const events = (await getEventsByEntity()).get(entity.id) ?? [];
  return timelineJsResponse(events, `${entity.data.name}: timeline`, `Dated events involving ${entity.data.name} in ${SITE.title}.`, siteOrigin(site));
};
