/**
 * Astro integration: after every `astro build`, indexes the digest with Pagefind, then writes the
 * offline service worker, whose precache manifest includes the fresh index. Runs in the build
 * hook, so both `npm run build` and the test helper's plain `astro build` get search and offline
 * reading.
 *
 * Three bundles, merged by the search page (Pagefind's `mergeIndex`):
 * - `pagefind/`: the newest month's article pages, indexed from their HTML every build;
 * - `pagefind/archive/`: the older article pages, kept from the last build while they are
 *   unchanged (`article-index.ts`; at 10,000 articles indexing them all took ~15 s a build);
 * - `pagefind/entities/`: one record per entity named at least twice, built from its data
 *   (parsing 12,000 entity pages took most of the indexing time), indexed and written while Astro
 *   renders. The search page merges it after the first results are shown: every indexed page costs
 *   a few bytes of the metadata a search must load before it can answer, and at 10,000 articles
 *   the entity records doubled it (see the README's search figures).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentPaths, SITE } from '../config.ts';
import { ENTITY_PAGE_QUOTES } from '../lib/listing.ts';
import { entitySearchMeta, entitySearchText, isSearchable, searchRecord, type SearchRecord } from '../lib/search-meta.ts';
import { PART_DIRS } from '../lib/search-parts.ts';
import { createUrls } from '../lib/urls.ts';
import type { EntityData } from '../schemas/collections.ts';
import { archiveCacheDir, openArchiveStream, writeArticleIndexes, type ArchiveSource } from './article-index.ts';
import type { ArchiveStream } from './archive-stream.ts';
import { currentBuild } from '../lib/build-state.ts';
import { PAGE_STREAM_SLOT } from '../lib/page-stream.ts';
import { writeServiceWorker, type PrecacheLimits } from './offline.ts';
import { closeIndexer, indexRecords } from './pagefind-index.ts';

/** Options: precache limits for the service worker. */
export interface SearchIntegrationOptions {
  precache?: PrecacheLimits;
}

/** The search records of the searchable entities in a content folder (the files the pipeline wrote), in slug order. */
export function entityRecords(contentDir: string): SearchRecord[] {
  const dir = join(contentDir, 'entities');
  const urls = createUrls('/');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((file) => {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as EntityData;
    if (!isSearchable(data)) return [];
    return [searchRecord(urls.entity(file.slice(0, -'.json'.length)), entitySearchText(data, ENTITY_PAGE_QUOTES), entitySearchMeta(data), SITE.lang)];
  });
}

/** The entity bundle's folder in a built site. */
const entityBundle = (dist: string): string => join(dist, 'pagefind', PART_DIRS.entities);

/**
 * Indexes a built site in one go into `bundle`, every bundle afresh (no archive cache): for the
 * benchmark, which times it apart.
 */
export async function indexSite(dist: string, records: readonly SearchRecord[], bundle = join(dist, 'pagefind')): Promise<number> {
  try {
    const [entities, articles] = await Promise.all([indexRecords(records, join(bundle, PART_DIRS.entities)), writeArticleIndexes(dist, { bundle })]);
    return entities + articles.current + articles.archive;
  } finally {
    await closeIndexer();
  }
}

/** How the log says where the archive bundle came from. */
const ARCHIVE_SOURCE: Record<ArchiveSource, string> = {
  kept: 'kept: unchanged since the last build',
  streamed: 'indexed while the pages were rendered',
  indexed: 'indexed',
};

/** Search index and service worker for the built site. */
export default function searchAndOffline(options: SearchIntegrationOptions = {}): AstroIntegration {
  let base = '/';
  let outDir = 'dist';
  let archiveCache = '';
  let entities: Promise<number> | undefined;
  let stream: ArchiveStream | undefined;
  const indexEntities = (dist: string) => indexRecords(entityRecords(contentPaths(process.env).contentDir), entityBundle(dist));
  return {
    name: 'news-digest:search-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = createUrls(config.base).base;
        outDir = fileURLToPath(config.outDir);
        archiveCache = archiveCacheDir(config.cacheDir);
      },
      'astro:build:start': () => {
        // The entities are known before any page is built: index them while Astro renders (the
        // stale-output integration, listed before this one, has removed the old index by now).
        entities = indexEntities(outDir);
        // Reported when the build is done; until then a failure must not crash the process.
        entities.catch(() => {});
        // Without a cached archive, its pages are indexed as they are rendered (the build-state
        // integration, listed before this one, has opened the build's state).
        stream = openArchiveStream(archiveCache);
        if (stream) currentBuild()?.slots.set(PAGE_STREAM_SLOT, stream);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        try {
          const records = await (entities ?? indexEntities(dist));
          const articles = await writeArticleIndexes(dist, { cacheDir: archiveCache, stream });
          const archive = articles.archive > 0 ? ` (${articles.archive} in the archive, ${ARCHIVE_SOURCE[articles.archiveSource!]}${articles.streamFailure ? `; not while rendering: ${articles.streamFailure}` : ''})` : '';
          logger.info(`search index: ${articles.current + articles.archive} articles${archive} and ${records} entities`);
        } finally {
          await stream?.close();
          await closeIndexer();
        }
        const manifest = writeServiceWorker(dist, base, options.precache);
        logger.info(`service worker: ${manifest.urls.length} files precached (cache ${manifest.version})`);
      },
    },
  };
}
