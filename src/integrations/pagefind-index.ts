/**
 * The Pagefind calls every search bundle of the digest is made with: an index with the site's
 * language, errors thrown with Pagefind's own messages, and merged bundles trimmed to their
 * index files.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SITE } from '../config.ts';
import type { SearchRecord } from '../lib/search-meta.ts';

/** Throws with Pagefind's error list when a step reports errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Creates an index; throws with Pagefind's messages when it cannot. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang });
  check('createIndex', errors);
  if (!index) throw new Error('pagefind createIndex returned no index');
  return index;
}

/**
 * Pagefind writes its whole runtime (scripts, WebAssembly, UI kits) into every bundle; a merged
 * bundle only needs its index files, so the rest is removed from it.
 */
export function keepIndexFilesOnly(bundle: string): void {
  for (const entry of readdirSync(bundle)) {
    if (!/^(?:pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter)$/u.test(entry)) rmSync(join(bundle, entry), { recursive: true, force: true });
  }
}

/** Indexes the article pages under `root` (`articles/**` with `data-pagefind-body`) into the bundle `outputPath`; returns the page count. */
export async function indexFolder(root: string, outputPath: string): Promise<number> {
  const index = await newIndex();
  const added = await index.addDirectory({ path: root, glob: 'articles/**/*.html' });
  check('addDirectory', added.errors);
  check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  return added.page_count;
}

/** An index that pages are added to one by one, in the order of the calls, and then written. */
export interface PageIndex {
  /**
   * Adds a page's HTML under its output path (`articles/x/index.html`, whose URL Pagefind derives
   * as `addDirectory` would); settles when Pagefind has it (on a worker: when it is handed over).
   */
  add(path: string, html: string): Promise<void>;
  /** Waits for every page added, writes the bundle (index files only) into `outputPath`, returns the page count. */
  write(outputPath: string): Promise<number>;
  /** Drops the index without writing it. */
  discard(): Promise<void>;
}

/**
 * Opens an index for pages added one at a time. Pagefind numbers pages in the order they arrive
 * and its index files depend on that order, so callers add pages in one fixed order
 * (`compareIndexOrder`) for the same bytes every time.
 */
export async function openPageIndex(): Promise<PageIndex> {
  const index = await newIndex();
  const added: Promise<void>[] = [];
  return {
    add(path, html) {
      const reply = index.addHTMLFile({ sourcePath: path, content: html }).then((r) => check('addHTMLFile', r.errors));
      added.push(reply);
      return reply;
    },
    async write(outputPath) {
      await Promise.all(added);
      check('writeFiles', (await index.writeFiles({ outputPath })).errors);
      keepIndexFilesOnly(outputPath);
      return added.length;
    },
    async discard() {
      await Promise.allSettled(added);
      await index.deleteIndex();
    },
  };
}

/** A `<meta>` tag with a `data-pagefind-…` attribute (filters, sort keys, metadata); values are quoted, as Astro writes them. */
const SEARCH_META_TAG = /<meta\s(?:[^>"']|"[^"]*"|'[^']*')*data-pagefind-(?:[^>"']|"[^"]*"|'[^']*')*>/gu;
/** Where an article page's searched text starts (`ArticleView.astro`). */
const SEARCHED_BODY = '<article data-pagefind-body';

/**
 * The part of an article page that Pagefind reads: the document's start (doctype, `<html lang>`),
 * the `data-pagefind-…` tags of its head and its `data-pagefind-body` element; the rest (share
 * and social tags, structured data, navigation, entity list, background timeline) is two thirds
 * of a page's bytes. Pagefind writes the same bundle, byte for byte, from this part as from the
 * whole page (2,000 BBC pages: 33.9 → 10.0 MB sent, indexing 5.5–6.0 → 4.6–4.9 s;
 * `test/incremental.test.ts` checks the identity on built pages). A page not laid out that way
 * is returned whole. Applying it twice gives the same text.
 */
export function searchedPart(html: string): string {
  const head = html.indexOf('<head>');
  const body = html.indexOf('<body');
  const start = html.indexOf(SEARCHED_BODY);
  const end = html.indexOf('</article>', start);
  if (head < 0 || body < head || start < body || end < 0) return html;
  const tags = html.slice(head, body).match(SEARCH_META_TAG) ?? [];
  return `${html.slice(0, head + 6)}${tags.join('')}</head><body>${html.slice(start, end + 10)}</body></html>`;
}

/** Pages read from disk that may be waiting for Pagefind at once (their HTML is held until it replies). */
const FILES_IN_FLIGHT = 64;

/** Indexes the files `paths` of `root` (in this order; their searched part) into the bundle `outputPath`, index files only; returns the page count. */
export async function indexPageFiles(root: string, paths: readonly string[], outputPath: string): Promise<number> {
  const index = await openPageIndex();
  for (let i = 0; i < paths.length; i += FILES_IN_FLIGHT) {
    await Promise.all(paths.slice(i, i + FILES_IN_FLIGHT).map((path) => index.add(path, searchedPart(readFileSync(join(root, path), 'utf8')))));
  }
  return index.write(outputPath);
}

/**
 * Indexes records (no HTML pages) into the bundle `outputPath`, index files only. The records
 * are sent all at once (one at a time, waiting for each reply, took twice as long).
 */
export async function indexRecords(records: readonly SearchRecord[], outputPath: string): Promise<number> {
  const index = await newIndex();
  const replies = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  for (const reply of replies) check('addCustomRecord', reply.errors);
  check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  keepIndexFilesOnly(outputPath);
  return records.length;
}

/** Stops Pagefind's indexing process (the next call starts a new one). */
export const closeIndexer = (): Promise<null> => pagefind.close();
