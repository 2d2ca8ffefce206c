/**
 * Astro integration: after every `astro build`, indexes the digest with Pagefind into `pagefind/`
 * (article pages from their HTML, entities as records from their data: parsing 12,000 entity
 * pages took most of the indexing time), then writes the offline service worker, whose precache
 * manifest includes the fresh index. Runs in the build hook, so both `npm run build` and the test
 * helper's plain `astro build` get search and offline reading.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentPaths, SITE } from '../config.ts';
import { ENTITY_PAGE_QUOTES } from '../lib/listing.ts';
import { entitySearchMeta, entitySearchText, searchRecord, type SearchRecord } from '../lib/search-meta.ts';
import { createUrls } from '../lib/urls.ts';
import type { EntityData } from '../schemas/collections.ts';
import { writeServiceWorker, type PrecacheLimits } from './offline.ts';

/** Options: precache limits for the service worker. */
export interface SearchIntegrationOptions {
  precache?: PrecacheLimits;
}

/** Throws with Pagefind's error list when a step reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** The search records of the entities in a content folder (the files the pipeline wrote), in slug order. */
export function entityRecords(contentDir: string): SearchRecord[] {
  const dir = join(contentDir, 'entities');
  const urls = createUrls('/');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as EntityData;
    return searchRecord(urls.entity(file.slice(0, -'.json'.length)), entitySearchText(data, ENTITY_PAGE_QUOTES), entitySearchMeta(data), SITE.lang);
  });
}

/** An index with records added and pages still to come. */
interface StartedIndex {
  index: pagefind.PagefindIndex;
  records: number;
}

/**
 * Creates an index and adds the records. Pagefind indexes in its own process, so the build starts
 * this before rendering pages and the records are indexed while Astro works. The records are
 * sent all at once (one at a time, waiting for each reply, took twice as long).
 */
export async function startIndex(records: readonly SearchRecord[]): Promise<StartedIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang });
  check('createIndex', errors);
  if (!index) throw new Error('pagefind createIndex returned no index');
  const replies = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  for (const reply of replies) check('addCustomRecord', reply.errors);
  return { index, records: records.length };
}

/**
 * Adds the built article pages (`data-pagefind-body`) to a started index and writes it into
 * `outputPath` (`<dist>/pagefind/`). Returns the number of pages and records indexed.
 */
export async function finishIndex(started: Promise<StartedIndex>, dist: string, outputPath = join(dist, 'pagefind')): Promise<number> {
  try {
    const { index, records } = await started;
    const added = await index.addDirectory({ path: dist, glob: 'articles/**/*.html' });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    return added.page_count + records;
  } finally {
    await pagefind.close();
  }
}

/** Indexes a built site in one go (records, then pages): what the build does, for the benchmark. */
export function indexSite(dist: string, records: readonly SearchRecord[], outputPath?: string): Promise<number> {
  return finishIndex(startIndex(records), dist, outputPath);
}

/** Search index and service worker for the built site. */
export default function searchAndOffline(options: SearchIntegrationOptions = {}): AstroIntegration {
  let base = '/';
  let started: Promise<StartedIndex> | undefined;
  const indexEntities = () => startIndex(entityRecords(contentPaths(process.env).contentDir));
  return {
    name: 'news-digest:search-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = createUrls(config.base).base;
      },
      'astro:build:start': () => {
        // The entities are known before any page is built: index them while Astro renders.
        started = indexEntities();
        // Reported when the build is done; until then a failure must not crash the process.
        started.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = await finishIndex(started ?? indexEntities(), dist);
        logger.info(`search index: ${pages} pages and entities`);
        const manifest = writeServiceWorker(dist, base, options.precache);
        logger.info(`service worker: ${manifest.urls.length} files precached (cache ${manifest.version})`);
      },
    },
  };
}
