/**
 * Anaphoric time expressions: "the following year", "the previous day", "that month", "the
 * previous Friday" are not relative to the publication date but to the date the story last
 * talked about. TimeML annotators anchor them to the last explicit date before them in the text
 * (the `anchorTimeID` of TimeBank), and so do we: recognize.ts walks the timexes in order,
 * keeps the last concrete DATE/TIME value as the anchor and resolves each anaphor against it.
 */
import {
  type Unit, type Ymd, addDays, isoDow, shift, valueAt, weekdayFrom,
} from './calendar.ts';

/** What an anaphoric expression asks for: `n` units from the anchor, or a weekday before/after it. */
export interface Anaphor {
  /** Granularity of the result. */
  unit: Unit;
  /** Offset in units (-1 previous, 0 same, +1 following). */
  n: number;
  /** ISO weekday for "the previous Friday" (then `unit` is 'day' and `n` is ±1). */
  dow?: number;
}

/** A date the text has talked about: its first day and how precise it is. */
export interface Anchor {
  ymd: Ymd;
  gran: Unit;
}

const RANK: Partial<Record<Unit, number>> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, year: 5 };

/** Reads a concrete TimeML date value (`1995`, `1995-05`, `1995-05-22`, `1995-Q2`, `1995-W21`, times) as an anchor. */
export function parseAnchor(value: string): Anchor | undefined {
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:T|$)/.exec(value);
  if (m) return { ymd: { y: +m[1], m: +m[2], d: +m[3] }, gran: 'day' };
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) return { ymd: { y: +m[1], m: +m[2], d: 1 }, gran: 'month' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { ymd: { y: +m[1], m: (+m[2] - 1) * 3 + 1, d: 1 }, gran: 'quarter' };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { ymd: { y: +m[1], m: m[2] === '1' ? 1 : 7, d: 1 }, gran: 'half' };
  m = /^(\d{4})-W(\d\d)$/.exec(value);
  if (m) {
    // Monday of ISO week w: the week containing Jan 4 is week 1.
    const jan4 = { y: +m[1], m: 1, d: 4 };
    return { ymd: addDays(jan4, (+m[2] - 1) * 7 - (isoDow(jan4) - 1)), gran: 'week' };
  }
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI))?$/.exec(value);
  if (m) return { ymd: { y: +m[1], m: 1, d: 1 }, gran: 'year' };
  return undefined;
}

/**
 * The value of an anaphor against an anchor, or undefined when the anchor is too coarse ("the
 * following day" after "1995" says nothing about the day).
 */
export function resolveAnaphor(a: Anaphor, anchor: Anchor): string | undefined {
  const need = RANK[a.unit], have = RANK[anchor.gran];
  if (need === undefined || have === undefined || have > need) return undefined;
  if (a.unit === 'week' && anchor.gran !== 'day' && anchor.gran !== 'week') return undefined;
  if (a.dow !== undefined) {
    if (anchor.gran !== 'day') return undefined;
    return valueAt(weekdayFrom(anchor.ymd, a.dow, a.n < 0 ? -1 : 1), 'day');
  }
  return valueAt(shift(anchor.ymd, a.unit, a.n), a.unit);
}
