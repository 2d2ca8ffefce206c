/**
 * One entity's events in TimelineJS3's JSON format. A build writes the exports as files
 * (`src/lib/entity-files.ts`: the route lists them and returns no pages); `astro dev` serves each
 * on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config.ts';
import { entityFilePaths } from '../../../lib/entity-files.ts';
import { getEntities, getEventsByEntity, type Entity } from '../../../lib/digest.ts';
import { timelineJsResponse, timelineJsText } from '../../../lib/timeline-export.ts';
import { siteOrigin, urls } from '../../../lib/urls.ts';

const title = (entity: Entity) => `${entity.data.name}: timeline`;
const description = (entity: Entity) => `Dated events involving ${entity.data.name} in ${SITE.title}.`;

/** Only entities with events have an export (their page links it). */
export const getStaticPaths = (async () => {
  const byEntity = await getEventsByEntity();
  const entities = (await getEntities()).filter((e) => byEntity.has(e.id));
  return entityFilePaths('entity-timelines', entities, (entity) => urls.timelineJson(entity.id), (entity, origin) => timelineJsText(byEntity.get(entity.id)!, title(entity), description(entity), origin));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entity } = props as { entity: Entity };
  return timelineJsResponse((await getEventsByEntity()).get(entity.id) ?? [], title(entity), description(entity), siteOrigin(site));
};
