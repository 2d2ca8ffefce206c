/**
 * Astro integration: after every `astro build`, indexes the output with Pagefind (pages marked
 * `data-pagefind-body`: articles and entities) into `pagefind/`, then writes the offline service
 * worker, whose precache manifest includes the fresh index. Runs in the build hook, so both
 * `npm run build` and the test helper's plain `astro build` get search and offline reading.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeServiceWorker, type PrecacheLimits } from './offline.ts';

/** Options: precache limits for the service worker. */
export interface SearchIntegrationOptions {
  precache?: PrecacheLimits;
}

/** Throws with Pagefind's error list when a step reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes a built site folder into `<dist>/pagefind/`; returns the number of pages indexed. */
export async function indexSite(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('createIndex', errors);
  if (!index) throw new Error('pagefind createIndex returned no index');
  try {
    const added = await index.addDirectory({ path: dist });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    check('writeFiles', written.errors);
    return added.page_count;
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
        const pages = await indexSite(dist);
        logger.info(`search index: ${pages} pages`);
        const manifest = writeServiceWorker(dist, base, options.precache);
        logger.info(`service worker: ${manifest.urls.length} files precached (cache ${manifest.version})`);
      },
    },
  };
}
