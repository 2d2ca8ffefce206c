/**
 * What a reader's first search costs: opens the built site's search page in real Chromium with a
 * query, waits for the results, and adds up the search files (`pagefind/…`) the page fetched.
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
  /** Search files the page fetched (Pagefind's script, WebAssembly, metadata, index, filter and fragment files). */
  pagefindBytes: number;
  pagefindFiles: number;
  /** The largest of them, as `path bytes`. */
  largest: string[];
  /** Results shown. */
  results: number;
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
    const sizes: [string, number][] = [];
    let workerBytes = 0;
    const pending: Promise<void>[] = [];
    browser.context.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      pending.push(
        response.body().then(
          (body) => {
            if (response.request().serviceWorker()) workerBytes += transferred(path, body);
            else sizes.push([path, transferred(path, body)]);
          },
          () => {},
        ),
      );
    });
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, server.url).href);
    await page.locator('#search-results li').first().waitFor({ timeout: 60_000 });
    const results = await page.locator('#search-results li').count();
    await Promise.all(pending);
    const pagefindBytes = sizes.reduce((n, [, b]) => n + b, 0);
    const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([p, b]) => `${p.slice(p.indexOf('/pagefind/') + 1)} ${b}`);
    return { pagefindBytes, pagefindFiles: sizes.length, largest, results, workerBytes };
  } finally {
    await browser.close();
    await server.close();
  }
}
