import { describe, expect, it } from 'vitest';
import type { EventData } from '../schemas/collections.ts';
import { describeValue } from './time-values.ts';
import { layoutTimeline, periodEnd, SVG } from './timeline-svg.ts';

function ev(value: string, extra: Partial<EventData> = {}): EventData {
  const info = describeValue(value);
  return { id: `e-${value}-${extra.mod ?? ''}`, value, granularity: info.granularity, start: info.start, when: value, text: value, entities: [], article: 'a', paragraph: 'p1', ...extra };
}

const DAY = 86_400_000;
const day = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

describe('periodEnd', () => {
  it('is the day after the last day a value covers', () => {
    expect(day(periodEnd(ev('2025-11-10')))).toBe('2025-11-11');
    expect(day(periodEnd(ev('2025-W45')))).toBe('2025-11-10');
    expect(day(periodEnd(ev('2025-12')))).toBe('2026-01-01');
    expect(day(periodEnd(ev('2025-Q4')))).toBe('2026-01-01');
    expect(day(periodEnd(ev('2025')))).toBe('2026-01-01');
    expect(day(periodEnd(ev('199X')))).toBe('2000-01-01');
  });
});

describe('layoutTimeline', () => {
  const seed = [ev('2025-11-10'), ev('2025-07', { mod: 'until' }), ev('2025'), ev('2025-W45'), ev('2025-06'), ev('2025-05'), ev('2000', { mod: 'since' })];

  it('draws one mark per resolved event: points for fine values, bars for coarse, ranges for since/until', () => {
    const l = layoutTimeline([...seed, ev('XXXX-06', { start: undefined, granularity: 'month' })], { end: '2025-11-10' });
    expect(l.marks).toHaveLength(seed.length);
    expect(l.unplaced).toBe(1);
    const kind = Object.fromEntries(l.marks.map((m) => [m.event.value + (m.event.mod ?? ''), m.kind]));
    expect(kind).toEqual({ '2025-11-10': 'point', '2025-07until': 'range', '2025': 'bar', '2025-W45': 'point', '2025-06': 'point', '2025-05': 'point', '2000since': 'range' });
  });

  it('covers whole years with evenly spaced year ticks from the first year', () => {
    const l = layoutTimeline(seed, { end: '2025-11-10' });
    expect([l.from, l.to]).toEqual(['2000-01-01', '2026-01-01']);
    expect(l.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2000', '2005', '2010', '2015', '2020', '2025']);
    const short = layoutTimeline([ev('2024-03'), ev('2025-06')]);
    expect(short.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2024', '2025', '2026']);
  });

  it('places points at their start, in date order from left to right', () => {
    const l = layoutTimeline(seed, { end: '2025-11-10' });
    const x = (v: string) => l.marks.find((m) => m.event.value === v && !m.event.mod)!.x;
    expect(x('2025-05')).toBeLessThan(x('2025-06'));
    expect(x('2025-06')).toBeLessThan(x('2025-W45'));
    expect(x('2025-W45')).toBeLessThan(x('2025-11-10'));
    // The axis is linear: 2025 starts 25/26 of the way along.
    expect(l.marks.find((m) => m.event.value === '2025')!.x).toBeCloseTo(SVG.marginX + (25 / 26) * (SVG.width - 2 * SVG.marginX), 0);
  });

  it('runs "since" to the end of the axis and "until" from its start, open on that side', () => {
    const l = layoutTimeline(seed, { end: '2025-11-10' });
    const since = l.marks.find((m) => m.event.mod === 'since')!;
    expect(since.open).toBe('end');
    expect(since.x + since.width).toBeCloseTo(SVG.width - SVG.marginX);
    const until = l.marks.find((m) => m.event.mod === 'until')!;
    expect(until.open).toBe('start');
    expect(until.x).toBe(SVG.marginX);
    // "until four months ago" (July 2025) ends where July begins, like the June point sits at June's start.
    const june = l.marks.find((m) => m.event.value === '2025-06')!;
    expect(until.x + until.width).toBeGreaterThan(june.x);
    expect(until.x + until.width).toBeLessThan(june.x + 5);
  });

  it('packs overlapping marks into separate lanes and sizes the picture to them', () => {
    const l = layoutTimeline([ev('2025-11-10', { id: 'a' }), ev('2025-11-10', { id: 'b' }), ev('2025-11-10', { id: 'c' })]);
    expect(new Set(l.marks.map((m) => m.lane))).toEqual(new Set([0, 1, 2]));
    expect(l.axisY).toBeGreaterThan(Math.max(...l.marks.map((m) => m.y)));
    expect(l.height).toBeGreaterThan(l.axisY);
    // Marks that do not overlap share a lane.
    const apart = layoutTimeline([ev('2025-01-10'), ev('2025-12-10')]);
    expect(apart.marks.map((m) => m.lane)).toEqual([0, 0]);
  });

  it('caps the number of lanes and thins year ticks on long axes', () => {
    const many = Array.from({ length: 40 }, (_, i) => ev('2025-06-01', { id: `m${i}` }));
    const l = layoutTimeline([...many, ev('1850')]);
    expect(Math.max(...l.marks.map((m) => m.lane))).toBe(SVG.maxLanes - 1);
    expect(l.marks).toHaveLength(41);
    expect(l.ticks.filter((t) => t.major).length).toBeLessThanOrEqual(SVG.maxTicks + 1);
    expect(l.ticks.some((t) => !t.major)).toBe(false);
  });

  it('shows month ticks on a one-year axis', () => {
    const l = layoutTimeline([ev('2025-06')]);
    expect([l.from, l.to]).toEqual(['2025-01-01', '2026-01-01']);
    expect(l.ticks.filter((t) => !t.major).map((t) => t.label)).toContain('Jun');
  });
});
