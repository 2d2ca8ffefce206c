/**
 * Offline reading: after the build (and the search index) is written, lists what the service
 * worker precaches and writes `sw.js` into the output with that manifest and a cache version
 * derived from the content of every listed file, so a new build (new or changed pages, a new
 * search index) installs a new worker that replaces the stale cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/files.ts';
import { PART_DIRS } from '../lib/search-parts.ts';

/** Precache limits: a small digest is cached whole, a large one up to these counts (the rest on visit). */
export interface PrecacheLimits {
  /** HTML pages to precache. */
  pages: number;
  /** Pagefind result fragments (one per indexed page) to precache. */
  fragments: number;
}

/** Default limits: every page of a digest of up to 2,000 pages. */
export const DEFAULT_LIMITS: PrecacheLimits = { pages: 2000, fragments: 2000 };

/** What the service worker precaches. */
export interface PrecacheManifest {
  /** Cache version: a content hash of the manifest's files. */
  version: string;
  /** The site's base path (`/` or `/x/`): the worker's scope. */
  base: string;
  /** URLs (with the base path) to precache, most important first. */
  urls: string[];
  /** The 404 page's URL, the fallback for pages not cached. */
  notFound: string;
}

/** Pages a reader needs first; the rest follow in path order. */
const CORE_PAGES = ['index.html', 'search/index.html', 'entities/index.html', 'timeline/index.html', 'about/index.html', '404.html'];

/** The worker itself, host files, Pagefind's UI kits (the search page has its own) and its unused any-language module: never precached. */
const SKIP = /^(?:sw\.js|\.nojekyll|pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight)[^/]*|pagefind\/wasm\.unknown\.pagefind)$/u;

/**
 * Files a reader fetches only on purpose, one per page: share images, feeds, timeline exports,
 * sitemap. Precaching them would make a large digest's first visit download every image; they
 * are cached when visited instead.
 */
const ON_VISIT_ONLY = /^(?:og\/|.*\.(?:png|jpe?g|webp|xml|txt)$|(?:.*\/)?timeline\.json$)/u;

/** The URL a file is served at: `a/index.html` → `base + a/`. */
export function fileUrl(base: string, path: string): string {
  return base + (path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
}

/** Result fragments of the search bundles (`pagefind/fragment/…`, `pagefind/archive/fragment/…`, `pagefind/entities/fragment/…`). */
const FRAGMENT = /^pagefind\/(?:[^/]+\/)?fragment\//u;

/** Precache order of a bundle's fragments: current articles (`pagefind/fragment/`), the archive, then the entities. */
const fragmentRank = (path: string): number => [`pagefind/${PART_DIRS.archive}/`, `pagefind/${PART_DIRS.entities}/`].findIndex((dir) => path.startsWith(dir)) + 1;

/** Chooses the files to precache (pages, assets, search index) within the limits. */
export function selectPrecache(files: readonly string[], limits: PrecacheLimits = DEFAULT_LIMITS): string[] {
  const wanted = files.filter((f) => !SKIP.test(f));
  const html = wanted.filter((f) => f.endsWith('.html'));
  const pages = [...CORE_PAGES.filter((p) => html.includes(p)), ...html.filter((p) => !CORE_PAGES.includes(p))].slice(0, limits.pages);
  // Newest articles' fragments first, then the archive's, then the entities': sorted paths put
  // `pagefind/archive/…` and `pagefind/entities/…` before `pagefind/fragment/…`, and a cap filled
  // with entity fragments would leave offline search without article results.
  const fragments = wanted.filter((f) => FRAGMENT.test(f)).sort((a, b) => fragmentRank(a) - fragmentRank(b)).slice(0, limits.fragments);
  const assets = wanted.filter((f) => !f.endsWith('.html') && !FRAGMENT.test(f) && !ON_VISIT_ONLY.test(f));
  return [...pages, ...assets, ...fragments];
}

/** Builds the precache manifest of a built site folder. */
export function buildManifest(dist: string, base: string, limits: PrecacheLimits = DEFAULT_LIMITS): PrecacheManifest {
  const files = selectPrecache(listFiles(dist), limits);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(createHash('sha256').update(readFileSync(join(dist, file))).digest('hex')).update('\n');
  return { version: hash.digest('hex').slice(0, 16), base, urls: files.map((f) => fileUrl(base, f)), notFound: fileUrl(base, '404.html') };
}

/** The worker's code (browser JS, kept as a file so it can be read and linted as such). */
const TEMPLATE = new URL('./service-worker.js', import.meta.url);

/** Writes `sw.js` (manifest + worker code) into the build output; returns the manifest. */
export function writeServiceWorker(dist: string, base: string, limits: PrecacheLimits = DEFAULT_LIMITS): PrecacheManifest {
  const manifest = buildManifest(dist, base, limits);
  const code = `/* Generated at build time: edits are overwritten. */\nconst PRECACHE = ${JSON.stringify(manifest)};\n${readFileSync(TEMPLATE, 'utf8')}`;
  writeFileSync(join(dist, 'sw.js'), code);
  return manifest;
}
