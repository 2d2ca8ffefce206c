/**
 * The seed site built for GitHub Pages under `/news-digest/`: every internal link stays inside the
 * base path and resolves, the host files are there, and search and offline reading are built in.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProjectSeeds, makeSeeds, type BuiltSite } from './helpers/site.ts';
import { brokenLinks, htmlFiles } from './helpers/links.ts';

const BASE = '/news-digest/';

describe('site built under a base path', () => {
  let site: BuiltSite;

  beforeAll(() => {
    site = buildSite(makeSeeds(copyProjectSeeds), { BASE_PATH: BASE });
  });
  afterAll(() => {
    if (site) rmSync(site.dir, { recursive: true, force: true });
  });

  it('has no broken internal links', () => {
    expect(brokenLinks(site.dist, BASE)).toEqual([]);
  });

  it('has the files GitHub Pages needs', () => {
    expect(existsSync(join(site.dist, '.nojekyll'))).toBe(true);
    expect(existsSync(join(site.dist, '404.html'))).toBe(true);
  });

  it('has the search bundle, indexing articles and entities but not listings', () => {
    const pagefind = join(site.dist, 'pagefind');
    for (const file of ['pagefind.js', 'pagefind-entry.json']) expect(existsSync(join(pagefind, file)), file).toBe(true);
    expect(readdirSync(pagefind).some((f) => f.endsWith('.pf_meta'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const entities = readdirSync(join(site.content, 'entities')).length;
    expect(indexed).toBe(site.ingest.articles + entities);
    expect(readFileSync(join(site.dist, 'search/index.html'), 'utf8')).toContain(`data-pagefind="${BASE}pagefind/pagefind.js"`);
  });

  it('writes a service worker that precaches every page and the search index under the base path', () => {
    const sw = readFileSync(join(site.dist, 'sw.js'), 'utf8');
    const manifest = JSON.parse(sw.match(/const PRECACHE = (\{.*\});/u)![1]!) as { version: string; base: string; urls: string[] };
    expect(manifest.base).toBe(BASE);
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/u);
    expect(manifest.urls.every((u) => u.startsWith(BASE))).toBe(true);
    expect(manifest.urls).toContain(`${BASE}entities/ahmad-al-sharaa/`);
    expect(manifest.urls).toContain(`${BASE}pagefind/pagefind.js`);
    expect(manifest.urls.filter((u) => u.endsWith('/') || u.endsWith('.html'))).toHaveLength(htmlFiles(site.dist).length);
  });

  it('has no inline scripts (JSON-LD data blocks are not scripts)', () => {
    for (const file of htmlFiles(site.dist)) {
      const tags = [...readFileSync(file, 'utf8').matchAll(/<script\b[^>]*>/gu)].map((m) => m[0]).filter((t) => !t.includes('application/ld+json'));
      for (const tag of tags) expect(tag, file).toMatch(/\ssrc="/u);
    }
  });
});
