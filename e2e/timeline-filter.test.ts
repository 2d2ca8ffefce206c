/**
 * The timeline in a real browser, on the seed site built under `/news-digest/`: the filter script
 * (progressive enhancement) hides events and SVG marks by entity type and entity, keeps the choice
 * in the URL, runs under the CSP, deep links highlight their event, and axe finds nothing serious.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BuiltSite } from '../test/helpers/site.ts';
import { seriousViolations } from './helpers/axe.ts';
import { chromiumAvailable, SKIP_REASON, type OpenBrowser } from './helpers/browser.ts';
import type { StaticServer } from './helpers/serve.ts';
import { startSeedSite, stopSeedSite } from './helpers/seed-site.ts';

const BASE = '/news-digest/';
const run = chromiumAvailable();

/** Ids of the visible events and of the visible SVG marks. */
async function visible(page: Page): Promise<{ events: string[]; marks: string[] }> {
  return page.evaluate(() => ({
    events: [...document.querySelectorAll<HTMLElement>('ol.timeline > li')].filter((li) => li.offsetParent !== null).map((li) => li.id),
    marks: [...document.querySelectorAll<SVGGElement>('.tl-mark')].filter((m) => getComputedStyle(m).display !== 'none').map((m) => m.dataset.event!),
  }));
}

describe.skipIf(!run)('timeline filters and deep links in a browser', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: OpenBrowser;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ site, server, browser } = await startSeedSite(BASE));
  });
  afterAll(() => stopSeedSite({ site, server, browser }));

  const open = async (path: string) => {
    const page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(`${BASE}${path}`, server.url).href);
    return page;
  };

  it('adds filter controls that hide non-matching events and marks', async () => {
    const page = await open('timeline/');
    await page.locator('form.timeline-filter').waitFor();
    const all = await visible(page);
    expect(all.events.length).toBeGreaterThanOrEqual(8);
    expect([...all.marks].sort()).toEqual([...all.events].sort());
    await expect(page.getByRole('status').filter({ hasText: 'events' }).textContent()).resolves.toBe(`${all.events.length} events`);

    await page.getByLabel('Entity', { exact: true }).selectOption('donald-trump');
    const trump = await visible(page);
    const expected = await page.$$eval('ol.timeline > li', (lis) => lis.filter((li) => (li as HTMLElement).dataset.entities!.split(' ').includes('donald-trump')).map((li) => li.id));
    expect(trump.events).toEqual(expected);
    expect(trump.events.length).toBeLessThan(all.events.length);
    expect([...trump.marks].sort()).toEqual([...expected].sort());
    expect(new URL(page.url()).searchParams.get('entity')).toBe('donald-trump');
    // The 2000 section has no event involving him and is hidden as a whole.
    await expect(page.locator('#y-2000').isVisible()).resolves.toBe(false);

    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => (await visible(page)).events.length).toBe(all.events.length);

    await page.getByLabel('Entity type').selectOption('organization');
    const orgs = await visible(page);
    const withOrg = await page.$$eval('ol.timeline > li', (lis) => lis.filter((li) => (li as HTMLElement).dataset.types!.split(' ').includes('organization')).map((li) => li.id));
    expect(orgs.events).toEqual(withOrg);
    // The entity list now offers organizations only.
    const offered = await page.getByLabel('Entity', { exact: true }).locator('option').allTextContents();
    expect(offered.some((t) => t.startsWith('Donald Trump'))).toBe(false);
    await page.close();
  });

  it('restores the filter from the URL', async () => {
    const page = await open('timeline/?entity=ahmad-al-sharaa');
    await page.locator('form.timeline-filter').waitFor();
    const shown = await visible(page);
    expect(shown.events.length).toBeGreaterThan(0);
    const expected = await page.$$eval('ol.timeline > li', (lis) => lis.filter((li) => (li as HTMLElement).dataset.entities!.split(' ').includes('ahmad-al-sharaa')).map((li) => li.id));
    expect(shown.events).toEqual(expected);
    await page.close();
  });

  it('highlights a deep-linked event in the list and in the picture', async () => {
    const probe = await open('timeline/');
    const id = await probe.locator('ol.timeline > li').nth(2).getAttribute('id');
    await probe.close();
    const page = await open(`timeline/#${id}`);
    await page.locator('form.timeline-filter').waitFor();
    const outline = await page.locator(`[id="${id}"]`).evaluate((li) => getComputedStyle(li).outlineStyle);
    expect(outline).toBe('solid');
    await expect(page.locator(`.tl-mark[data-event="${id}"]`).getAttribute('class')).resolves.toContain('is-target');
    await page.close();
  });

  it('runs without CSP violations or script errors and has no serious axe violations', async () => {
    const page = await open('timeline/');
    await page.locator('form.timeline-filter').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe.skipIf(run)(SKIP_REASON, () => {
  it.skip('needs Chromium', () => {});
});
