/**
 * The grouped timeline of the whole digest, computed once per build and shared by the timeline
 * pages (`/timeline/`, `/timeline/<year>/`) and the export.
 */
import { getArticleMap, getEvents } from './digest.ts';
import { once } from './lazy.ts';
import { groupTimeline, latestDay, type Timeline } from './timeline.ts';

/** The digest's events grouped by year and month. */
export const getTimeline = once(async (): Promise<Timeline> => groupTimeline(await getEvents()));

/** The latest article day of the digest: where open ranges ("since 2000") end on the timeline page. */
export async function digestEndDay(): Promise<string | undefined> {
  const articles = await getArticleMap();
  return latestDay([...articles.keys()].map((article) => ({ article })), (slug) => articles.get(slug)?.data.date);
}
