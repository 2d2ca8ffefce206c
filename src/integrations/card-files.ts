/**
 * Writes the share-card images the og route scheduled (`src/lib/og/card-files.ts`) into the output
 * when the build is done. `og/` is rebuilt whole (`stale-output.ts`), so no card of a removed
 * article or entity stays behind.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { expectCardFiles, takeCardFiles, writeCardFiles } from '../lib/og/card-files.ts';

/** The integration: links the build's card images into the output. */
export default function cardFiles(): AstroIntegration {
  return {
    name: 'news-digest:card-files',
    hooks: {
      'astro:build:start': () => expectCardFiles(),
      'astro:build:done': async ({ dir, logger }) => {
        const scheduled = takeCardFiles();
        if (!scheduled) throw new Error('no share cards were scheduled: the og route (src/pages/og/[...slug].png.ts) did not run in this process');
        const count = await writeCardFiles(fileURLToPath(dir), scheduled);
        logger.info(`share cards: ${count} images`);
      },
    },
  };
}
