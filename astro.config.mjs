// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentPaths, deployment } from './src/config.ts';
import buildState from './src/integrations/build-state.ts';
import digestDev from './src/integrations/digest-dev.ts';
import searchAndOffline from './src/integrations/pagefind.ts';
import staleOutput from './src/integrations/stale-output.ts';
import { MARKDOWN_OPTIONS, markdownProcessor } from './src/lib/markdown.ts';

// Astro inlines into a module that reads Vite's env object whole (not one `import.meta.env.X`
// key) every environment variable whose name occurs in its text. Its own actions runtime does,
// and `_` (set by the shell to the command that started the build) occurs everywhere: its value
// would change the page code, and the incremental build would render every page again whenever
// the build is started another way (`npm run build` after `npx astro build`, for one). Our own
// modules never read the env object whole (`test/build-env.test.ts`).
delete process.env._;

const { site, base } = deployment(process.env);
const { cacheDir, outDir } = contentPaths(process.env);

export default defineConfig({
  site,
  base,
  cacheDir,
  outDir,
  trailingSlash: 'always',
  // Four pages in flight: while one page's files are written (mkdir, open, write: a fifth of the
  // main thread in a profile of a cold build), others render. 2,225 articles: page generation
  // 95 s → 68 s in one pair of runs on a busy machine, output byte-identical.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [mdx(), digestDev(), staleOutput(), buildState(), searchAndOffline()],
  // One processor for the editorial pages and the article bodies (src/lib/markdown.ts).
  markdown: { ...MARKDOWN_OPTIONS, processor: markdownProcessor(base) },
  devToolbar: { enabled: false },
  // Pages whose data and code are unchanged are kept from the previous build instead of
  // rendered: the keys come from `src/lib/page-keys.ts`.
  experimental: { incrementalBuild: true },
  // Unchanged pages stay in place (not emptied and copied back); the stale-output integration
  // removes what this build no longer makes, before the search index is written.
  vite: { build: { emptyOutDir: false } },
});
