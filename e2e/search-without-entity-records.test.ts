/**
 * Search on a digest where no entity is named twice: the entity bundle has no records, and the
 * search page must keep working with the article bundle alone (Pagefind keeps a merged bundle it
 * could not load and then fails every search, so the page must not merge an empty one).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeSeeds, seedLines, type BuiltSite } from '../test/helpers/site.ts';
import { chromiumAvailable, SKIP_REASON, type OpenBrowser } from './helpers/browser.ts';
import { startSite, stopSeedSite, type SeedSite } from './helpers/seed-site.ts';
import type { StaticServer } from './helpers/serve.ts';

const run = chromiumAvailable();

describe.skipIf(!run)('search without entity records', () => {
  let served: Partial<SeedSite> = {};
  let site: BuiltSite;
  let server: StaticServer;
  let browser: OpenBrowser;

  beforeAll(async () => {
    // A headline and one paragraph of the seed that names each entity once.
    const [headline, paragraph] = [seedLines()[6]!, seedLines()[2]!];
    served = await startSite(buildSite(makeSeeds((seeds) => writeFileSync(join(seeds, '2025-11-10-one.txt'), `${headline}\n\n${paragraph}\n`))));
    ({ site, server, browser } = served as SeedSite);
  }, 300_000);
  afterAll(() => stopSeedSite(served));

  it('finds the article, and finishes its second stage, with an empty entity bundle', async () => {
    const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind/entities/pagefind-entry.json'), 'utf8')) as { languages: object };
    expect(Object.keys(entry.languages)).toEqual([]);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('search/?q=Mosul', server.url).href);
    await page.locator('#search[data-complete]').waitFor({ state: 'attached' });
    const links = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^\/articles\//u);
    await page.fill('#search-query', 'France');
    await page.press('#search-query', 'Enter');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/1 result for “France”/u);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(run)(SKIP_REASON, () => {
  it.skip('needs Chromium', () => {});
});
