/**
 * Search over a digest of two months: the September and October articles are in the archive
 * bundle, the November ones in the main bundle. The archive is kept from the last build when a new article
 * leaves its pages unchanged; a reader finds archive articles, and "newest first" lists every
 * article in date order across the two bundles (sorted, Pagefind ranks pages within a bundle).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, makeSeeds, seedLines, type BuiltSite } from '../test/helpers/site.ts';
import { chromiumAvailable, openBrowser, SKIP_REASON, type OpenBrowser } from './helpers/browser.ts';
import { startSite, stopSeedSite, type SeedSite } from './helpers/seed-site.ts';
import type { StaticServer } from './helpers/serve.ts';

const run = chromiumAvailable();
const LINES = seedLines();
/**
 * Four dated articles cut from the seed; all name Syria, only the September one Mosul. Two in
 * each bundle: sorted, each bundle scores its pages 2 and 1, so a single merged search would
 * put October between the November articles.
 */
const ARTICLES = [
  ['2025-09-20-first.txt', LINES.slice(0, 5)],
  ['2025-10-20-second.txt', LINES.slice(5, 12)],
  ['2025-11-09-third.txt', LINES.slice(12, 20)],
  ['2025-11-10-fourth.txt', LINES.slice(20)],
] as const;

const write = (seeds: string, articles: readonly (readonly [string, readonly string[]])[]) => {
  for (const [name, lines] of articles) writeFileSync(join(seeds, name), lines.join('\n') + '\n');
};

describe.skipIf(!run)('search across the archive and the newest month', () => {
  let dir: string;
  let first: BuiltSite;
  let served: Partial<SeedSite> = {};
  let site: BuiltSite;
  let server: StaticServer;
  let browser: OpenBrowser;

  beforeAll(async () => {
    dir = makeSeeds((seeds) => write(seeds, ARTICLES.slice(0, 3)));
    first = buildSite(dir);
    write(join(dir, 'seeds'), ARTICLES);
    served = await startSite(buildSite(dir));
    ({ site, server, browser } = served as SeedSite);
  }, 600_000);
  afterAll(async () => {
    await stopSeedSite(served);
    // The folder also holds the first build's output, even when the second build failed.
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('indexes the older months into the archive once, and keeps them when a November article is added', () => {
    const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind/archive/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([2]);
    // The first build has no archive to keep: it indexes it while it renders the pages.
    expect(first.log).toMatch(/search index: 3 articles \(2 in the archive, indexed while the pages were rendered\)/u);
    expect(site.log).toMatch(/search index: 4 articles \(2 in the archive, kept: unchanged since the last build\)/u);
    // The archive holds index files only; the runtime is the main bundle's.
    expect(existsSync(join(site.dist, 'pagefind/archive/pagefind.js'))).toBe(false);
  });

  it('finds an archive article, and lists all four newest first, across the bundles', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const dates = () => page.locator('#search-results li .meta').allTextContents();

    await page.goto(new URL('search/?q=Mosul', server.url).href);
    await page.locator('#search[data-complete]').waitFor({ state: 'attached' });
    await expect.poll(dates).toEqual(['Article · 2025-09-20']);

    await page.goto(new URL('search/?q=Syria&sort=newest', server.url).href);
    await page.locator('#search[data-complete]').waitFor({ state: 'attached' });
    await expect.poll(dates).toEqual(['Article · 2025-11-10', 'Article · 2025-11-09', 'Article · 2025-10-20', 'Article · 2025-09-20']);
    // The year filter counts add up the two bundles.
    await expect(page.locator('#search-filters label', { hasText: /^2025 \(\d+\)$/u }).textContent()).resolves.toBe('2025 (4)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('still searches the newest month when the archive cannot be loaded (a file missing from a deploy)', async () => {
    const meta = readdirSync(join(site.dist, 'pagefind/archive')).find((f) => f.endsWith('.pf_meta'))!;
    const saved = readFileSync(join(site.dist, 'pagefind/archive', meta));
    rmSync(join(site.dist, 'pagefind/archive', meta));
    // A fresh profile: no service worker holds the file.
    const fresh = await openBrowser();
    try {
      const page = await fresh.context.newPage();
      await page.goto(new URL('search/?q=Syria&sort=newest', server.url).href);
      await page.locator('#search[data-complete]').waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('#search-results li .meta').allTextContents()).toEqual(['Article · 2025-11-10', 'Article · 2025-11-09']);
    } finally {
      await fresh.close();
      writeFileSync(join(site.dist, 'pagefind/archive', meta), saved);
    }
  });

  // Last: it moves the served output away.
  it('gives the same search index, byte for byte, as a clean build (archive indexed afresh, from the files)', () => {
    renameSync(site.dist, join(dir, 'dist-kept'));
    rmSync(join(dir, 'astro-cache'), { recursive: true });
    // A stale archive key: no stream while rendering (that is for builds with no archive at all),
    // so the archive is indexed from the files, the other way to the bundle the first build made.
    mkdirSync(join(dir, 'astro-cache/search-archive'), { recursive: true });
    writeFileSync(join(dir, 'astro-cache/search-archive/key'), 'stale');
    const clean = buildSite(dir);
    expect(clean.log).toMatch(/2 in the archive, indexed\)/u);
    const files = listFiles(join(clean.dist, 'pagefind'));
    expect(listFiles(join(dir, 'dist-kept/pagefind'))).toEqual(files);
    expect(files.filter((f) => !readFileSync(join(dir, 'dist-kept/pagefind', f)).equals(readFileSync(join(clean.dist, 'pagefind', f))))).toEqual([]);
  }, 300_000);
});

describe.skipIf(run)(SKIP_REASON, () => {
  it.skip('needs Chromium', () => {});
});
