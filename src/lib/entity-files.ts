/**
 * The routes that serve one data file per entity (its RSS feed, its TimelineJS export): in a build
 * the files go to the build (`data-files.ts`) and the route has no pages; elsewhere (`astro dev`)
 * the route serves each entity's file itself.
 */
import { scheduleDataFiles } from './data-files.ts';
import type { Entity } from './digest.ts';
import { entityKey } from './page-keys.ts';
import { configuredOrigin } from './urls.ts';

/**
 * The static paths of the route `route` (a name for its manifest) for `entities`: none in a
 * build, which writes each entity's file at `url(entity)` with `contents(entity, origin)` keyed by
 * the entity's page key; else one path per entity, with the entity as its prop.
 */
export async function entityFilePaths(route: string, entities: readonly Entity[], url: (entity: Entity) => string, contents: (entity: Entity, origin: string) => Promise<string> | string) {
  const origin = configuredOrigin();
  const files = await Promise.all(entities.map(async (entity) => ({ url: url(entity), key: await entityKey(entity), contents: () => contents(entity, origin) })));
  if (scheduleDataFiles(route, origin, files)) return [];
  return entities.map((entity) => ({ params: { slug: entity.id }, props: { entity } }));
}
