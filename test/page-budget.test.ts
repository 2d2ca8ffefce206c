/**
 * Page-weight budgets on real news (a sample of the BBC corpus, the longest article included):
 * article pages at most 60 kB of HTML, at most 20 kB of CSS per page, and scripts only for the
 * progressive enhancements (search, offline, share, timeline filters).
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from './helpers/links.ts';
import { buildSite, makeSeeds, ROOT, type BuiltSite } from './helpers/site.ts';

const CORPUS = join(ROOT, '../shared/corpora/bbc-news');
const available = existsSync(CORPUS);
if (!available) console.warn(`page-budget test skipped: ${CORPUS} is absent (../shared/corpora is only on CI and developer machines)`);

/** Every 80th article of each topic, plus the longest one of the corpus. */
function sample(seeds: string): void {
  for (const topic of readdirSync(CORPUS).filter((t) => statSync(join(CORPUS, t)).isDirectory())) {
    readdirSync(join(CORPUS, topic)).filter((f) => f.endsWith('.txt')).sort().forEach((f, i) => {
      if (i % 80 === 0 || `${topic}/${f}` === 'politics/290.txt') copyFileSync(join(CORPUS, topic, f), join(seeds, `2005-01-${String((i % 28) + 1).padStart(2, '0')}-${topic}-${f}`));
    });
  }
}

/** Scripts a page may load: the enhancements and Pagefind's bundle. */
const ALLOWED_SCRIPTS = /\/(?:scripts\/(?:search|offline|share|timeline-filter)\.js|pagefind\/pagefind(?:-[\w-]+)?\.js)$/u;

describe.skipIf(!available)('page weight on BBC articles', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(makeSeeds(sample));
  });
  afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

  it('keeps every article page at most 60 kB of HTML', () => {
    const pages = htmlFiles(join(site.dist, 'articles'));
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) expect(statSync(page).size, page).toBeLessThanOrEqual(60_000);
  });

  it('loads at most 20 kB of CSS and only the enhancement scripts on any page', () => {
    for (const page of htmlFiles(site.dist)) {
      const html = readFileSync(page, 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/gu)].map((m) => statSync(join(site.dist, m[1]!)).size);
      expect(css.reduce((a, b) => a + b, 0), page).toBeLessThanOrEqual(20_000);
      for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gu)) expect(m[1], page).toMatch(ALLOWED_SCRIPTS);
    }
  });
});
