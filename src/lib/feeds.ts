/**
 * Builds the RSS 2.0 feeds, the sitemap and robots.txt as strings. Pure: pages pass absolute URLs
 * (built through `urls.*` + the site origin) and plain data; all escaping goes through `xml.ts`.
 */
import { el, escapeXml } from './xml.ts';
import { perObject } from './lazy.ts';

/** One feed item. */
export interface FeedItem {
  /** Headline. */
  title: string;
  /** Absolute URL of the article page (also the item's permanent guid). */
  link: string;
  /** Summary text. */
  description: string;
  /** Publication day `YYYY-MM-DD`; undated items have no pubDate. */
  date?: string;
  /** Byline. */
  author?: string;
  /** Topic tags and entity names. */
  categories?: string[];
}

/** A feed channel. */
export interface Feed {
  /** Channel title. */
  title: string;
  /** Absolute URL of the HTML page the feed belongs to. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  self: string;
  /** Channel description. */
  description: string;
  /** Language code. */
  language: string;
  /** Items, newest first. */
  items: FeedItem[];
}

/** An RFC 822 date (RSS pubDate) for a `YYYY-MM-DD` day, at noon UTC so no time zone shifts the day. */
export function rfc822(day: string): string {
  return new Date(`${day}T12:00:00Z`).toUTCString();
}

/** One feed item as XML; made once per item (an article's item is in every feed of an entity it names, see `feed-items.ts`). */
const itemXml = perObject((i: FeedItem): string =>
  [
    '<item>',
    el('title', i.title),
    el('link', i.link),
    `<guid isPermaLink="true">${escapeXml(i.link)}</guid>`,
    el('description', i.description),
    i.date ? el('pubDate', rfc822(i.date)) : '',
    i.author ? el('dc:creator', i.author) : '',
    ...(i.categories ?? []).map((c) => el('category', c)),
    '</item>',
  ].join(''),
);

/** Renders an RSS 2.0 document. Each item's XML is made once per item object: an item is not to be changed once rendered (`feedItem` makes each once). */
export function rss(feed: Feed): string {
  const newest = feed.items.find((i) => i.date)?.date;
  const items = feed.items.map((i) => itemXml(i));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    el('title', feed.title),
    el('link', feed.link),
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    el('description', feed.description),
    el('language', feed.language),
    newest ? el('lastBuildDate', rfc822(newest)) : '',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** One sitemap entry. */
export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** Last modification day `YYYY-MM-DD`. */
  lastmod?: string;
}

/** Renders a sitemap (sitemaps.org 0.9). */
export function sitemap(entries: SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((e) => `<url>${el('loc', e.loc)}${e.lastmod ? el('lastmod', e.lastmod) : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** Renders robots.txt: everything may be crawled; the sitemap's absolute URL. */
export function robots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
