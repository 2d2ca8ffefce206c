/**
 * The TimelineJS export as the site serves it: context (article titles and dates, absolute links)
 * from the digest's collections, so the two endpoints stay one-liners.
 */
import { SITE } from '../config.ts';
import type { EventData } from '../schemas/collections.ts';
import { getArticleMap, type Article } from './digest.ts';
import { perObject } from './lazy.ts';
import { toTimelineJs, type TlContext } from './timelinejs.ts';
import { urls } from './urls.ts';

/** A JSON response with the TimelineJS document of `events`. */
export async function timelineJsResponse(events: readonly EventData[], title: string, description: string, origin: string): Promise<Response> {
  return new Response(await timelineJsText(events, title, description, origin), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** The TimelineJS document of `events`, as the file the site serves. */
export async function timelineJsText(events: readonly EventData[], title: string, description: string, origin: string): Promise<string> {
  const doc = toTimelineJs(events, { title, description, ...slideContext(await getArticleMap(), origin) });
  return JSON.stringify(doc, null, 1);
}

/** The slides' context for the site at `origin`: the same functions for every export, so each event's slide is made once (`timelinejs.ts`). */
const slideContext = perObject((articles: Map<string, Article>, origin: string): Pick<TlContext, 'article' | 'link'> => ({
  article: (slug) => {
    const a = articles.get(slug);
    return a && { title: a.data.title, date: a.data.date };
  },
  link: (e) => urls.absolute(urls.article(e.article, e.paragraph, e.page), origin),
}));

/** The title slide text of the digest-wide export. */
export const DIGEST_TIMELINE = { title: `${SITE.title}: timeline`, description: 'Every dated event in the digest, in date order.' } as const;
