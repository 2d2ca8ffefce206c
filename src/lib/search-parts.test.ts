import { describe, expect, it } from 'vitest';
import { UNDATED } from './search-meta.ts';
import { archiveKey, currentSince, pageDate, splitPages, type IndexedPage } from './search-parts.ts';

const page = (path: string, date: string, hash = 'h'): IndexedPage => ({ path: `articles/${path}/index.html`, date, hash });

describe('search parts', () => {
  const pages = [page('a', '2025-09-30'), page('b', '2025-11-01'), page('c', UNDATED), page('d', '2025-11-10'), page('e', '2025-10-31')];

  it('puts the newest month in the current part, older and undated pages in the archive', () => {
    expect(currentSince(pages)).toBe('2025-11-01');
    const { current, archive, since } = splitPages(pages);
    expect(since).toBe('2025-11-01');
    expect(current.map((p) => p.path)).toEqual(['articles/b/index.html', 'articles/d/index.html']);
    expect(archive.map((p) => p.path)).toEqual(['articles/a/index.html', 'articles/c/index.html', 'articles/e/index.html']);
  });

  it('has no archive when no page has a date, and none when every page is of one month', () => {
    expect(splitPages([page('a', UNDATED)])).toEqual({ current: [page('a', UNDATED)], archive: [] });
    expect(splitPages([page('a', '2025-11-02'), page('b', '2025-11-30')]).archive).toEqual([]);
  });

  it('keys the archive by its pages and their bytes, in any order, and by the indexer', () => {
    const key = archiveKey(pages, 'pagefind 1');
    expect(archiveKey([...pages].reverse(), 'pagefind 1')).toBe(key);
    expect(archiveKey(pages, 'pagefind 2')).not.toBe(key);
    expect(archiveKey(pages.map((p, i) => (i === 2 ? { ...p, hash: 'changed' } : p)), 'pagefind 1')).not.toBe(key);
    expect(archiveKey(pages.slice(1), 'pagefind 1')).not.toBe(key);
  });

  it('reads the sort date a page declares for Pagefind', () => {
    expect(pageDate('<head><meta data-pagefind-sort="date[content]" data-pagefind-meta="date[content]" content="2025-11-10"></head>')).toBe('2025-11-10');
    expect(pageDate('<head><meta name="date" content="2025-11-10"></head>')).toBe(UNDATED);
  });
});
