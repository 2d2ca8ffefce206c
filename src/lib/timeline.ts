/**
 * How the digest-wide timeline is grouped and split into pages: by year, then by month, with
 * values coarser than a month ("2025", "summer 2025", "the 1990s") in their own groups at the start
 * of their year, and unresolved events (undated articles) apart. Pure: pages pass events in.
 */
import type { EventData } from '../schemas/collections.ts';
import { describeValue, formatDay, opensForward, type Granularity } from './time-values.ts';
import { byString } from './order.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Coarsest first: decides the order of groups that start on the same day. */
const RANK: Record<Granularity, number> = { century: 0, decade: 1, year: 2, season: 3, quarter: 3, month: 4, week: 5, day: 6, time: 7, unknown: 8 };

/** Granularities that get a group of their own instead of going into a month. */
const COARSE = new Set<Granularity>(['century', 'decade', 'year', 'season', 'quarter']);

/** Range modifiers: the event covers a stretch of time from or up to its value, not a point. */
export const RANGE_MODS = new Set(['since', 'until', 'before', 'after']);

/** Whether an event is an open range ("since 2000", "until July 2025"). */
export function isRange(e: Pick<EventData, 'mod'>): boolean {
  return e.mod !== undefined && RANGE_MODS.has(e.mod);
}

/** Whether an event's value is coarser than a month (its own group on the timeline). */
export function isCoarse(e: Pick<EventData, 'granularity'>): boolean {
  return COARSE.has(e.granularity);
}

/** A run of events under one heading: a month, or one coarse value ("2025", "the 1990s"). */
export interface TimelineGroup {
  /** Anchor id, unique on a page (`m-2025-06`, `g-2025`, `g-199X`). */
  id: string;
  /** Heading: "June 2025", "2025", "the 1990s", "Q2 2025". */
  heading: string;
  /** `month` for month groups; the value's granularity for coarse groups. */
  granularity: Granularity;
  /** Events in date order. */
  events: EventData[];
}

/** One year of the timeline. */
export interface TimelineYear {
  /** Four-digit year ("2025"); decades and centuries sit in their first year ("1990"). */
  year: string;
  /** Coarse groups first, then months, in date order. */
  groups: TimelineGroup[];
  /** Number of events in the year. */
  count: number;
}

/** The whole timeline: resolved years in date order and the unresolved events. */
export interface Timeline {
  years: TimelineYear[];
  /** Events whose date could not be resolved (their article is undated). */
  unresolved: EventData[];
}


/**
 * The order of events everywhere (timeline, entity and article timelines, exports): start day,
 * coarser values first, then value and id; events without a start day last.
 */
export function compareEvents(a: EventData, b: EventData): number {
  if (!a.start || !b.start) return a.start ? -1 : b.start ? 1 : byString(a.id, b.id);
  return byString(a.start, b.start) || RANK[a.granularity] - RANK[b.granularity] || byString(a.value, b.value) || byString(a.id, b.id);
}

/**
 * Groups events by year, then month; coarse values get their own group at the start of their year,
 * one group per value. Events without a start day go to `unresolved`, in the order given.
 */
export function groupTimeline(events: readonly EventData[]): Timeline {
  const resolved = events.filter((e) => e.start).sort(compareEvents);
  const unresolved = events.filter((e) => !e.start);
  const years = new Map<string, { coarse: Map<string, TimelineGroup>; months: Map<string, TimelineGroup>; count: number }>();
  for (const e of resolved) {
    const year = e.start!.slice(0, 4);
    let y = years.get(year);
    if (!y) years.set(year, (y = { coarse: new Map(), months: new Map(), count: 0 }));
    y.count++;
    if (isCoarse(e)) {
      let g = y.coarse.get(e.value);
      if (!g) y.coarse.set(e.value, (g = { id: `g-${e.value}`, heading: describeValue(e.value).label, granularity: e.granularity, events: [] }));
      g.events.push(e);
    } else {
      const month = e.start!.slice(0, 7);
      let g = y.months.get(month);
      if (!g) y.months.set(month, (g = { id: `m-${month}`, heading: `${MONTHS[Number(month.slice(5)) - 1]} ${year}`, granularity: 'month', events: [] }));
      g.events.push(e);
    }
  }
  return {
    years: [...years].map(([year, y]) => ({ year, groups: [...y.coarse.values(), ...y.months.values()], count: y.count })),
    unresolved,
  };
}

/**
 * The years the main timeline page shows: the latest years whose events fit in `cap` (at least the
 * latest year), so a large digest gets a short front page and one page per year behind it.
 * Returned in date order, like `timeline.years`.
 */
export function latestYears(years: readonly TimelineYear[], cap: number): TimelineYear[] {
  const shown: TimelineYear[] = [];
  let total = 0;
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i]!;
    if (shown.length > 0 && total + y.count > cap) break;
    shown.unshift(y);
    total += y.count;
  }
  return shown;
}

/**
 * The span a range covers, for its marker: "2000 → 10 November 2025" for "since 2000" in an article
 * of that day, "… → July 2025" for "until July 2025". `undefined` for point events.
 */
export function rangeText(e: Pick<EventData, 'value' | 'mod'>, articleDate?: string): string | undefined {
  if (!isRange(e)) return undefined;
  const label = describeValue(e.value).label;
  if (opensForward(e.mod)) return `${label} → ${articleDate ? formatDay(articleDate) : 'now'}`;
  return `… → ${label}`;
}

/** The entity types involved in an event, space-separated and sorted (for `data-types`). */
export function eventTypes(e: Pick<EventData, 'entities'>, typeOf: (slug: string) => string | undefined): string {
  return [...new Set(e.entities.map(typeOf).filter((t) => t !== undefined))].sort().join(' ');
}

/** Events per page before the main timeline page leaves older years to their own pages. */
export const TIMELINE_PAGE_CAP = 200;

/** What the main timeline page shows, and what it leaves to the year pages. */
export interface FrontPage {
  /** Years (or the last part of one big year) shown, in date order. */
  shown: TimelineYear[];
  /** Set when only the last part of this year is shown: its page has all of it. */
  partOf?: string;
  /** Years left entirely to their own pages, in date order. */
  older: TimelineYear[];
}

/**
 * The main timeline page: the latest years within `cap` events ({@link latestYears}); a latest
 * year that alone exceeds the cap is shown by its last part ({@link splitYear}).
 */
export function frontPage(years: readonly TimelineYear[], cap = TIMELINE_PAGE_CAP): FrontPage {
  const latest = latestYears(years, cap);
  const older = years.slice(0, years.length - latest.length);
  if (latest.length === 1 && latest[0]!.count > cap) return { shown: [splitYear(latest[0]!, cap).at(-1)!], partOf: latest[0]!.year, older };
  return { shown: latest, older };
}

/**
 * Splits a year into parts of at most `cap` events, for years too big for one page. Groups stay
 * whole where they fit; a group larger than `cap` is cut, and its continuation keeps the heading
 * with an id of its own. A year within the cap is one part.
 */
export function splitYear(year: TimelineYear, cap = TIMELINE_PAGE_CAP): TimelineYear[] {
  if (year.count <= cap) return [year];
  const parts: TimelineGroup[][] = [[]];
  let used = 0;
  for (const group of year.groups) {
    for (let from = 0; from < group.events.length; ) {
      if (used >= cap) {
        parts.push([]);
        used = 0;
      }
      const take = group.events.slice(from, from + (cap - used));
      parts.at(-1)!.push({ ...group, id: from === 0 ? group.id : `${group.id}-${from}`, heading: from === 0 ? group.heading : `${group.heading} (continued)`, events: take });
      used += take.length;
      from += take.length;
    }
  }
  return parts.map((groups) => ({ year: year.year, groups, count: groups.reduce((n, g) => n + g.events.length, 0) }));
}

/** The latest publication day among the articles of some events (where open ranges end). */
export function latestDay(events: readonly Pick<EventData, 'article'>[], dateOf: (article: string) => string | undefined): string | undefined {
  let latest: string | undefined;
  for (const e of events) {
    const d = dateOf(e.article);
    if (d && (!latest || d > latest)) latest = d;
  }
  return latest;
}

/** Entities involved in some events, most involved first, then by name (for the filter). */
export function involvedEntities(events: readonly Pick<EventData, 'entities'>[]): { slug: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const s of new Set(e.entities)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([slug, count]) => ({ slug, count })).sort((a, b) => b.count - a.count || byString(a.slug, b.slug));
}
