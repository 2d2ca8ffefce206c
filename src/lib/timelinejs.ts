/**
 * Export of events in TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html):
 * `{ title: slide, events: slide[] }`, each slide with `start_date` `{ year, month?, day? }`,
 * optional `end_date`, `text` `{ headline, text }`, `group`, `display_date` and `unique_id`.
 * TimelineJS renders `text` fields as HTML, so every string is plain text, HTML-escaped here.
 */
import type { EventData } from '../schemas/collections.ts';
import { describeValue, opensForward } from './time-values.ts';
import { escapeXml } from './xml.ts';
import { truncateWords } from './truncate.ts';
import { perObject } from './lazy.ts';

/** A TimelineJS date object. */
export interface TlDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

/** A TimelineJS slide (the title slide has no dates). */
export interface TlSlide {
  start_date?: TlDate;
  end_date?: TlDate;
  text: { headline: string; text: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
  autolink?: boolean;
}

/** A TimelineJS document. */
export interface TlTimeline {
  title: TlSlide;
  events: TlSlide[];
  scale: 'human';
}

/** What the export needs to know about the articles events come from. */
export interface TlContext {
  /** Title slide headline and text (plain text). */
  title: string;
  description: string;
  /** Article title and publication day by slug. */
  article(slug: string): { title: string; date?: string } | undefined;
  /** Absolute URL of an event's paragraph. */
  link(e: EventData): string;
}

/** Plain text made safe for a field TimelineJS renders as HTML. */
export function escapeText(text: string): string {
  return escapeXml(text);
}

/** The date object of a `YYYY-MM-DD` day cut to what a granularity knows. */
function dateOf(day: string, precision: 'year' | 'month' | 'day'): TlDate {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day: d };
}

const PRECISION = { century: 'year', decade: 'year', year: 'year', season: 'month', quarter: 'month', month: 'month', week: 'day', day: 'day', time: 'day', unknown: 'day' } as const;

/** A headline from the clause: its first words, cut at a word boundary. */
export function headline(text: string, max = 90): string {
  return truncateWords(text, max);
}

/** One event as a slide; `undefined` when its date is unresolved (TimelineJS needs a year). The slide is shared by every call with the same event and context functions: not to be changed. */
export function eventSlide(e: EventData, ctx: TlContext): TlSlide | undefined {
  return e.start ? sharedSlide(e, e.start, ctx.article, ctx.link) : undefined;
}

/**
 * The slide of a dated event, made once for the same context functions (an event is in the export
 * of each entity it names, and in the digest's): shared, not to be changed.
 */
const sharedSlide = perObject((e: EventData, start: string, article: TlContext['article'], link: TlContext['link']): TlSlide => {
  const info = describeValue(e.value, e.mod);
  const source = article(e.article);
  const slide: TlSlide = {
    start_date: dateOf(start, PRECISION[e.granularity]),
    text: {
      headline: escapeText(headline(e.text)),
      text: escapeText(`${e.text} — ${source?.title ?? e.article}${source?.date ? ` (${source.date})` : ''}: ${link(e)}`),
    },
    group: escapeText(source?.title ?? e.article),
    display_date: escapeText(info.label),
    unique_id: e.id,
    autolink: true,
  };
  // "since 2000" runs to the article's day: a span, not a point.
  if (opensForward(e.mod) && source?.date && source.date > start) slide.end_date = dateOf(source.date, 'day');
  return slide;
});

/** A TimelineJS document of the given events (unresolved ones are left out). */
export function toTimelineJs(events: readonly EventData[], ctx: TlContext): TlTimeline {
  return {
    title: { text: { headline: escapeText(ctx.title), text: escapeText(ctx.description) } },
    events: events.map((e) => eventSlide(e, ctx)).filter((s) => s !== undefined),
    scale: 'human',
  };
}
