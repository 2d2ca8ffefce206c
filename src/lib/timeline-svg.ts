/**
 * Layout of the visual timeline, computed at build time: a horizontal time axis with year ticks,
 * a point for each day/week/month event at its start, a bar for coarser values (the span they
 * cover) and an open bar for ranges ("since 2000" runs to the end of the axis). Marks are packed
 * into lanes so they do not cover each other. Pure numbers in viewBox units; the component draws.
 */
import type { EventData } from '../schemas/collections.ts';
import { opensForward, type Granularity } from './time-values.ts';
import { isRange } from './timeline.ts';

/** Layout constants, in viewBox units. */
export const SVG = { width: 1000, marginX: 24, top: 8, lane: 16, radius: 5, barHeight: 8, gap: 3, maxLanes: 12, maxTicks: 12 } as const;

/** One drawn mark: a point, a bar (coarse value) or a range (open on one side). */
export interface Mark {
  /** The event's id. */
  id: string;
  kind: 'point' | 'bar' | 'range';
  /** Centre of a point, or left edge of a bar/range. */
  x: number;
  /** Width of a bar/range (0 for points). */
  width: number;
  /** Vertical centre of the mark's lane. */
  y: number;
  lane: number;
  /** For ranges: the side that stays open ("since 2000" is open at the end). */
  open?: 'start' | 'end';
  event: EventData;
}

/** An axis tick: a year (labelled) or a month (minor, labelled only on short axes). */
export interface Tick {
  x: number;
  label?: string;
  major: boolean;
}

/** The computed picture. */
export interface SvgLayout {
  width: number;
  height: number;
  axisY: number;
  /** Left and right end of the axis line. */
  axisX1: number;
  axisX2: number;
  /** First and last day of the axis (`YYYY-MM-DD`). */
  from: string;
  to: string;
  ticks: Tick[];
  marks: Mark[];
  /** Events left out because they have no resolved date. */
  unplaced: number;
}

const DAY = 86_400_000;
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

/** Day number of the first of a month (month may overflow: 13 is January next year). */
function monthStart(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / DAY;
}

/** How many months (or days, for fine values) a value covers from its start. */
const SPAN: Record<Granularity, { days?: number; months?: number }> = {
  time: { days: 1 }, day: { days: 1 }, unknown: { days: 1 }, week: { days: 7 },
  month: { months: 1 }, quarter: { months: 3 }, season: { months: 3 },
  year: { months: 12 }, decade: { months: 120 }, century: { months: 1200 },
};

/** Day number just after the last day an event's value covers. */
export function periodEnd(e: Pick<EventData, 'start' | 'granularity'>): number {
  const start = dayNumber(e.start!);
  const span = SPAN[e.granularity];
  if (span.days) return start + span.days;
  const [y, m] = e.start!.split('-').map(Number) as [number, number];
  return monthStart(y, m + span.months!);
}

/** Whether a granularity is drawn as a point (placed at its start) rather than a bar. */
export function isPoint(g: Granularity): boolean {
  return g === 'day' || g === 'time' || g === 'week' || g === 'month' || g === 'unknown';
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

/**
 * Lays out events on a horizontal axis. `end` (a `YYYY-MM-DD` day, e.g. the latest article date)
 * is where open ranges such as "since 2000" stop; the axis always covers whole years.
 */
export function layoutTimeline(events: readonly EventData[], options: { end?: string } = {}): SvgLayout {
  const placed = events.filter((e) => e.start);
  const starts = placed.map((e) => dayNumber(e.start!));
  const ends = placed.map((e) => periodEnd(e));
  if (options.end) ends.push(dayNumber(options.end) + 1);
  const minDay = starts.length ? Math.min(...starts) : dayNumber(options.end ?? '2000-01-01');
  const maxDay = ends.length ? Math.max(...ends) : minDay + 1;
  const firstYear = new Date(minDay * DAY).getUTCFullYear();
  const lastDay = new Date((maxDay - 1) * DAY);
  const endYear = lastDay.getUTCFullYear() + 1;
  const from = monthStart(firstYear, 1);
  const to = monthStart(endYear, 1);
  const inner = SVG.width - 2 * SVG.marginX;
  const x = (day: number) => SVG.marginX + ((day - from) / (to - from)) * inner;

  // Ticks: every year on short axes, a round step on long ones; months when the axis is short.
  const years = endYear - firstYear;
  const step = STEPS.find((s) => years / s <= SVG.maxTicks) ?? STEPS.at(-1)!;
  const ticks: Tick[] = [];
  // Counted from the first year, so the axis starts labelled and labels are evenly spaced.
  for (let y = firstYear; y <= endYear; y += step) ticks.push({ x: round(x(monthStart(y, 1))), label: String(y), major: true });
  if (years <= 3) {
    for (let y = firstYear; y < endYear; y++) {
      for (let m = 2; m <= 12; m++) ticks.push({ x: round(x(monthStart(y, m))), label: years === 1 ? MONTH_ABBR[m - 1] : undefined, major: false });
    }
  }

  // Extents in x, then greedy lane packing (earliest left edge first).
  const raw = placed.map((event) => {
    const s = x(dayNumber(event.start!));
    const e = x(periodEnd(event));
    if (isRange(event)) {
      const forward = opensForward(event.mod);
      const left = forward ? (event.mod === 'after' ? e : s) : SVG.marginX;
      // "Until this year" ended when the year began: open ranges stop (or start) at the value's start.
      const right = forward ? SVG.marginX + inner : s;
      return { event, kind: 'range' as const, x: left, width: Math.max(right - left, 2 * SVG.radius), open: forward ? ('end' as const) : ('start' as const) };
    }
    if (isPoint(event.granularity)) return { event, kind: 'point' as const, x: s, width: 0 };
    return { event, kind: 'bar' as const, x: s, width: Math.max(e - s, 2 * SVG.radius) };
  });
  const order = raw.map((_, i) => i).sort((a, b) => left(raw[a]!) - left(raw[b]!) || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(raw.length);
  for (const i of order) {
    const m = raw[i]!;
    let lane = laneEnds.findIndex((end) => end + SVG.gap <= left(m));
    if (lane < 0) lane = laneEnds.length < SVG.maxLanes ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, right(m));
    lanes[i] = lane;
  }
  const laneCount = Math.max(1, laneEnds.length);
  const marks: Mark[] = raw.map((m, i) => ({ ...m, id: m.event.id, lane: lanes[i]!, y: SVG.top + lanes[i]! * SVG.lane + SVG.lane / 2 }));
  const axisY = SVG.top + laneCount * SVG.lane + 4;
  return {
    width: SVG.width,
    height: axisY + 22,
    axisY,
    axisX1: SVG.marginX,
    axisX2: SVG.width - SVG.marginX,
    from: new Date(from * DAY).toISOString().slice(0, 10),
    to: new Date(to * DAY).toISOString().slice(0, 10),
    ticks,
    marks,
    unplaced: events.length - placed.length,
  };
}

function left(m: { kind: string; x: number }): number {
  return m.kind === 'point' ? m.x - SVG.radius : m.x;
}

function right(m: { kind: string; x: number; width: number }): number {
  return m.kind === 'point' ? m.x + SVG.radius : m.x + m.width;
}

/** One decimal is finer than a pixel at any width the picture is shown. */
function round(n: number): number {
  return Math.round(n * 10) / 10;
}
