/**
 * The TimelineJS export as the site serves it: context (article titles and dates, absolute links)
 * from the digest's collections, so the two endpoints stay one-liners.
 */
import { SITE } from '../config.ts';
import type { EventData } from '../schemas/collections.ts';
import { getArticleMap } from './digest.ts';
import { toTimelineJs } from './timelinejs.ts';
import { urls } from './urls.ts';

/** A JSON response with the TimelineJS document of `events`. */
export async function timelineJsResponse(events: readonly EventData[], title: string, description: string, origin: string): Promise<Response> {
  return new Response(await timelineJsText(events, title, description, origin), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** The TimelineJS document of `events`, as the file the site serves. */
export async function timelineJsText(events: readonly EventData[], title: string, description: string, origin: string): Promise<string> {
  const articles = await getArticleMap();
  const doc = toTimelineJs(events, {
    title,
    description,
    article: (slug) => {
      const a = articles.get(slug);
      return a && { title: a.data.title, date: a.data.date };
    },
    link: (e) => urls.absolute(urls.article(e.article, e.paragraph, e.page), origin),
  });
  return JSON.stringify(doc, null, 1);
}

/** The title slide text of the digest-wide export. */
export const DIGEST_TIMELINE = { title: `${SITE.title}: timeline`, description: 'Every dated event in the digest, in date order.' } as const;
