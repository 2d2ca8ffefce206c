/**
 * The seed site built for GitHub Pages under `/news-digest/`: every internal link stays inside the
 * base path and resolves, the host files are there, and search and offline reading are built in.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProjectSeeds, makeSeeds, type BuiltSite } from './helpers/site.ts';
import { brokenLinks, htmlFiles } from './helpers/links.ts';
import { isSearchable } from '../src/lib/search-meta.ts';

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

  it('has the search bundles: articles (not listings), and entities named more than once', () => {
    const pagefind = join(site.dist, 'pagefind');
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'entities/pagefind-entry.json']) expect(existsSync(join(pagefind, file)), file).toBe(true);
    expect(readdirSync(pagefind).some((f) => f.endsWith('.pf_meta'))).toBe(true);
    // The merged bundle carries its index only: the runtime comes from the main one.
    expect(readdirSync(join(pagefind, 'entities')).filter((f) => f.endsWith('.js'))).toEqual([]);
    const pages = (bundle: string) => {
      const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    };
    expect(pages(pagefind)).toBe(site.ingest.articles);
    const entities = readdirSync(join(site.content, 'entities')).map((f) => JSON.parse(readFileSync(join(site.content, 'entities', f), 'utf8')) as { mentions: number });
    expect(pages(join(pagefind, 'entities'))).toBe(entities.filter(isSearchable).length);
    expect(entities.some((e) => !isSearchable(e))).toBe(true);
    const searchPage = readFileSync(join(site.dist, 'search/index.html'), 'utf8');
    expect(searchPage).toContain(`data-pagefind="${BASE}pagefind/pagefind.js"`);
    expect(searchPage).toContain(`data-entity-index="${BASE}pagefind/entities/"`);
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
