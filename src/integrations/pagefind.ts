/**
 * Astro integration: after every `astro build`, indexes the digest with Pagefind, then writes the
 * offline service worker, whose precache manifest includes the fresh index. Runs in the build
 * hook, so both `npm run build` and the test helper's plain `astro build` get search and offline
 * reading.
 *
 * Two bundles: `pagefind/` indexes the article pages from their HTML; `pagefind/entities/` holds
 * one record per entity named at least twice, built from its data (parsing 12,000 entity pages
 * took most of the indexing time), and is indexed and written while Astro renders. The search
 * page searches the articles first and merges the entities in (Pagefind's `mergeIndex`) once the
 * first results are shown: every indexed page
 * costs a few bytes of the metadata a search must load before it can answer, and at 10,000
 * articles the entity records doubled it (see the README's search figures).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentPaths, SITE } from '../config.ts';
import { ENTITY_PAGE_QUOTES } from '../lib/listing.ts';
import { ENTITY_INDEX_DIR, entitySearchMeta, entitySearchText, isSearchable, searchRecord, type SearchRecord } from '../lib/search-meta.ts';
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

/** Creates an index; throws with Pagefind's messages when it cannot. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang });
  check('createIndex', errors);
  if (!index) throw new Error('pagefind createIndex returned no index');
  return index;
}

/**
 * Pagefind writes its whole runtime (scripts, WebAssembly, UI kits) into every bundle; a merged
 * bundle only needs its index files, so the rest is removed from the entity bundle.
 */
function keepIndexFilesOnly(bundle: string): void {
  for (const entry of readdirSync(bundle)) {
    if (!/^(?:pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter)$/u.test(entry)) rmSync(join(bundle, entry), { recursive: true, force: true });
  }
}

/**
 * Indexes the entity records and writes their bundle (index files only) into `bundle`
 * (`<dist>/pagefind/entities/`). The records come from the content, not from pages, so the build
 * starts this before rendering and Pagefind (its own process) indexes and writes them while
 * Astro works. The records are sent all at once (one at a time, waiting for each reply, took
 * twice as long). Returns the number of records.
 */
export async function writeEntityIndex(records: readonly SearchRecord[], bundle: string): Promise<number> {
  const index = await newIndex();
  const replies = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  for (const reply of replies) check('addCustomRecord', reply.errors);
  check('writeFiles', (await index.writeFiles({ outputPath: bundle })).errors);
  keepIndexFilesOnly(bundle);
  return records.length;
}

/**
 * Indexes the built article pages (`data-pagefind-body`) into `outputPath` (`<dist>/pagefind/`):
 * the main bundle, with Pagefind's runtime. Returns the number of pages.
 */
export async function writeArticleIndex(dist: string, outputPath = join(dist, 'pagefind')): Promise<number> {
  const index = await newIndex();
  const added = await index.addDirectory({ path: dist, glob: 'articles/**/*.html' });
  check('addDirectory', added.errors);
  check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  return added.page_count;
}

/** Indexes a built site in one go (both bundles): what the build does, for the benchmark. */
export async function indexSite(dist: string, records: readonly SearchRecord[], outputPath = join(dist, 'pagefind')): Promise<number> {
  try {
    const [entities, pages] = await Promise.all([writeEntityIndex(records, join(outputPath, ENTITY_INDEX_DIR)), writeArticleIndex(dist, outputPath)]);
    return entities + pages;
  } finally {
    await pagefind.close();
  }
}

/** Search index and service worker for the built site. */
export default function searchAndOffline(options: SearchIntegrationOptions = {}): AstroIntegration {
  let base = '/';
  let outDir = 'dist';
  let entities: Promise<number> | undefined;
  const indexEntities = (dist: string) => writeEntityIndex(entityRecords(contentPaths(process.env).contentDir), join(dist, 'pagefind', ENTITY_INDEX_DIR));
  return {
    name: 'news-digest:search-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = createUrls(config.base).base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // The entities are known before any page is built: index them while Astro renders (the
        // stale-output integration, listed before this one, has removed the old index by now).
        entities = indexEntities(outDir);
        // Reported when the build is done; until then a failure must not crash the process.
        entities.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        try {
          const records = await (entities ?? indexEntities(dist));
          const pages = await writeArticleIndex(dist);
          logger.info(`search index: ${pages} articles and ${records} entities`);
        } finally {
          await pagefind.close();
        }
        const manifest = writeServiceWorker(dist, base, options.precache);
        logger.info(`service worker: ${manifest.urls.length} files precached (cache ${manifest.version})`);
      },
    },
  };
}
