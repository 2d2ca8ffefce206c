/**
 * Rendered article pages handed to the search integration while the build runs (the middleware,
 * `src/middleware.ts`, calls `offerPage` for every page). No content-collection imports: the
 * integration, which runs outside Vite, imports this module too. The search integration opens a stream
 * only for a build that will index its archive afresh (`src/integrations/archive-stream.ts`);
 * otherwise, and outside a build, pages pass through untouched.
 */
import { currentBuild } from './build-state.ts';
import { urls } from './urls.ts';

/** An article page the build will render, as the search will see it. */
export interface ExpectedPage {
  /** Its output file, `articles/<slug>/index.html` (or `articles/<slug>/<n>/index.html`). */
  path: string;
  /** The sort date its search metadata will carry (`UNDATED` without one). */
  date: string;
}

/** What page code hands rendered pages to. */
export interface PageStream {
  /** The article pages of the build (called once, before the first page is offered). */
  expect(pages: readonly ExpectedPage[]): void;
  /** A rendered page's output path and HTML. */
  offer(path: string, html: string): void;
}

/** The build-state slot the search integration puts its stream in. */
export const PAGE_STREAM_SLOT = 'search:page-stream';

/**
 * Hands a rendered article page to the build's stream, if it has one; returns the response to
 * send on (the same, or one with the same status, headers and body when the body was read).
 * `articlePages` lists the digest's article pages (`articleSearchPages`).
 */
export async function offerPage(pathname: string, response: Response, articlePages: () => Promise<readonly ExpectedPage[]>): Promise<Response> {
  const stream = currentBuild()?.slots.get(PAGE_STREAM_SLOT) as PageStream | undefined;
  if (!stream || response.status !== 200) return response;
  const path = urls.pageFile(pathname);
  if (!path.startsWith('articles/')) return response;
  stream.expect(await articlePages());
  const html = await response.text();
  stream.offer(path, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}
