/**
 * The article search index in two parts, so that a build re-indexes only what changed. Pagefind
 * has no incremental mode, and writing the index of 10,000 article pages took ~15 s of every
 * build; a new article changes the newest pages, rarely the old ones. So the article pages of
 * the newest month go into the main bundle (`current`, indexed every build) and all older (and
 * undated) ones into `archive`, a bundle that is kept from the last build while its pages are
 * byte for byte the same (`archiveKey`). The search page merges the two (Pagefind's `mergeIndex`)
 * and tags each with a `part` filter, which also lets "newest first" ask one bundle at a time:
 * sorted, Pagefind scores a page by its rank within its own bundle.
 */
import { createHash } from 'node:crypto';
import { byString } from './order.ts';
import { UNDATED } from './search-meta.ts';

/** The `part` filter value of each bundle the search page merges, in newest-first order for the article parts. */
export const SEARCH_PARTS = { current: 'current', archive: 'archive', entities: 'entities' } as const;

/** The bundle folder of each part inside `pagefind/` (the current part is `pagefind/` itself). */
export const PART_DIRS = { archive: 'archive', entities: 'entities' } as const;

/** An indexed page as the split needs it. */
export interface IndexedPage {
  /** Path of the HTML file relative to the output folder (`articles/<slug>/index.html`). */
  path: string;
  /** Its sort date (`YYYY-MM-DD`, or `UNDATED`). */
  date: string;
  /** A hash of the file's bytes. */
  hash: string;
}

/** The first day of the newest dated page's month: pages from it on are `current`. Undefined when no page has a date. */
export function currentSince(pages: readonly Pick<IndexedPage, 'date'>[]): string | undefined {
  const newest = pages.reduce((max, p) => (p.date !== UNDATED && p.date > max ? p.date : max), '');
  return newest ? `${newest.slice(0, 7)}-01` : undefined;
}

/**
 * Splits pages into the two article parts. Undated pages go to the archive (they sort last, and
 * the archive is searched last in newest-first order); with no dated page at all, everything is
 * current and there is no archive.
 */
export function splitPages<P extends Pick<IndexedPage, 'date'>>(pages: readonly P[]): { current: P[]; archive: P[]; since?: string } {
  const since = currentSince(pages);
  if (!since) return { current: [...pages], archive: [] };
  const isCurrent = (p: P) => p.date !== UNDATED && p.date >= since;
  return { current: pages.filter(isCurrent), archive: pages.filter((p) => !isCurrent(p)), since };
}

/** Whether `path` is a further page (2..) of a long article: `articles/<slug>/<n>/index.html`. */
const isFurtherPage = (path: string): boolean => path.split('/').length > 3;

/**
 * The order pages are added to the archive bundle, which Pagefind's index files depend on: further
 * pages of long articles before first pages, each newest first (undated last), then by path. It
 * follows the order in which Astro renders them (one route after the other, the route with the
 * longer pattern, `articles/[slug]/[page]`, first; each newest first, then by title) closely enough
 * that a build can index pages as they are rendered, holding back only pages of the same day
 * (`archive-stream.ts`); and every build that indexes the same pages gives the same bytes.
 */
export function compareIndexOrder(a: Pick<IndexedPage, 'path' | 'date'>, b: Pick<IndexedPage, 'path' | 'date'>): number {
  return Number(isFurtherPage(b.path)) - Number(isFurtherPage(a.path)) || byString(b.date, a.date) || byString(a.path, b.path);
}

/**
 * The archive bundle's cache key: the indexer (its version, settings and calling code, as the
 * caller describes it) and every archive page's path and bytes. Equal keys give equal bundles.
 */
export function archiveKey(pages: readonly IndexedPage[], indexer: string): string {
  const hash = createHash('sha256').update(indexer).update('\n');
  for (const p of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`${p.path}\0${p.hash}\n`);
  return hash.digest('hex');
}

/** The sort date a built page declares (`data-pagefind-sort="date[content]"`, written by `SearchMeta.astro`). */
export function pageDate(html: string): string {
  return /<meta data-pagefind-sort="date\[content\]"[^>]*\scontent="(\d{4}-\d{2}-\d{2})"/u.exec(html)?.[1] ?? UNDATED;
}
