/**
 * The timeline views over a built fixture site: the seed article (published 2025-11-10) through
 * the real pipeline and `astro build`, checked in the HTML, the SVG and the TimelineJS export.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProjectSeeds, makeSeeds, type BuiltSite } from './helpers/site.ts';
import { brokenLinks } from './helpers/links.ts';
import type { TlTimeline } from '../src/lib/timelinejs.ts';

describe('timeline views of the seed article', () => {
  let site: BuiltSite;
  const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
  /** The event `<li>`s of a page's main timeline lists, with their attributes and text. */
  const items = (html: string) => [...html.matchAll(/<li id="([^"]+)"([^>]*data-entities="([^"]*)"[^>]*)>([\s\S]*?)<\/p>/gu)].map((m) => ({ id: m[1]!, attrs: m[2]!, entities: m[3]!.split(' '), body: m[4]! }));
  const svgOf = (html: string) => html.match(/<svg class="timeline-svg"[\s\S]*?<\/svg>/u)?.[0] ?? '';
  const marks = (svg: string) => [...svg.matchAll(/data-event="([^"]+)"/gu)].map((m) => m[1]!);
  /** Number of marks drawn (pages without the filter do not tag marks with their event id). */
  const markCount = (svg: string) => (svg.match(/<g class="tl-mark /gu) ?? []).length;

  beforeAll(() => {
    site = buildSite(makeSeeds(copyProjectSeeds));
  });
  afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

  it('lists the events in date order with <time datetime> and their labels', () => {
    const html = page('timeline');
    const datetimes = [...html.matchAll(/<time datetime="([^"]+)"/gu)].map((m) => m[1]!);
    expect(datetimes.length).toBeGreaterThanOrEqual(8);
    expect([...datetimes].sort()).toEqual(datetimes);
    const label = (text: string) => new RegExp(`<time datetime="[^"]+">[^<]*${text}[^<]*</time>`, 'u');
    expect(html).toMatch(/<time datetime="2025-06-01">June 2025<\/time>/u);
    expect(html).toMatch(/<time datetime="2025-05-01">May 2025<\/time>/u);
    expect(html).toMatch(/<time datetime="2025-11-03">week of 3 November 2025<\/time>/u);
    expect(html).toMatch(label('July 2025')); // "until four months ago"
    expect(html).toMatch(/<time datetime="2025-11-10">10 November 2025<\/time>/u); // Monday's meeting
    expect(html).toMatch(/<time datetime="2025-01-01">2025<\/time>/u); // "earlier this year"
    // "since 2000" is a range, with a marker that says where it runs to.
    const since = items(html).find((i) => i.body.includes('since 2000</time>'))!;
    expect(since.attrs).toMatch(/class="range"/u);
    expect(since.attrs).toMatch(/data-mod="since"/u);
    expect(since.body).toMatch(/class="range-marker"[\s\S]*2000 → 10 November 2025/u);
  });

  it('groups by year then month, with the coarse "2025" group first in its year', () => {
    const html = page('timeline');
    const headings = [...html.matchAll(/<h[23] id="([^"]+)"[^>]*>([^<]*)/gu)].map((m) => m[2]!.trim()).filter((h) => /\d{4}/u.test(h));
    expect(headings).toEqual(['2000', '2000', '2025', '2025', 'May 2025', 'June 2025', 'July 2025', 'November 2025']);
    expect(html).toContain('(whole year)');
  });

  it('shows each event with its paragraph link, entity chips and filter data', () => {
    const html = page('timeline');
    const monday = items(html).find((i) => i.body.includes('Monday’s meeting') && i.body.includes('10 November 2025</time>'))!;
    expect(monday.body).toMatch(/href="\/articles\/[^/"]+\/#p16"/u);
    expect(monday.entities).toContain('donald-trump');
    expect(monday.attrs).toMatch(/data-types="[^"]*person/u);
    expect(html).toMatch(/<a href="\/entities\/donald-trump\/">Donald Trump<\/a>/u);
    expect(html).toMatch(/<li data-slug="donald-trump" data-type="person" data-count="\d+">Donald Trump<\/li>/u);
    // The filter is a script file (CSP), and its hook is hidden until the script runs.
    expect(html).toMatch(/<script src="\/scripts\/timeline-filter\.js" defer><\/script>/u);
    expect(html).toMatch(/<div class="timeline-filter-slot" data-timeline-filter hidden>/u);
    expect(existsSync(join(site.dist, 'scripts/timeline-filter.js'))).toBe(true);
  });

  it('draws an accessible SVG with one mark per event', () => {
    const html = page('timeline');
    const svg = svgOf(html);
    expect(svg).toMatch(/role="img" aria-labelledby="timeline-svg-title timeline-svg-desc"/u);
    expect(svg).toMatch(/<title id="timeline-svg-title">/u);
    expect(svg).toMatch(/<desc id="timeline-svg-desc">/u);
    expect(svg).not.toMatch(/style=/u);
    const ids = items(html).map((i) => i.id);
    expect(marks(svg).sort()).toEqual([...ids].sort());
    expect(markCount(svg)).toBe(ids.length);
    expect(svg.match(/class="tl-mark tl-range"/gu)).toHaveLength(3); // since 2000, until July 2025, until 2025
    expect(svg).toMatch(/<text[^>]*>2025<\/text>/u);
  });

  it('splits years onto their own pages', () => {
    for (const year of ['2000', '2025']) {
      const html = page(`timeline/${year}`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>Timeline: ${year}</h1>`, 'u'));
      expect(html).toContain(`href="/timeline/${year}/"`);
    }
    expect(page('timeline/2000')).toContain('since 2000</time>');
    expect(page('timeline/2000')).not.toContain('June 2025</time>');
  });

  it('draws a year page on an axis of that year, the open range "since 2000" running off its end', () => {
    const svg = svgOf(page('timeline/2000'));
    const labels = [...svg.matchAll(/<text[^>]*>(\d{4})<\/text>/gu)].map((m) => m[1]);
    expect(labels).toEqual(['2000', '2001']);
    expect(svg.match(/class="tl-mark tl-range"/gu)).toHaveLength(1);
  });

  it('gives the Donald Trump entity page a timeline of the events involving him', () => {
    const all = items(page('timeline'));
    const his = all.filter((i) => i.entities.includes('donald-trump')).map((i) => i.id);
    expect(his.length).toBeGreaterThanOrEqual(4);
    const html = page('entities/donald-trump');
    expect(items(html).map((i) => i.id)).toEqual(his);
    expect(markCount(svgOf(html))).toBe(his.length);
    expect(html).toContain('href="/entities/donald-trump/timeline.json"');
  });

  it('adds the SVG to the article background timeline', () => {
    const slug = page('timeline').match(/href="\/articles\/([^/"]+)\/#/u)![1]!;
    const html = page(`articles/${slug}`);
    expect(html).toMatch(/<h2 id="background">Background timeline<\/h2>\s*<figure class="timeline-figure">/u);
    expect(markCount(svgOf(html))).toBe(items(html).length);
  });

  it('exports TimelineJS JSON for the digest and per entity', () => {
    const all = items(page('timeline'));
    const doc = JSON.parse(readFileSync(join(site.dist, 'timeline.json'), 'utf8')) as TlTimeline;
    expect(doc.title.text.headline).toMatch(/timeline/u);
    expect(doc.events.map((e) => e.unique_id).sort()).toEqual(all.map((i) => i.id).sort());
    const june = doc.events.find((e) => e.display_date === 'June 2025')!;
    expect(june.start_date).toEqual({ year: 2025, month: 6 });
    expect(june.text.text).toMatch(/^It comes as Trump lifted sanctions/u);
    const since = doc.events.find((e) => e.display_date === 'since 2000')!;
    expect(since.end_date).toEqual({ year: 2025, month: 11, day: 10 });
    for (const e of doc.events) expect(`${e.text.headline}${e.text.text}`).not.toMatch(/<|>/u);
    const trump = JSON.parse(readFileSync(join(site.dist, 'entities/donald-trump/timeline.json'), 'utf8')) as TlTimeline;
    expect(trump.events.map((e) => e.unique_id)).toEqual(all.filter((i) => i.entities.includes('donald-trump')).map((i) => i.id));
  });

  it('highlights a deep-linked event with :target styling', () => {
    const css = [...page('timeline').matchAll(/<link rel="stylesheet" href="([^"]+)"/gu)].map((m) => readFileSync(join(site.dist, m[1]!), 'utf8')).join('\n');
    expect(css).toMatch(/\.timeline li:target/u);
  });

  it('has no broken internal links', () => {
    expect(brokenLinks(site.dist)).toEqual([]);
  });
});
