/**
 * The only code that builds URLs. Every page, component, feed and plugin asks this module, so the
 * base path (GitHub Pages sub-path) is applied in exactly one place. Paths end with a slash,
 * matching Astro's directory-style output.
 */

/** URL builders for one base path. */
export interface Urls {
  base: string;
  home(page?: number): string;
  /** An article page; `page` ≥ 2 for the further pages of a long article. */
  article(slug: string, paragraph?: string, page?: number): string;
  entity(slug: string): string;
  entities(): string;
  timeline(): string;
  /** One year of the timeline (`/timeline/2025/`). */
  timelineYear(year: string | number): string;
  /** The TimelineJS3 JSON export of the whole digest, or of one entity's events. */
  timelineJson(entity?: string): string;
  event(id: string): string;
  search(query?: string): string;
  about(): string;
  /** A file under `public/` or the build output (`favicon.svg`, `pagefind/`). */
  asset(path: string): string;
  /** An absolute URL (for canonical links, feeds, share cards), given the site origin. */
  absolute(path: string, site: string): string;
  /** The 1200×630 preview image of an article or entity page, or of the site (`site`, `default`). */
  ogImage(kind: 'article' | 'entity' | 'site', slug: string): string;
  /** The digest's RSS feed, or one entity's. */
  rss(entity?: string): string;
  /** The sitemap. */
  sitemap(): string;
}

const enc = encodeURIComponent;

/** Creates the URL builders for a base path such as `/` or `/news-digest/`. */
export function createUrls(base: string): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const join = (path: string) => root + path.replace(/^\/+/u, '');
  return {
    base: root,
    home: (page) => (page && page > 1 ? join(`page/${page}/`) : root),
    article: (slug, paragraph, page) => join(`articles/${enc(slug)}/${page && page > 1 ? `${page}/` : ''}`) + (paragraph ? `#${enc(paragraph)}` : ''),
    entity: (slug) => join(`entities/${enc(slug)}/`),
    entities: () => join('entities/'),
    timeline: () => join('timeline/'),
    timelineYear: (year) => join(`timeline/${enc(String(year))}/`),
    timelineJson: (entity) => (entity ? join(`entities/${enc(entity)}/timeline.json`) : join('timeline.json')),
    event: (id) => join('timeline/') + `#${enc(id)}`,
    search: (query) => join('search/') + (query ? `?q=${enc(query)}` : ''),
    about: () => join('about/'),
    asset: (path) => join(path),
    absolute: (path, site) => new URL(path, site.endsWith('/') ? site : `${site}/`).href,
    ogImage: (kind, slug) => join(`og/${kind}/${enc(slug)}.png`),
    rss: (entity) => (entity ? join(`entities/${enc(entity)}/rss.xml`) : join('rss.xml')),
    sitemap: () => join('sitemap.xml'),
  };
}

/** The site's URL builders, for the configured base path. */
export const urls: Urls = createUrls(import.meta.env?.BASE_URL ?? '/');
