import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, fileUrl, selectPrecache } from './offline.ts';

describe('precache manifest', () => {
  it('maps files to the URLs they are served at under the base path', () => {
    expect(fileUrl('/news-digest/', 'index.html')).toBe('/news-digest/');
    expect(fileUrl('/news-digest/', 'entities/x/index.html')).toBe('/news-digest/entities/x/');
    expect(fileUrl('/', '404.html')).toBe('/404.html');
    expect(fileUrl('/', 'pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('treats the merged bundles like the main one: index files cached, fragments within the cap, newest articles first', () => {
    // Sorted, as the folder lister gives them: the archive's and the entities' files come first.
    const files = ['pagefind/pagefind-entry.json', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/entities/pagefind-entry.json', 'pagefind/entities/pagefind.en_2.pf_meta', 'pagefind/entities/filter/en_3.pf_filter', 'pagefind/entities/fragment/en_4.pf_fragment', 'pagefind/entities/fragment/en_5.pf_fragment', 'pagefind/archive/pagefind-entry.json', 'pagefind/archive/index/en_6.pf_index', 'pagefind/archive/fragment/en_7.pf_fragment'].sort();
    const picked = selectPrecache(files, { pages: 1, fragments: 3 });
    expect(picked).toEqual(expect.arrayContaining(['pagefind/entities/pagefind-entry.json', 'pagefind/entities/pagefind.en_2.pf_meta', 'pagefind/entities/filter/en_3.pf_filter', 'pagefind/archive/pagefind-entry.json', 'pagefind/archive/index/en_6.pf_index']));
    expect(picked.filter((f) => f.includes('/fragment/'))).toEqual(['pagefind/fragment/en_1.pf_fragment', 'pagefind/archive/fragment/en_7.pf_fragment', 'pagefind/entities/fragment/en_4.pf_fragment']);
    // A cap smaller than the entity fragments still keeps the article ones.
    expect(selectPrecache(files, { pages: 1, fragments: 2 }).filter((f) => f.includes('/fragment/'))).toEqual(['pagefind/fragment/en_1.pf_fragment', 'pagefind/archive/fragment/en_7.pf_fragment']);
  });

  it('puts core pages first, caps pages and fragments, keeps the index, skips the worker and unused UI', () => {
    const files = ['404.html', 'a/1/index.html', 'a/2/index.html', 'a/3/index.html', 'index.html', 'search/index.html', 'sw.js', '.nojekyll', 'pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/index/en_1.pf_index', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/fragment/en_2.pf_fragment', '_astro/x.css', 'og/entity/x.png', 'rss.xml', 'entities/x/rss.xml', 'entities/x/timeline.json', 'timeline.json', 'sitemap.xml', 'robots.txt', 'favicon.svg', 'scripts/search.js'];
    const picked = selectPrecache(files, { pages: 4, fragments: 1 });
    expect(picked.slice(0, 3)).toEqual(['index.html', 'search/index.html', '404.html']);
    expect(picked.filter((f) => f.endsWith('.html'))).toHaveLength(4);
    expect(picked).toContain('pagefind/index/en_1.pf_index');
    expect(picked.filter((f) => f.includes('/fragment/'))).toEqual(['pagefind/fragment/en_1.pf_fragment']);
    for (const skipped of ['sw.js', '.nojekyll', 'pagefind/pagefind-ui.js']) expect(picked).not.toContain(skipped);
    // One-per-page files (share images, feeds, exports) are cached on visit, not precached.
    for (const onVisit of ['og/entity/x.png', 'rss.xml', 'entities/x/rss.xml', 'entities/x/timeline.json', 'timeline.json', 'sitemap.xml', 'robots.txt']) expect(picked).not.toContain(onVisit);
    for (const kept of ['_astro/x.css', 'favicon.svg', 'scripts/search.js']) expect(picked).toContain(kept);
  });

  it('changes the cache version when a page changes, and only then', () => {
    const dist = mkdtempSync(join(tmpdir(), 'digest-sw-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), text);
    };
    try {
      write('index.html', 'home');
      write('articles/a/index.html', 'one');
      const first = buildManifest(dist, '/').version;
      expect(buildManifest(dist, '/').version).toBe(first);
      write('articles/a/index.html', 'two');
      expect(buildManifest(dist, '/').version).not.toBe(first);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
