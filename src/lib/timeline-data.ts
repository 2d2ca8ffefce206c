/**
 * The grouped timeline of the whole digest, computed once per build and shared by the timeline
 * pages (`/timeline/`, `/timeline/<year>/`) and the export.
 */
import { getArticleMap, getEvents } from './digest.ts';
import { groupTimeline, latestDay, type Timeline } from './timeline.ts';

let cached: Promise<Timeline> | undefined;

/** The digest's events grouped by year and month. */
export function getTimeline(): Promise<Timeline> {
  return (cached ??= getEvents().then(groupTimeline));
}

let endDay: Promise<string | undefined> | undefined;

/**
 * The latest article day of the digest: where open ranges ("since 2000") end on the timeline.
 * Computed once per build: every timeline page and its cache key asks for it.
 */
export function digestEndDay(): Promise<string | undefined> {
  return (endDay ??= getArticleMap().then((articles) => latestDay([...articles.keys()].map((article) => ({ article })), (slug) => articles.get(slug)?.data.date)));
}
