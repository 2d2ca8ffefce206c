/**
 * Astro middleware, run for every page a build renders: hands rendered article pages to the
 * search integration while the build runs (`src/lib/page-stream.ts`); a no-op otherwise.
 */
import { defineMiddleware } from 'astro:middleware';
import { articleSearchPages } from './lib/digest.ts';
import { offerPage } from './lib/page-stream.ts';

export const onRequest = defineMiddleware(async ({ url }, next) => offerPage(url.pathname, await next(), articleSearchPages));
