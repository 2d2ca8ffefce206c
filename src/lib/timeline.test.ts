import { describe, expect, it } from 'vitest';
import type { EventData } from '../schemas/collections.ts';
import { describeValue } from './time-values.ts';
import { eventTypes, groupTimeline, involvedEntities, isRange, latestDay, latestYears, rangeText, splitYear, frontPage } from './timeline.ts';

/** An event from its TimeML value (start and granularity as the pipeline derives them). */
function ev(value: string, extra: Partial<EventData> = {}): EventData {
  const info = describeValue(value);
  return {
    id: `a-${value}-${extra.mod ?? ''}`, value, granularity: info.granularity === 'unknown' ? 'unknown' : info.granularity, start: info.start,
    when: value, text: `clause ${value}`, entities: [], article: 'a', paragraph: 'p1', ...extra,
  };
}

describe('groupTimeline', () => {
  it('groups by year then month, coarse values first in their year with their own label', () => {
    const t = groupTimeline([ev('2025-11-10'), ev('2025-06'), ev('2025'), ev('2025-W45'), ev('2025-05'), ev('2000', { mod: 'since' }), ev('2025-SU'), ev('199X')]);
    expect(t.years.map((y) => y.year)).toEqual(['1990', '2000', '2025']);
    expect(t.years[0]!.groups.map((g) => g.heading)).toEqual(['the 1990s']);
    expect(t.years[1]!.groups.map((g) => [g.heading, g.granularity])).toEqual([['2000', 'year']]);
    const y2025 = t.years[2]!;
    expect(y2025.groups.map((g) => g.heading)).toEqual(['2025', 'summer 2025', 'May 2025', 'June 2025', 'November 2025']);
    // The week starting 3 November and the day 10 November share November, in date order.
    expect(y2025.groups.at(-1)!.events.map((e) => e.value)).toEqual(['2025-W45', '2025-11-10']);
    expect(y2025.count).toBe(6);
    expect(t.unresolved).toEqual([]);
  });

  it('keeps one group per coarse value and unique group ids', () => {
    const t = groupTimeline([ev('2025', { id: 'x' }), ev('2025', { id: 'y', mod: 'until' }), ev('2025-Q2'), ev('2025-04')]);
    const groups = t.years[0]!.groups;
    expect(groups.map((g) => g.heading)).toEqual(['2025', 'Q2 2025', 'April 2025']);
    expect(groups[0]!.events.map((e) => e.id)).toEqual(['x', 'y']);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });

  it('puts events without a start day into unresolved, in the given order', () => {
    const t = groupTimeline([ev('XXXX-06', { id: 'u2' }), ev('2025-06'), ev('XXXX-W45', { id: 'u1' })]);
    expect(t.unresolved.map((e) => e.id)).toEqual(['u2', 'u1']);
    expect(t.years).toHaveLength(1);
  });

  it('is empty for no events', () => {
    expect(groupTimeline([])).toEqual({ years: [], unresolved: [] });
  });
});

describe('latestYears', () => {
  const years = groupTimeline([ev('2020-01'), ev('2021-01'), ev('2021-02'), ev('2022-01'), ev('2022-02'), ev('2022-03')]).years;
  it('takes the latest years that fit the cap, in date order', () => {
    expect(latestYears(years, 5).map((y) => y.year)).toEqual(['2021', '2022']);
    expect(latestYears(years, 100).map((y) => y.year)).toEqual(['2020', '2021', '2022']);
  });
  it('always shows the latest year, even over the cap', () => {
    expect(latestYears(years, 1).map((y) => y.year)).toEqual(['2022']);
    expect(latestYears([], 10)).toEqual([]);
  });
});

describe('ranges and helpers', () => {
  it('marks since/until/before/after as ranges, not approx or points', () => {
    expect(isRange({ mod: 'since' })).toBe(true);
    expect(isRange({ mod: 'until' })).toBe(true);
    expect(isRange({ mod: 'approx' })).toBe(false);
    expect(isRange({})).toBe(false);
  });
  it('describes the span of a range', () => {
    expect(rangeText({ value: '2000', mod: 'since' }, '2025-11-10')).toBe('2000 → 10 November 2025');
    expect(rangeText({ value: '2000', mod: 'since' })).toBe('2000 → now');
    expect(rangeText({ value: '2025-07', mod: 'until' })).toBe('… → July 2025');
    expect(rangeText({ value: '2025-07' })).toBeUndefined();
  });
  it('lists entity types, involved entities and the latest day', () => {
    const types: Record<string, string> = { a: 'person', b: 'place', c: 'person' };
    expect(eventTypes({ entities: ['c', 'b', 'a', 'zz'] }, (s) => types[s])).toBe('person place');
    expect(involvedEntities([{ entities: ['b', 'a'] }, { entities: ['a', 'a'] }])).toEqual([{ slug: 'a', count: 2 }, { slug: 'b', count: 1 }]);
    const dates: Record<string, string> = { x: '2025-01-02', y: '2025-11-10' };
    expect(latestDay([{ article: 'x' }, { article: 'y' }, { article: 'z' }], (a) => dates[a])).toBe('2025-11-10');
  });
});

describe('splitYear', () => {
  const ev = (i: number, month: string) => ({ id: `e${i}`, value: `2025-${month}`, granularity: 'month' as const, start: `2025-${month}-01`, when: month, text: 't', entities: [], article: 'a', paragraph: 'p1' });
  const year = {
    year: '2025',
    count: 7,
    groups: [
      { id: 'm-2025-01', heading: 'January 2025', granularity: 'month' as const, events: [ev(1, '01'), ev(2, '01')] },
      { id: 'm-2025-02', heading: 'February 2025', granularity: 'month' as const, events: [ev(3, '02'), ev(4, '02'), ev(5, '02'), ev(6, '02'), ev(7, '02')] },
    ],
  };
  it('keeps a small year whole', () => {
    expect(splitYear(year, 10)).toEqual([year]);
  });
  it('cuts a big year into parts of at most cap events, continuing a group under its heading', () => {
    const parts = splitYear(year, 3);
    expect(parts.map((p) => p.count)).toEqual([3, 3, 1]);
    expect(parts[0]!.groups.map((g) => g.heading)).toEqual(['January 2025', 'February 2025']);
    expect(parts[1]!.groups.map((g) => [g.heading, g.id])).toEqual([['February 2025 (continued)', 'm-2025-02-1']]);
    expect(parts.flatMap((p) => p.groups.flatMap((g) => g.events.map((e) => e.id)))).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
  });
});

describe('frontPage', () => {
  const y = (year: string, count: number) => ({ year, count, groups: [{ id: `g-${year}`, heading: year, granularity: 'year' as const, events: Array.from({ length: count }, (_, i) => ({ id: `${year}-${i}`, value: year, granularity: 'year' as const, start: `${year}-01-01`, when: year, text: 't', entities: [], article: 'a', paragraph: 'p1' })) }] });
  it('shows the latest years within the cap and leaves the rest to year pages', () => {
    const page = frontPage([y('2023', 5), y('2024', 3), y('2025', 4)], 8);
    expect(page.shown.map((s) => s.year)).toEqual(['2024', '2025']);
    expect(page.older.map((s) => s.year)).toEqual(['2023']);
    expect(page.partOf).toBeUndefined();
  });
  it('shows the last part of a latest year bigger than the cap', () => {
    const page = frontPage([y('2024', 3), y('2025', 10)], 4);
    expect(page).toMatchObject({ partOf: '2025' });
    expect(page.shown.map((s) => s.count)).toEqual([2]);
    expect(page.older.map((s) => s.year)).toEqual(['2024']);
  });
});
