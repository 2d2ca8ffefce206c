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

/**
 * Indexes a built site into `outputPath` (`<dist>/pagefind/`): the article pages
 * (`data-pagefind-body`) and the given records. Returns the number of pages and records indexed.
 */
export async function indexSite(dist: string, records: readonly SearchRecord[], outputPath = join(dist, 'pagefind')): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang });
  check('createIndex', errors);
  if (!index) throw new Error('pagefind createIndex returned no index');
  try {
    const added = await index.addDirectory({ path: dist, glob: 'articles/**/*.html' });
    check('addDirectory', added.errors);
    for (const record of records) check('addCustomRecord', (await index.addCustomRecord(record)).errors);
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    return added.page_count + records.length;
  } finally {
    await pagefind.close();
  }
}

/** Search index and service worker for the built site. */
export default function searchAndOffline(options: SearchIntegrationOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'news-digest:search-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = await indexSite(dist, entityRecords(contentPaths(process.env).contentDir));
        logger.info(`search index: ${pages} pages and entities`);
        const manifest = writeServiceWorker(dist, base, options.precache);
        logger.info(`service worker: ${manifest.urls.length} files precached (cache ${manifest.version})`);
      },
    },
  };
}
