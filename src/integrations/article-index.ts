/**
 * Indexes the built article pages in two bundles (`src/lib/search-parts.ts` says why): the
 * newest month's pages into `pagefind/` (with Pagefind's runtime), every build; the older ones
 * into `pagefind/archive/` (index files only), from a cache in Astro's cache folder when those
 * pages are unchanged since the build that indexed them.
 *
 * Pagefind reads pages from a folder, so each part's pages are hard-linked into a staging folder
 * of their own (cheap, same bytes, same URLs) and indexed from there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from '../config.ts';
import { linkOrCopy, listFiles } from '../lib/files.ts';
import { archiveKey, compareIndexOrder, PART_DIRS, pageDate, splitPages, type IndexedPage } from '../lib/search-parts.ts';
import { ArchiveStream } from './archive-stream.ts';
import { indexFolder, indexPageFiles } from './pagefind-index.ts';

/** What indexing the articles did. */
export interface ArticleIndexReport {
  /** Pages in the current (main) bundle. */
  current: number;
  /** Pages in the archive bundle. */
  archive: number;
  /** How the archive bundle was made (undefined: there is no archive). */
  archiveSource?: ArchiveSource;
  /** Why a stream's bundle was not used, when the archive was indexed from the files instead. */
  streamFailure?: string;
}

/** Where an archive bundle came from: the cache, the pages as they were rendered, or the files. */
export type ArchiveSource = 'kept' | 'streamed' | 'indexed';

/**
 * The indexer and its settings, part of the archive's cache key: Pagefind's version, the site's
 * language and the code that calls Pagefind (its index options, the pages it adds and in which
 * order, the files it keeps), so a change to any of them indexes the archive again.
 */
const INDEXER = [
  `pagefind ${JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version}`,
  SITE.lang,
  ...['./pagefind-index.ts', '../lib/search-parts.ts'].map((file) => createHash('sha1').update(readFileSync(new URL(file, import.meta.url))).digest('hex')),
].join(' ');

/** What marks an indexed page (`ArticleView.astro`); redirect pages from old slugs have none. */
const INDEXED = 'data-pagefind-body';

/**
 * The article pages of a built site that the search indexes, with their sort dates and a hash of
 * their bytes. Redirect pages are left out here: Pagefind skips pages without
 * `data-pagefind-body` only when some page of the same run has it, so an archive of redirects
 * alone would be indexed whole.
 */
export function articlePages(dist: string): IndexedPage[] {
  return listFiles(join(dist, 'articles')).filter((f) => f.endsWith('.html')).flatMap((f) => {
    const bytes = readFileSync(join(dist, 'articles', f));
    if (!bytes.includes(INDEXED)) return [];
    // The date is ASCII in the page's head: latin1 decodes it without a UTF-8 pass over the page.
    return [{ path: `articles/${f}`, date: pageDate(bytes.toString('latin1')), hash: createHash('sha1').update(bytes).digest('hex') }];
  });
}

/** Makes `to` hold the files of `from` (relative paths `files`), replacing what it held. */
function linkTree(from: string, to: string, files: readonly string[]): void {
  rmSync(to, { recursive: true, force: true });
  for (const file of files) linkOrCopy(join(from, file), join(to, file));
}

/** Indexes `pages` of `dist` into the bundle `outputPath`, through the staging folder `stage`. */
async function indexPages(dist: string, pages: readonly IndexedPage[], stage: string, outputPath: string): Promise<number> {
  linkTree(dist, stage, pages.map((p) => p.path));
  try {
    return await indexFolder(stage, outputPath);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/**
 * Puts the archive bundle of `pages` at `target`: the cached one when its key matches, else a
 * new one (the one `stream` indexed while the pages were rendered, when it holds exactly these
 * pages; else indexed from the files), which then replaces the cache. The key file is removed
 * before the bundle is replaced and written after, so an interrupted build leaves no key that
 * names a half-written bundle. Returns how the bundle was made.
 */
async function archiveBundle(dist: string, pages: readonly IndexedPage[], cacheDir: string, target: string, stream?: ArchiveStream): Promise<ArchiveSource> {
  const key = archiveKey(pages, INDEXER);
  const keyFile = join(cacheDir, 'key');
  const bundle = join(cacheDir, 'bundle');
  let source: ArchiveSource = existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key ? 'kept' : 'streamed';
  if (source !== 'kept') {
    rmSync(keyFile, { force: true });
    let fresh = await stream?.take(pages);
    if (!fresh) {
      source = 'indexed';
      fresh = `${bundle}.new`;
      // Emptied first: Pagefind does not rewrite a file whose (content-hashed) name exists, so the
      // half-written files of an interrupted build would be kept.
      rmSync(fresh, { recursive: true, force: true });
      await indexPageFiles(dist, [...pages].sort(compareIndexOrder).map((p) => p.path), fresh);
    }
    rmSync(bundle, { recursive: true, force: true });
    renameSync(fresh, bundle);
    writeFileSync(keyFile, key);
  }
  linkTree(bundle, target, listFiles(bundle));
  return source;
}

/**
 * The stream that indexes the archive while a build renders its pages, in `cacheDir` (the
 * archive cache folder): opened when the build has no cached archive at all (a cold build, or the
 * first after one stopped while it replaced the archive), so it will index every archive page
 * anyway; else undefined.
 */
export function openArchiveStream(cacheDir: string): ArchiveStream | undefined {
  return existsSync(join(cacheDir, 'key')) ? undefined : new ArchiveStream(join(cacheDir, 'stream.new'));
}

/**
 * Indexes the article pages of `dist` into `bundle` (current part; `<dist>/pagefind/` by default)
 * and its `archive/` folder (archive part, when there is one). With `cacheDir`, an unchanged
 * archive is taken from there and a changed one is cached there; without, both are indexed.
 */
export async function writeArticleIndexes(dist: string, { bundle = join(dist, 'pagefind'), cacheDir, stream }: { bundle?: string; cacheDir?: string; stream?: ArchiveStream } = {}): Promise<ArticleIndexReport> {
  const { current, archive } = splitPages(articlePages(dist));
  // Without a cache folder (the benchmark's standalone run) the archive is indexed afresh.
  const work = cacheDir ?? mkdtempSync(join(tmpdir(), 'digest-search-'));
  try {
    const [currentCount, archiveSource] = await Promise.all([
      indexPages(dist, current, join(work, 'stage-current'), bundle),
      archive.length > 0 ? archiveBundle(dist, archive, work, join(bundle, PART_DIRS.archive), stream) : Promise.resolve(undefined),
    ]);
    return { current: currentCount, archive: archive.length, archiveSource, streamFailure: archiveSource === 'indexed' ? stream?.failure : undefined };
  } finally {
    if (!cacheDir) rmSync(work, { recursive: true, force: true });
  }
}

/** The archive cache folder inside Astro's cache folder (a `file:` URL, as Astro gives it). */
export function archiveCacheDir(astroCacheDir: URL): string {
  return join(fileURLToPath(astroCacheDir), 'search-archive');
}
