/**
 * One entity's events in TimelineJS3's JSON format. A build writes the exports as files
 * (`src/lib/data-files.ts`: the route lists them and returns no pages); `astro dev` serves each
 * on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { scheduleDataFiles } from '../../../lib/data-files.ts';
import { getEntities, getEventsByEntity, type Entity } from '../../../lib/digest.ts';
import { timelineJsResponse, timelineJsText } from '../../../lib/timeline-export.ts';
import { configuredOrigin, siteOrigin, urls } from '../../../lib/urls.ts';
import { entityKey } from '../../../lib/page-keys.ts';

const title = (entity: Entity) => `${entity.data.name}: timeline`;
const description = (entity: Entity) => `Dated events involving ${entity.data.name} in ${SITE.title}.`;

/** Only entities with events have an export (their page links it). */
export const getStaticPaths = (async () => {
  const byEntity = await getEventsByEntity();
  const entities = (await getEntities()).filter((e) => byEntity.has(e.id));
  const origin = configuredOrigin();
  const files = await Promise.all(entities.map(async (entity) => ({
    url: urls.timelineJson(entity.id), key: await entityKey(entity),
    contents: () => timelineJsText(byEntity.get(entity.id)!, title(entity), description(entity), origin),
  })));
  if (scheduleDataFiles('entity-timelines', origin, files)) return [];
  return entities.map((entity) => ({ params: { slug: entity.id }, props: { entity } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entity } = props as { entity: Entity };
  return timelineJsResponse((await getEventsByEntity()).get(entity.id) ?? [], title(entity), description(entity), siteOrigin(site));
};
