/**
 * Readers in a real browser: search (Pagefind), offline reading (service worker) and
 * accessibility (axe-core) on the seed site built under the GitHub Pages base path `/news-digest/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BuiltSite } from '../test/helpers/site.ts';
import { seriousViolations } from './helpers/axe.ts';
import { chromiumAvailable, openBrowser, SKIP_REASON, type OpenBrowser } from './helpers/browser.ts';
import type { StaticServer } from './helpers/serve.ts';
import { startSeedSite, stopSeedSite } from './helpers/seed-site.ts';

const BASE = '/news-digest/';

/** Result links of the search page, in order, once the search has its entity pages and filters too. */
async function searchResults(page: Page): Promise<string[]> {
  await page.locator('#search[data-complete]').waitFor({ state: 'attached' });
  await page.locator('#search-results li').first().waitFor();
  return page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}


const run = chromiumAvailable();

describe.skipIf(!run)('readers: search, offline, accessibility', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: OpenBrowser;
  let articlePath: string;

  beforeAll(async () => {
    ({ site, server, browser } = await startSeedSite(BASE));
    const slugs = JSON.parse(readFileSync(join(site.content, 'slugs.json'), 'utf8')) as { articles: Record<string, unknown> };
    articlePath = `${BASE}articles/${Object.keys(slugs.articles)[0]}/`;
  });
  afterAll(() => stopSeedSite({ site, server, browser }));

  const url = (path: string) => new URL(path, server.url).href;

  it('finds the seed article when searching "sanctions"', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(`${BASE}search/?q=sanctions`));
    expect(await searchResults(page)).toContain(articlePath);
    await expect(page.locator('#search-results mark').first().textContent()).resolves.toMatch(/sanction/iu);
    expect(await page.locator('#search-filters legend').allTextContents()).toEqual(expect.arrayContaining(['Type', 'Entity', 'Year']));
    await page.close();
  });

  it('puts the entity page first when the query names it', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(BASE));
    await page.fill('#site-search', 'al-Sharaa');
    await page.click('.search-box button');
    await page.waitForURL(/\/news-digest\/search\/\?q=al-Sharaa/u);
    expect((await searchResults(page))[0]).toBe(`${BASE}entities/ahmad-al-sharaa/`);
    await page.close();
  });

  it('orders newest first and filters by type with counts', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(`${BASE}search/?q=Syria&sort=newest`));
    // Newest first lists articles: merged with the entity bundle, Pagefind's order would not be by date.
    expect((await searchResults(page)).every((p) => p.startsWith(`${BASE}articles/`))).toBe(true);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/newest first \(articles\)/u);
    await expect(page.locator('#search-sort').inputValue()).resolves.toBe('newest');
    const article = page.locator('#search-filters label', { hasText: /^Article \(\d+\)$/u });
    await article.click();
    await page.waitForURL(/type=Article/u);
    await expect.poll(async () => (await searchResults(page)).every((p) => p.startsWith(`${BASE}articles/`))).toBe(true);
    await page.close();
  });

  it('has no serious or critical accessibility violations', async () => {
    const page = await browser.context.newPage();
    for (const path of [BASE, articlePath, `${BASE}entities/ahmad-al-sharaa/`, `${BASE}timeline/`, `${BASE}search/?q=sanctions`]) {
      await page.goto(url(path));
      if (path.includes('search')) await searchResults(page);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.close();
  });

  it('reads never-visited pages and searches offline after one visit', async () => {
    const fresh = await openBrowser();
    try {
      const page = await fresh.context.newPage();
      await page.goto(url(BASE));
      // `ready` resolves once the worker is active, i.e. after its install (the precache) finished.
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe(BASE);
      expect(await page.locator('#offline-status').isHidden()).toBe(true);

      await fresh.context.setOffline(true);
      await server.close(); // really unreachable, whatever the browser's offline emulation covers
      await page.goto(url(`${BASE}entities/ahmad-al-sharaa/`));
      await expect(page.locator('h1').textContent()).resolves.toBe('Ahmad al-Sharaa');
      await page.locator('#offline-status').waitFor({ state: 'visible' });
      expect(await page.locator('#offline-status').textContent()).toMatch(/offline|saved/u);

      await page.goto(url(`${BASE}search/?q=sanctions`));
      expect(await searchResults(page)).toContain(articlePath);
      // The entity bundle is cached too: entity pages are found offline.
      await page.goto(url(`${BASE}search/?q=al-Sharaa`));
      expect((await searchResults(page))[0]).toBe(`${BASE}entities/ahmad-al-sharaa/`);
    } finally {
      await fresh.close();
    }
  });
});

describe.skipIf(run)(SKIP_REASON, () => {
  it.skip('needs Chromium', () => {});
});
