import { describe, expect, it } from 'vitest';
import { addMonths, fmtWeek, isoDow, parseYmd, shift, valueAt, weekdayFrom } from './calendar.ts';

const d = (s: string) => parseYmd(s)!;

describe('calendar', () => {
  it('computes ISO weeks, including year boundaries', () => {
    expect(fmtWeek(d('2025-11-10'))).toBe('2025-W46');
    expect(fmtWeek(d('2025-11-03'))).toBe('2025-W45');
    expect(fmtWeek(d('2021-01-03'))).toBe('2020-W53');
    expect(fmtWeek(d('2024-12-30'))).toBe('2025-W01');
  });
  it('knows weekdays', () => {
    expect(isoDow(d('2025-11-10'))).toBe(1);
    expect(isoDow(d('2025-11-16'))).toBe(7);
  });
  it('finds the previous / next weekday', () => {
    expect(weekdayFrom(d('2025-11-10'), 5, -1)).toEqual(d('2025-11-07'));
    expect(weekdayFrom(d('2025-11-10'), 5, 1)).toEqual(d('2025-11-14'));
    expect(weekdayFrom(d('2025-11-10'), 1, -1)).toEqual(d('2025-11-03'));
    expect(weekdayFrom(d('2025-11-10'), 1, -1, true)).toEqual(d('2025-11-10'));
  });
  it('shifts and formats by unit', () => {
    expect(valueAt(shift(d('2025-11-10'), 'month', -4), 'month')).toBe('2025-07');
    expect(valueAt(shift(d('2025-11-10'), 'quarter', -1), 'quarter')).toBe('2025-Q3');
    expect(valueAt(d('1995-06-01'), 'decade')).toBe('199X');
    expect(addMonths(d('2025-03-31'), -1)).toEqual(d('2025-02-28'));
  });
  it('rejects malformed dates', () => {
    expect(parseYmd('2025-13-01')).toBeUndefined();
    expect(parseYmd(undefined)).toBeUndefined();
  });
});
