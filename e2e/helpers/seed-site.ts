/**
 * The seed site (or another built site) as a browser test needs it: built under a base path,
 * served on loopback, and a Chromium to look at it. One per test file (`beforeAll`), torn down in
 * `afterAll`.
 */
import { rmSync } from 'node:fs';
import { buildSite, copyProjectSeeds, makeSeeds, type BuiltSite } from '../../test/helpers/site.ts';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { serve, type StaticServer } from './serve.ts';

/** A built, served seed site and a browser. */
export interface SeedSite {
  site: BuiltSite;
  server: StaticServer;
  browser: OpenBrowser;
}

/** Serves a built site under `base` and opens Chromium (for sites built from other seeds). */
export async function startSite(site: BuiltSite, base = '/'): Promise<SeedSite> {
  return { site, server: await serve(site.dist, base), browser: await openBrowser() };
}

/** Builds the seed site under `base`, serves it and opens Chromium. */
export function startSeedSite(base: string): Promise<SeedSite> {
  return startSite(buildSite(makeSeeds(copyProjectSeeds), { BASE_PATH: base }), base);
}

/** Closes the browser and the server and removes the build (each part may be missing). */
export async function stopSeedSite(s: Partial<SeedSite>): Promise<void> {
  await s.browser?.close();
  await s.server?.close();
  if (s.site) rmSync(s.site.dir, { recursive: true, force: true });
}
