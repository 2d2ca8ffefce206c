/**
 * Incremental builds: after a curator adds an article, renames an entity and hides another, the rebuild keeps
 * unchanged pages of the previous build (Astro's `incrementalBuild` with the keys of
 * `src/lib/page-keys.ts`) and its output is byte for byte what a clean `astro build` of the same
 * content gives. A key that misses something a page shows makes this test fail.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, keptPages, listFiles, makeSeeds, renderedPages, seedLines, type BuiltSite } from './helpers/site.ts';
import { closeIndexer, indexPageFiles, openPageIndex, searchedPart } from '../src/integrations/pagefind-index.ts';
import { treeFileMatches, treeFileOf } from '../src/lib/body-trees.ts';
import { entryBody } from '../src/pipeline/entry-layout.ts';

const LINES = seedLines();
/**
 * Three dated articles cut from the seed: they share Trump, Syria, ISIS and the White House. Two
 * months: once the third is added, the first two are the search archive (`search-parts.ts`),
 * which the clean build indexes while it renders them and the incremental one from its files.
 */
const ARTICLES = [
  ['2025-10-30-first.txt', LINES.slice(0, 5)],
  ['2025-10-31-second.txt', LINES.slice(5, 12)],
  ['2025-11-10-third.txt', LINES.slice(12)],
] as const;

function write(seeds: string, articles: readonly (readonly [string, readonly string[]])[], curation: string): void {
  for (const [name, lines] of articles) writeFileSync(join(seeds, name), lines.join('\n') + '\n');
  writeFileSync(join(seeds, 'curation.yaml'), curation);
}

/**
 * The second build's curation: a rename that keeps the URL, a rename that moves it (the old URL
 * becomes a redirect page), and an entity hidden (its pages must go).
 */
const RENAME = 'entities:\n  Karoline Leavitt:\n    rename: Karoline C. Leavitt\n    slug: karoline-leavitt\n  Oval Office:\n    rename: The Oval Office\n  Mosul:\n    hide: true\n';

describe('incremental build', () => {
  let added: BuiltSite;
  let incremental: BuiltSite;
  let clean: BuiltSite;
  let dir: string;

  beforeAll(() => {
    dir = makeSeeds((seeds) => write(seeds, ARTICLES.slice(0, 2), 'entities: {}\n'));
    buildSite(dir);
    write(join(dir, 'seeds'), ARTICLES, 'entities: {}\n');
    added = buildSite(dir);
    write(join(dir, 'seeds'), ARTICLES, RENAME);
    incremental = buildSite(dir);
    // The same content built again with Astro's cache gone: every page rendered afresh.
    renameSync(incremental.dist, join(dir, 'dist-incremental'));
    incremental.dist = join(dir, 'dist-incremental');
    rmSync(join(dir, 'astro-cache'), { recursive: true });
    clean = buildSite(dir);
  }, 600_000);
  afterAll(async () => {
    await closeIndexer();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps unchanged pages when an article is added and renders the rest', () => {
    const kept = keptPages(added.log);
    const rendered = renderedPages(added.log).length;
    expect(kept, 'pages kept from the previous build').toBeGreaterThan(10);
    expect(rendered, 'pages rendered again').toBeGreaterThan(0);
    expect(keptPages(clean.log)).toBe(0);
  });

  it('gives the same files, byte for byte, as a clean build of the same content', () => {
    const files = listFiles(clean.dist);
    expect(listFiles(incremental.dist)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(incremental.dist, f)).equals(readFileSync(join(clean.dist, f))));
    expect(differing).toEqual([]);
    expect(listFiles(clean.dist).filter((f) => f.startsWith('pagefind/archive/')).length, 'an archive bundle').toBeGreaterThan(0);
    expect(clean.log).toContain('2 in the archive, indexed while the pages were rendered');
  });

  it('turns the old URL of a renamed entity into a redirect to the new one', () => {
    const html = readFileSync(join(incremental.dist, 'entities/oval-office/index.html'), 'utf8');
    expect(html).toContain('http-equiv="refresh"');
    expect(html).toContain('/entities/the-oval-office/');
    expect(listFiles(incremental.dist)).toContain('entities/the-oval-office/index.html');
  });

  it('removes the pages of an entity hidden since the last build', () => {
    expect(listFiles(incremental.dist).filter((f) => f.startsWith('entities/mosul/'))).toEqual([]);
  });

  it('shows the new name wherever a page lists the renamed entity', () => {
    const pages = listFiles(incremental.dist).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(incremental.dist, f), 'utf8'));
    expect(pages.filter((p) => p.includes('>Karoline C. Leavitt')).length).toBeGreaterThan(2);
    // Article text keeps the name as written; chips, headings and structured data use the new one.
    expect(pages.filter((p) => /<li><a href="[^"]*">Karoline Leavitt|"name":"Karoline Leavitt"|<h1>Karoline Leavitt/u.test(p))).toEqual([]);
  });

  it('gives the search the same index from the part of each page Pagefind reads as from the whole page', async () => {
    const pages = listFiles(clean.dist).filter((f) => f.startsWith('articles/') && f.endsWith('.html')).sort();
    const whole = pages.map((f) => readFileSync(join(clean.dist, f), 'utf8'));
    expect(whole.every((html) => searchedPart(html).length < html.length / 2), 'every article page trimmed').toBe(true);
    expect(whole.every((html) => searchedPart(searchedPart(html)) === searchedPart(html))).toBe(true);
    const index = await openPageIndex();
    for (const [i, path] of pages.entries()) await index.add(path, whole[i]!);
    await index.write(join(dir, 'bundle-whole'));
    await indexPageFiles(clean.dist, pages, join(dir, 'bundle-part'));
    const bytes = (bundle: string) => listFiles(bundle).map((f) => [f, readFileSync(join(bundle, f)).toString('base64')]);
    expect(bytes(join(dir, 'bundle-part'))).toEqual(bytes(join(dir, 'bundle-whole')));
  });

  it("keeps a tree for every article entry, written for the entry's body, and none for entries gone", () => {
    const { content } = incremental;
    const entries = ['articles', 'article-pages'].flatMap((dir) => listFiles(join(content, dir)).map((f) => `${dir}/${f}`));
    expect(entries.length).toBe(3);
    expect(listFiles(join(content, 'body-trees')).map((f) => `body-trees/${f}`).sort()).toEqual(entries.map(treeFileOf).sort());
    for (const entry of entries) {
      const tree = readFileSync(join(content, treeFileOf(entry)), 'utf8');
      expect(treeFileMatches(tree, entryBody(readFileSync(join(content, entry), 'utf8'))!), entry).toBe(true);
    }
  });
});
