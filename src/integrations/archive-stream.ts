/**
 * The search archive of a cold build, indexed while Astro renders the article pages. Indexing the
 * ~10,000 archive pages from their files when the build was done took ~20 s after the last page,
 * with the main thread idle; a build that has no cached archive (the first deploy, a lost CI
 * cache) indexes them anyway, so it starts at once: the middleware hands each rendered article
 * page to this stream (`src/lib/page-stream.ts`), which adds the archive's pages to a Pagefind
 * index in the bundle's fixed order (`compareIndexOrder`), holding back the few that arrive
 * early, and writes the bundle as soon as the last one is in, while Astro renders the other routes.
 *
 * The stream predicts the archive from the digest's data (which pages, and their dates); when the
 * build is done, the archive found in the output must be exactly the pages it indexed, byte for
 * byte, or its bundle is dropped and the archive is indexed from the files as before. Same pages,
 * same order, same bundle either way.
 */
import { hash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { compareIndexOrder, pageDate, splitPages, type IndexedPage } from '../lib/search-parts.ts';
import type { ExpectedPage, PageStream } from '../lib/page-stream.ts';
import { openPageIndexWorker } from './page-index.ts';
import { searchedPart, type PageIndex } from './pagefind-index.ts';

/** Pages held back at most, waiting for one that comes before them in the index's order. */
export const MAX_HELD = 1024;

/** Indexes the archive's pages as the build renders them (see the module comment). */
export class ArchiveStream implements PageStream {
  /** Why the stream gave up, when it did. */
  failure?: string;
  /** Predicted dates of the article pages, by output path, and whether each is in the archive. */
  private predicted?: Map<string, { date: string; archive: boolean }>;
  /** The archive's pages in the index's order, and how many of them were added. */
  private order: string[] = [];
  private next = 0;
  private held = new Map<string, string>();
  /** The archive pages offered: their date and a hash of their bytes (as `articlePages` hashes files). */
  private offered = new Map<string, IndexedPage>();
  private index?: Promise<PageIndex>;
  private written?: Promise<number>;
  /** Whether `take` handed the bundle over; the index dropped when the stream failed. */
  private taken = false;
  private discarded?: Promise<void>;

  /** Where the bundle is written. */
  private readonly outputPath: string;
  private readonly open: () => PageIndex | Promise<PageIndex>;

  /**
   * `outputPath`: where the bundle is written (emptied now: Pagefind keeps files whose names
   * exist); `open`: the index the pages go to (on a worker thread by default, off the main thread
   * that renders the pages).
   */
  constructor(outputPath: string, open: () => PageIndex | Promise<PageIndex> = openPageIndexWorker) {
    this.outputPath = outputPath;
    this.open = open;
    rmSync(outputPath, { recursive: true, force: true });
  }

  expect(pages: readonly ExpectedPage[]): void {
    if (this.predicted) return;
    const { archive } = splitPages(pages);
    const inArchive = new Set(archive.map((p) => p.path));
    this.predicted = new Map(pages.map((p) => [p.path, { date: p.date, archive: inArchive.has(p.path) }]));
    this.order = [...archive].sort(compareIndexOrder).map((p) => p.path);
    if (this.order.length === 0) return this.fail('no archive');
    this.index = Promise.resolve().then(this.open);
    // A failure is reported by `take`, which awaits this.
    this.index.catch(() => {});
  }

  offer(path: string, html: string): void {
    const predicted = this.predicted?.get(path);
    if (this.failure || !predicted) return;
    const date = pageDate(html);
    if (date !== predicted.date) return this.fail(`${path} is dated ${date}, not ${predicted.date}`);
    if (!predicted.archive) return;
    if (this.offered.has(path)) return this.fail(`${path} was rendered twice`);
    this.offered.set(path, { path, date, hash: hash('sha1', html) });
    // Held and sent on as Pagefind will read it: a third of the bytes.
    this.held.set(path, searchedPart(html));
    if (this.held.size > MAX_HELD) return this.fail(`more than ${MAX_HELD} pages arrived ahead of ${this.order[this.next]}`);
    this.addReady();
  }

  /** Adds the held pages that are next in the index's order; writes the bundle after the last. */
  private addReady(): void {
    const index = this.index!;
    while (this.next < this.order.length && this.held.has(this.order[this.next])) {
      const path = this.order[this.next++];
      const html = this.held.get(path)!;
      this.held.delete(path);
      index.then((i) => i.add(path, html)).catch(() => {});
    }
    if (this.next === this.order.length) {
      this.written = index.then((i) => i.write(this.outputPath));
      this.written.catch(() => {});
    }
  }

  private fail(why: string): void {
    if (this.failure) return;
    this.failure = why;
    this.held.clear();
    this.discarded = this.index?.then((i) => i.discard()).catch(() => {});
  }

  /**
   * The folder of the bundle of `archive` (the archive pages the output holds), when the stream
   * indexed exactly those pages with these bytes; else undefined, and `failure` says why.
   */
  async take(archive: readonly IndexedPage[]): Promise<string | undefined> {
    if (!this.failure && !this.predicted) this.fail('no article page was rendered in this build');
    else if (!this.failure && !this.written) this.fail(`${this.order.length - this.offered.size} of ${this.order.length} archive pages were not rendered in this build`);
    else if (!this.failure && (archive.length !== this.offered.size || archive.some((p) => this.offered.get(p.path)?.hash !== p.hash))) this.fail('the archive differs from the pages rendered');
    if (this.failure) return undefined;
    try {
      await this.written;
      this.taken = true;
      return this.outputPath;
    } catch (error) {
      this.fail(`indexing them failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  /**
   * Ends the stream when the build is done, whether or not its bundle was taken: an index still
   * open is dropped (its worker and Pagefind process stopped) and a bundle not taken removed.
   */
  async close(): Promise<void> {
    if (!this.taken) {
      this.fail('closed');
      await this.discarded;
      rmSync(this.outputPath, { recursive: true, force: true });
    }
  }
}
