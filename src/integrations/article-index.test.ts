import { describe, expect, it } from 'vitest';
import { suiteFolder, writeIn } from '../../test/helpers/files.ts';
import { articlePages } from './article-index.ts';

describe('articlePages', () => {
  const dist = suiteFolder('digest-dist-');
  const page = (path: string, html: string) => writeIn(dist, path, html);

  it('lists the indexed article pages with their dates, and leaves out redirect pages', () => {
    page('articles/new/index.html', '<head><meta data-pagefind-sort="date[content]" data-pagefind-meta="date[content]" content="2025-11-10"></head><article data-pagefind-body>Text</article>');
    page('articles/new/2/index.html', '<head><meta data-pagefind-sort="date[content]" data-pagefind-meta="date[content]" content="2025-11-10"></head><article data-pagefind-body>More</article>');
    // An old slug's page: no search body, no date (it would sort as undated, into the archive).
    page('articles/old-slug/index.html', '<head><meta http-equiv="refresh" content="0; url=/articles/new/"></head><p>This page has moved.</p>');
    const pages = articlePages(dist);
    expect(pages.map((p) => [p.path, p.date])).toEqual([['articles/new/2/index.html', '2025-11-10'], ['articles/new/index.html', '2025-11-10']]);
    expect(new Set(pages.map((p) => p.hash)).size).toBe(2);
  });
});
