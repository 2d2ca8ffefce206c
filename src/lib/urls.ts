/**
 * The only code that builds URLs. Every page, component, feed and plugin asks this module, so the
 * base path (GitHub Pages sub-path) is applied in exactly one place. Paths end with a slash,
 * matching Astro's directory-style output.
 */
import { ENTITY_TYPE_INFO, type EntityType } from '../schemas/entity-types.ts';

/** URL builders for one base path. */
export interface Urls {
  base: string;
  home(page?: number): string;
  /** An article page; `page` ≥ 2 for the further pages of a long article. */
  article(slug: string, paragraph?: string, page?: number): string;
  entity(slug: string): string;
  entities(): string;
  /** All articles that mention an entity, page `page` (1 = first). */
  entityArticles(slug: string, page?: number): string;
  /** All entities of one type (`/people/`, `/organizations/`, `/places/`), page `page`. */
  entitiesOfType(type: EntityType, page?: number): string;
  timeline(): string;
  /** One year of the timeline (`/timeline/2025/`); `part` ≥ 2 for the further pages of a year too big for one. */
  timelineYear(year: string | number, part?: number): string;
  /** The events of undated articles, page `page`. */
  timelineUnresolved(page?: number): string;
  /** The TimelineJS3 JSON export of the whole digest, or of one entity's events. */
  timelineJson(entity?: string): string;
  search(query?: string): string;
  about(): string;
  /** A file under `public/` or the build output (`favicon.svg`, `pagefind/`). */
  asset(path: string): string;
  /** An absolute URL (for canonical links, feeds, share cards), given the site origin. */
  absolute(path: string, site: string): string;
  /** The 1200×630 preview image of an article or entity page, or of the site (`site`, `default`). */
  ogImage(kind: 'article' | 'entity' | 'type' | 'site', slug: string): string;
  /** The digest's RSS feed, or one entity's. */
  rss(entity?: string): string;
  /** The sitemap. */
  sitemap(): string;
  /** The output file of a URL from here that names a file (`og/entity/x.png`): its path under the base, decoded. */
  file(url: string): string;
  /** The output HTML file of a page URL from here (`/base/articles/x/` → `articles/x/index.html`). */
  pageFile(url: string): string;
}

const enc = encodeURIComponent;

/** Creates the URL builders for a base path such as `/` or `/news-digest/`. */
export function createUrls(base: string): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const join = (path: string) => root + path.replace(/^\/+/u, '');
  const file = (url: string) => decodeURIComponent(url.startsWith(root) ? url.slice(root.length) : url);
  return {
    base: root,
    home: (page) => (page && page > 1 ? join(`page/${page}/`) : root),
    article: (slug, paragraph, page) => join(`articles/${enc(slug)}/${page && page > 1 ? `${page}/` : ''}`) + (paragraph ? `#${enc(paragraph)}` : ''),
    entity: (slug) => join(`entities/${enc(slug)}/`),
    entities: () => join('entities/'),
    entityArticles: (slug, page) => join(`entities/${enc(slug)}/articles/${page && page > 1 ? `${page}/` : ''}`),
    entitiesOfType: (type, page) => join(`${ENTITY_TYPE_INFO[type].path}/${page && page > 1 ? `${page}/` : ''}`),
    timeline: () => join('timeline/'),
    timelineYear: (year, part) => join(`timeline/${enc(String(year))}/${part && part > 1 ? `${part}/` : ''}`),
    timelineUnresolved: (page) => join(`timeline/unresolved/${page && page > 1 ? `${page}/` : ''}`),
    timelineJson: (entity) => (entity ? join(`entities/${enc(entity)}/timeline.json`) : join('timeline.json')),
    search: (query) => join('search/') + (query ? `?q=${enc(query)}` : ''),
    about: () => join('about/'),
    asset: (path) => join(path),
    absolute: (path, site) => new URL(path, site.endsWith('/') ? site : `${site}/`).href,
    ogImage: (kind, slug) => join(`og/${kind}/${enc(slug)}.png`),
    rss: (entity) => (entity ? join(`entities/${enc(entity)}/rss.xml`) : join('rss.xml')),
    sitemap: () => join('sitemap.xml'),
    file,
    pageFile: (url) => `${file(url)}${url.endsWith('/') ? 'index.html' : ''}`,
  };
}

/**
 * The site's origin for absolute URLs, from Astro's `site` (always set by `astro.config.mjs`
 * through `deployment()`; the fallback only serves code run outside a build).
 */
export function siteOrigin(site: URL | undefined): string {
  return site?.href ?? 'http://localhost:4321/';
}

/**
 * The configured base path: Astro replaces `import.meta.env.BASE_URL` with a string; outside a
 * build (scripts, the pipeline) Vite's env object is undefined and the base is `/`. A module that
 * reads the env object as a whole (even in a comment: Astro tests the text) gets every environment
 * variable whose name its text contains inlined (`_`, the shell's last command; `Path` on
 * Windows), so the page code, and with it every page's incremental-build key, would change with
 * how the build was started. `test/build-env.test.ts` keeps every source file clear of it.
 */
function configuredBase(): string {
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/';
  }
}

/**
 * The configured site address as `siteOrigin` gives it, for code that has no `Astro.site` (a
 * route's `getStaticPaths`); read like the base path (`configuredBase`).
 */
export function configuredOrigin(): string {
  try {
    const site = import.meta.env.SITE as string | undefined;
    return siteOrigin(site ? new URL(site) : undefined);
  } catch {
    return siteOrigin(undefined);
  }
}

/** The site's URL builders, for the configured base path. */
export const urls: Urls = createUrls(configuredBase());
