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

/**
 * The tags of a page Astro wrote, in order, as `[start, end)`: a `<` up to the `>` that closes
 * it, stepping over double-quoted attribute values. Astro double-quotes every attribute value and
 * escapes `"` in it, and escapes `<` in text, so a `<` or `>` inside a value or in text never
 * looks like a tag; the contents of `<script>` (only JSON-LD, whose `<` is escaped) are skipped.
 */
function* tagsOf(html: string): Generator<[number, number]> {
  let at = html.indexOf('<');
  while (at >= 0) {
    let end = at + 1;
    while (end < html.length && html.charCodeAt(end) !== 0x3e /* > */) {
      if (html.charCodeAt(end) === 0x22 /* " */) end = html.indexOf('"', end + 1);
      if (end < 0) return;
      end++;
    }
    if (end >= html.length) return;
    yield [at, end + 1];
    at = html.indexOf('<', html.startsWith('<script', at) ? Math.max(end, html.indexOf('</script', end)) : end);
  }
}

/** Whether the tag at `at` is a `name` tag (`<name` followed by a space, `/` or `>`). */
const isTag = (html: string, at: number, name: string) => html.startsWith(name, at + 1) && /[\s/>]/u.test(html[at + 1 + name.length] ?? '');
/** A tag's text with its attribute values emptied: what is left are names. */
const attributeNames = (tag: string) => tag.replace(/"[^"]*"/gu, '""');

/**
 * The part of an article page that Pagefind reads: the document's start (doctype, `<html lang>`),
 * the `data-pagefind-…` `<meta>` tags of its head and its `data-pagefind-body` element; the rest
 * (share and social tags, structured data, navigation, entity list, background timeline) is two
 * thirds of a page's bytes. Pagefind writes the same bundle, byte for byte, from this part as
 * from the whole page (2,000 BBC pages: 33.9 → 10.0 MB sent, indexing 5.5–6.0 → 4.6–4.9 s;
 * checked on built pages in `test/incremental.test.ts`, and on pages whose titles and summaries
 * hold tags in `archive-stream.test.ts`). Tags are found by walking the page's tags, never by
 * searching its text, so a title that contains `</article>` or `<meta data-pagefind-…>` moves
 * nothing. A page not laid out that way is returned whole; applying it twice gives the same text.
 */
export function searchedPart(html: string): string {
  let head = -1;
  let body = false;
  let article = -1;
  let depth = 0;
  const metas: string[] = [];
  for (const [start, end] of tagsOf(html)) {
    if (article >= 0) {
      if (isTag(html, start, 'article')) depth++;
      else if (isTag(html, start, '/article') && --depth === 0) {
        return `${html.slice(0, head)}${metas.join('')}</head><body>${html.slice(article, end)}</body></html>`;
      }
    } else if (!body) {
      if (head < 0 && isTag(html, start, 'head')) head = end;
      else if (head >= 0 && isTag(html, start, 'meta') && /\sdata-pagefind-/u.test(attributeNames(html.slice(start, end)))) metas.push(html.slice(start, end));
      else if (isTag(html, start, 'body')) body = true;
    } else if (isTag(html, start, 'article') && /\sdata-pagefind-body[\s=>]/u.test(attributeNames(html.slice(start, end)))) {
      article = start;
      depth = 1;
    }
  }
  return html;
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
