/** The whole digest's events in TimelineJS3's JSON format. */
import { siteOrigin } from '../lib/urls.ts';
import type { APIRoute } from 'astro';
import { getEvents } from '../lib/digest.ts';
import { DIGEST_TIMELINE, timelineJsResponse } from '../lib/timeline-export.ts';

export const GET: APIRoute = async ({ site }) => timelineJsResponse(await getEvents(), DIGEST_TIMELINE.title, DIGEST_TIMELINE.description, siteOrigin(site));
