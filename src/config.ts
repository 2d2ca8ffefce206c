/**
 * Site settings in one place. `site` and `base` come from the environment so the same build
 * works at a domain root and under a GitHub Pages sub-path:
 * - `SITE_URL` (e.g. `https://example.github.io`) and `BASE_PATH` (e.g. `/news-digest/`);
 * - inside GitHub Actions, defaults from `GITHUB_REPOSITORY` (`owner/repo` →
 *   `https://owner.github.io` and `/repo/`, or `/` for an `owner.github.io` repository).
 */

/** Name and description of the digest, shown in the header, feeds and share cards. */
export const SITE = {
  title: 'News Digest',
  description: 'A curated digest of the news: articles, the people, organizations and places in them, and a timeline of events.',
  lang: 'en',
} as const;

/** Environment variables the site reads. */
type Env = Record<string, string | undefined>;

/** Normalises a base path to `/` or `/path/` (leading and trailing slash). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/gu, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The deployment's origin and base path, from the environment. */
export function deployment(env: Env): { site: string; base: string } {
  const repo = env.GITHUB_ACTIONS === 'true' ? env.GITHUB_REPOSITORY : undefined;
  const [owner, name] = repo?.split('/') ?? [];
  const pagesSite = owner ? `https://${owner.toLowerCase()}.github.io` : undefined;
  const pagesBase = name && owner && name.toLowerCase() !== `${owner.toLowerCase()}.github.io` ? `/${name}/` : '/';
  return {
    site: (env.SITE_URL || pagesSite || 'http://localhost:4321').replace(/\/+$/u, ''),
    base: normaliseBase(env.BASE_PATH ?? pagesBase),
  };
}

/**
 * Where the build reads and writes. Every path can be overridden from the environment, so tests
 * (and CI jobs) can run the real `npm run build` on another seeds folder without touching the
 * project's own content:
 * - `DIGEST_SEEDS_DIR` (default `seeds`), `DIGEST_CONTENT_DIR` (`content`),
 * - `DIGEST_CACHE_DIR` (`.cache/digest`: per-article results), `DIGEST_OUT_DIR` (`dist`),
 * - `DIGEST_ASTRO_CACHE` (`.cache/astro`: Astro's cache: content store and the previous build's pages).
 */
export function contentPaths(env: Env): { seedsDir: string; contentDir: string; digestCacheDir: string; outDir: string; cacheDir: string } {
  return {
    seedsDir: env.DIGEST_SEEDS_DIR || 'seeds',
    contentDir: env.DIGEST_CONTENT_DIR || './content',
    digestCacheDir: env.DIGEST_CACHE_DIR || '.cache/digest',
    outDir: env.DIGEST_OUT_DIR || './dist',
    cacheDir: env.DIGEST_ASTRO_CACHE || './.cache/astro',
  };
}
