/**
 * Astro integration: in `astro dev`, runs the ingest once at start and again whenever a seed or
 * the curation file changes; Astro's content layer then reloads the changed entries.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { contentPaths } from '../config.ts';
import { ingest } from '../pipeline/ingest.ts';
import { Logger } from '../pipeline/logger.ts';

/** Options: where the seeds and content live (defaults: `seeds`, `content`). */
export interface DigestDevOptions {
  seedsDir?: string;
  contentDir?: string;
}

/** Watches seeds in dev and keeps the content collections up to date. */
export default function digestDev(options: DigestDevOptions = {}): AstroIntegration {
  const paths = contentPaths(process.env);
  const seedsDir = resolve(options.seedsDir ?? paths.seedsDir);
  const contentDir = resolve(options.contentDir ?? paths.contentDir);
  let dev = false;
  return {
    name: 'news-digest:dev',
    hooks: {
      // `astro build` starts a Vite server too (for content sync and prerendering): only
      // `astro dev` may ingest, or a build would rewrite the content it is rendering.
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!dev) return;
        const sink = { info: (l: string) => logger.info(l), warn: (l: string) => logger.warn(l) };
        const run = () => {
          const r = ingest({ seedsDir, contentDir, cacheDir: resolve(paths.digestCacheDir) }, new Logger(sink));
          logger.info(`ingested ${r.articles} articles, ${r.entities} entities (${r.write.written} files changed)`);
        };
        run();
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(seedsDir);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(seedsDir)) return;
          clearTimeout(timer);
          timer = setTimeout(run, 150);
        });
      },
    },
  };
}
