/**
 * Opens the state a build's page code shares with it (`src/lib/build-state.ts`) when the build
 * starts, and finishes what the routes handed over when it is done: the share-card images are
 * written, the article-body workers stopped.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { beginBuild, finishBuild } from '../lib/build-state.ts';

/** The integration. */
export default function buildState(): AstroIntegration {
  return {
    name: 'news-digest:build-state',
    hooks: {
      'astro:build:start': () => beginBuild(),
      'astro:build:done': async ({ dir, logger }) => finishBuild({ dist: fileURLToPath(dir), logger }),
    },
  };
}
