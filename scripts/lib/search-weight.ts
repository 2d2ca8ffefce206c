/**
 * What a reader's first search costs: opens the built site's search page in real Chromium with a
 * query and adds up the search files (`pagefind/…`) the page fetched until the first results were
 * shown, and until the search had merged the entity pages and loaded the filter counts.
 * Requests made by the service worker (its background precache) are counted apart: they do not
 * delay the search. Sizes are what crosses the network from a host that compresses text, as
 * GitHub Pages does: scripts and JSON gzipped, Pagefind's binary files (already compressed) as
 * they are. For the benchmark and `scripts/search-weight.ts`; never asserted in tests.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, openBrowser } from '../../e2e/helpers/browser.ts';
import { serve } from '../../e2e/helpers/serve.ts';

/** Bytes a compressing host sends for a file: text gzipped, Pagefind's own files as they are. */
const transferred = (path: string, body: Buffer) => (/\.(?:js|json|css|html)$/u.test(path) ? gzipSync(body).length : body.length);

/** Bytes fetched for one search. */
export interface SearchWeight {
  /** Search files fetched until the first results were shown (Pagefind's script, WebAssembly, metadata, index and fragment files). */
  firstBytes: number;
  firstFiles: number;
  /** Search files fetched until the search had its entity pages and filter counts too. */
  totalBytes: number;
  totalFiles: number;
  /** The largest files fetched for the first results, as `path bytes`. */
  largest: string[];
  /** Results shown, and the first one's path. */
  results: number;
  top: string;
  /** Search files the service worker fetched meanwhile (precache), not needed for the search. */
  workerBytes: number;
}

/**
 * Measures the first search for `query` on a site built into `dist` under `base`. Returns
 * undefined when Chromium is missing.
 */
export async function measureFirstSearch(dist: string, query: string, base = '/'): Promise<SearchWeight | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const server = await serve(dist, base);
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    const sizes: { path: string; bytes: number; start: number }[] = [];
    let workerBytes = 0;
    const pending: Promise<void>[] = [];
    browser.context.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      const start = response.request().timing().startTime;
      pending.push(
        response.body().then(
          (body) => {
            if (response.request().serviceWorker()) workerBytes += transferred(path, body);
            else sizes.push({ path: path.slice(path.indexOf('/pagefind/') + 1), bytes: transferred(path, body), start });
          },
          () => {},
        ),
      );
    });
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, server.url).href);
    await page.locator('#search[data-complete]').waitFor({ state: 'attached', timeout: 60_000 });
    const results = await page.locator('#search-results li').count();
    const top = await page.locator('#search-results li h2 a').first().evaluate((a) => (a as HTMLAnchorElement).pathname);
    await Promise.all(pending);
    // search.js marks the moment the first results were shown; requests started before it served them.
    const shownAt = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('search:first-results')[0]!.startTime);
    const firsts = sizes.filter((s) => s.start < shownAt);
    const sum = (list: typeof sizes) => list.reduce((n, s) => n + s.bytes, 0);
    return {
      firstBytes: sum(firsts),
      firstFiles: firsts.length,
      totalBytes: sum(sizes),
      totalFiles: sizes.length,
      largest: [...firsts].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((s) => `${s.path} ${s.bytes}`),
      results,
      top,
      workerBytes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
