/**
 * The archive indexed while pages are rendered (real Pagefind): the same bundle, byte for byte,
 * as indexing the same pages from their files, whatever order they arrive in; and no bundle, with
 * a reason, whenever the pages rendered are not exactly the archive.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder, writeIn } from '../../test/helpers/files.ts';
import { listFiles } from '../lib/files.ts';
import { UNDATED } from '../lib/search-meta.ts';
import { compareIndexOrder, splitPages, type IndexedPage } from '../lib/search-parts.ts';
import { ArchiveStream, MAX_HELD } from './archive-stream.ts';
import { articlePages } from './article-index.ts';
import { closeIndexer, indexPageFiles, openPageIndex, searchedPart } from './pagefind-index.ts';

const work = tempFolder('digest-stream-');
afterAll(async () => {
  await closeIndexer();
  rmSync(work, { recursive: true, force: true });
});

/** An article page as the site writes it: sort date in the head, text in the search body. */
const html = (title: string, date: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title>${date === UNDATED ? '' : `<meta data-pagefind-sort="date[content]" data-pagefind-meta="date[content]" content="${date}">`}</head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>Words about ${title} and the talks of ${date}.</p></main></body></html>`;

/** Six articles over two months (one undated, one with a second page) in a built site folder. */
const dist = join(work, 'dist');
const PAGES = [
  ['articles/a/index.html', '2025-10-02'],
  ['articles/b/index.html', '2025-10-20'],
  ['articles/b/2/index.html', '2025-10-20'],
  ['articles/c/index.html', UNDATED],
  ['articles/d/index.html', '2025-09-11'],
  ['articles/e/index.html', '2025-11-03'],
] as const;
for (const [path, date] of PAGES) writeIn(dist, path, html(path, date));
const expected = PAGES.map(([path, date]) => ({ path, date }));
const archive = (): IndexedPage[] => splitPages(articlePages(dist)).archive;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const bundleBytes = (dir: string) => listFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]);

describe('ArchiveStream', () => {
  it('gives the bundle indexing the files gives, with pages offered out of order', async () => {
    const fromFiles = join(work, 'from-files');
    await indexPageFiles(dist, [...archive()].sort(compareIndexOrder).map((p) => p.path), fromFiles);
    const stream = new ArchiveStream(join(work, 'streamed'));
    stream.expect(expected);
    // Astro renders the further pages' route first, and pages of a route four at a time.
    for (const path of ['articles/b/2/index.html', 'articles/c/index.html', 'articles/e/index.html', 'articles/a/index.html', 'articles/b/index.html', 'articles/d/index.html']) stream.offer(path, read(path));
    const bundle = await stream.take(archive());
    expect(stream.failure).toBeUndefined();
    expect(bundle).toBe(join(work, 'streamed'));
    expect(bundleBytes(bundle!)).toEqual(bundleBytes(fromFiles));
    expect(listFiles(bundle!).some((f) => f.endsWith('.pf_meta'))).toBe(true);
  });

  it('gives no bundle when an archive page was not rendered (kept from the last build)', async () => {
    const stream = new ArchiveStream(join(work, 'partial'));
    stream.expect(expected);
    for (const [path] of PAGES.filter(([p]) => p !== 'articles/d/index.html')) stream.offer(path, read(path));
    expect(await stream.take(archive())).toBeUndefined();
    expect(stream.failure).toBe('1 of 5 archive pages were not rendered in this build');
  });

  it('gives no bundle when a page differs from the file the build wrote', async () => {
    const stream = new ArchiveStream(join(work, 'changed'));
    stream.expect(expected);
    for (const [path] of PAGES) stream.offer(path, path === 'articles/a/index.html' ? read(path).replace('Words', 'Other words') : read(path));
    expect(await stream.take(archive())).toBeUndefined();
    expect(stream.failure).toBe('the archive differs from the pages rendered');
  });

  it('gives up on a page dated otherwise than predicted, and on pages arriving too far out of order', async () => {
    const misdated = new ArchiveStream(join(work, 'misdated'));
    misdated.expect(expected.map((p) => (p.path === 'articles/e/index.html' ? { ...p, date: '2025-10-05' } : p)));
    misdated.offer('articles/e/index.html', read('articles/e/index.html'));
    expect(misdated.failure).toBe('articles/e/index.html is dated 2025-11-03, not 2025-10-05');
    expect(await misdated.take(archive())).toBeUndefined();

    // Many pages, all offered before the first of the index's order.
    const many = Array.from({ length: MAX_HELD + 2 }, (_, i) => ({ path: `articles/p${String(i).padStart(4, '0')}/index.html`, date: '2025-01-01' }));
    const flood = new ArchiveStream(join(work, 'flood'));
    flood.expect([...many, { path: 'articles/new/index.html', date: '2025-12-01' }]);
    for (const p of many.slice(1)) flood.offer(p.path, html(p.path, p.date));
    expect(flood.failure).toBe(`more than ${MAX_HELD} pages arrived ahead of ${many[0]!.path}`);
  });

  it('removes a bundle it wrote but was not taken when closed, and keeps one that was taken', async () => {
    const unused = new ArchiveStream(join(work, 'unused'));
    unused.expect(expected);
    for (const [path] of PAGES) unused.offer(path, read(path));
    await unused.close();
    expect(existsSync(join(work, 'unused'))).toBe(false);
    expect(await unused.take(archive())).toBeUndefined();

    const used = new ArchiveStream(join(work, 'used'));
    used.expect(expected);
    for (const [path] of PAGES) used.offer(path, read(path));
    expect(await used.take(archive())).toBe(join(work, 'used'));
    await used.close();
    expect(existsSync(join(work, 'used'))).toBe(true);
  });

  it('says so when no article page was rendered at all', async () => {
    const idle = new ArchiveStream(join(work, 'idle'));
    expect(await idle.take(archive())).toBeUndefined();
    expect(idle.failure).toBe('no article page was rendered in this build');
    await idle.close();
  });

  it('ignores pages it does not expect, and current pages beyond their date', async () => {
    const stream = new ArchiveStream(join(work, 'ignores'));
    stream.expect(expected);
    stream.offer('articles/old-slug/index.html', '<p>This page has moved.</p>');
    for (const [path] of PAGES) stream.offer(path, read(path));
    expect(await stream.take(archive())).toBe(join(work, 'ignores'));
  });
});

describe('searchedPart', () => {
  /** An attribute value as Astro writes it: only `&` and `"` escaped. */
  const attr = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');
  /** Text as Astro writes it. */
  const text = (t: string) => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  /** The tags Pagefind reads from a page's head. */
  const metas = (title: string) =>
    `<meta data-pagefind-meta="title[content]" content="${attr(title)}"><meta data-pagefind-filter="entity[content]" content="Syria">` +
    `<meta data-pagefind-sort="date[content]" data-pagefind-meta="date[content]" content="2025-10-02">`;
  /** The searched element of a page (with an article nested in its text). */
  const searched = (title: string, summary: string) =>
    `<article data-pagefind-body><header><h1>${text(title)}</h1>` +
    `<p class="share" data-pagefind-ignore><button data-share-title="${attr(title)}">Share</button></p></header>` +
    `<div class="article-body"><p id="p1">Talks on ${text(summary)} went on.</p><article><p>A quoted piece.</p></article><p id="p2">The end of the text.</p></div></article>`;
  /** An article page laid out as ours, with tags in its title and summary where attributes quote them. */
  const page = (title: string, summary: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${text(title)}</title><meta name="description" content="${attr(summary)}">` +
    `<meta property="og:title" content="${attr(title)}"><script type="application/ld+json">{"headline":"\\u003c/article\\u003e"}</script>` +
    `${metas(title)}</head><body><header><a href="/" title="${attr(summary)}">Digest</a></header><main>${searched(title, summary)}` +
    `<section aria-label="${attr(title)}"><h2>Background</h2><p>More words that the search must not see.</p></section></main></body></html>`;
  const HOSTILE = [
    ['Plain headline', 'A summary.'],
    ['Talks </article> end early', 'Summary with <body> and </head> in it'],
    ['<meta data-pagefind-filter="entity[content]" content="Fake">', '<article data-pagefind-body>fake</article> <meta data-pagefind-meta="title[content]" content="x">'],
  ] as const;

  it('keeps what Pagefind reads, whatever tags titles and summaries hold: the same bundle as the whole page', async () => {
    const pages = HOSTILE.map(([title, summary]) => page(title, summary));
    for (const [i, html] of pages.entries()) {
      const [title, summary] = HOSTILE[i]!;
      const part = searchedPart(html);
      expect(part).toBe(`<!DOCTYPE html><html lang="en"><head>${metas(title)}</head><body>${searched(title, summary)}</body></html>`);
      expect(searchedPart(part)).toBe(part);
    }
    const bundle = async (name: string, html: readonly string[]) => {
      const index = await openPageIndex();
      for (const [i, h] of html.entries()) await index.add(`articles/p${i}/index.html`, h);
      await index.write(join(work, name));
      return bundleBytes(join(work, name));
    };
    expect(await bundle('hostile-part', pages.map(searchedPart))).toEqual(await bundle('hostile-whole', pages));
  });

  it('returns a page not laid out as ours whole', () => {
    const other = '<!doctype html><html><head><title>x</title></head><body><main data-pagefind-body>Text</main></body></html>';
    expect(searchedPart(other)).toBe(other);
  });
});
