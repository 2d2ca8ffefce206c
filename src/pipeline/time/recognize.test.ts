import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recognizeTimexes } from './recognize.ts';

const seedPath = fileURLToPath(new URL('../../../seeds/000_7f75fb188196c575.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');
const found = recognizeTimexes(seed, { date: '2025-11-10' });

/** The timex overlapping the `nth` occurrence of `needle` in the seed. */
function at(needle: string, nth = 0) {
  let idx = -1;
  for (let i = 0; i <= nth; i++) idx = seed.indexOf(needle, idx + 1);
  expect(idx, `"${needle}" is in the seed`).toBeGreaterThanOrEqual(0);
  const end = idx + needle.length;
  const t = found.find((x) => x.start < end && idx < x.end);
  expect(t, `a timex overlaps "${needle}"`).toBeDefined();
  return t!;
}

describe('recognizeTimexes on the seed article (DCT 2025-11-10, a Monday)', () => {
  it('resolves month names by tense', () => {
    expect(at('in June').text).toBe('June');
    expect(at('in June').value).toBe('2025-06');
    expect(at('first met in May').text).toBe('May');
    expect(at('first met in May').value).toBe('2025-05');
  });
  it('keeps "since" outside the span as a mod', () => {
    const t = at('since 2000');
    expect(t.text).toBe('2000');
    expect(t.value).toBe('2000');
    expect(t.mod).toBe('since');
  });
  it('normalises relative expressions', () => {
    expect(at('last week').value).toBe('2025-W45');
    expect(at('four months ago').value).toBe('2025-07');
    expect(at('earlier this year').value).toBe('2025');
    expect(at('today').value).toBe('2025-11-10');
    const ev = at('this evening');
    expect(ev.value).toBe('2025-11-10TEV');
    expect(ev.type).toBe('time');
  });
  it('reads "Monday’s meeting" as the publication day, possessive outside the span', () => {
    const t = at('Monday’s meeting');
    expect(t.text).toBe('Monday');
    expect(t.value).toBe('2025-11-10');
  });
  it('marks "Until this year" with mod until', () => {
    const t = at('Until this year');
    expect(t.value).toBe('2025');
    expect(t.mod).toBe('until');
    expect(t.text).toBe('this year');
  });
  it('finds "for decades" as a duration', () => {
    const t = at('for decades');
    expect(t.type).toBe('duration');
    expect(t.value).toMatch(/^P[X1]DE$/);
  });
  it('returns sorted, non-overlapping spans whose text matches the offsets', () => {
    for (let i = 0; i < found.length; i++) {
      expect(seed.slice(found[i].start, found[i].end)).toBe(found[i].text);
      if (i) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
      expect(found[i].text).not.toMatch(/\n/);
    }
  });
});

describe('recognizeTimexes without a publication date', () => {
  it('keeps TimeML placeholders for relative expressions and resolves absolute ones', () => {
    const text = 'They met on Monday and again in June. The deal was signed in June 2025.';
    const r = recognizeTimexes(text);
    expect(r.map((t) => [t.text, t.value])).toEqual([
      ['Monday', 'XXXX-WXX-1'],
      ['June', 'XXXX-06'],
      ['June 2025', '2025-06'],
    ]);
  });
  it('leaves "last week" as an unanchored week', () => {
    expect(recognizeTimexes('It happened last week.')[0].value).toBe('XXXX-WXX');
  });
});

describe('recognizeTimexes input handling', () => {
  it('never merges across a newline', () => {
    const r = recognizeTimexes('He arrived on Monday\nMorning came.', { date: '2025-11-12' });
    expect(r.every((t) => !t.text.includes('\n'))).toBe(true);
  });
  it('handles empty text', () => {
    expect(recognizeTimexes('', { date: '2025-11-10' })).toEqual([]);
  });
  it('does not take quantities for years', () => {
    const r = recognizeTimexes('The army sent 2000 troops and paid $1990 for fuel.', { date: '2025-11-10' });
    expect(r).toEqual([]);
  });
  it('tags every day of a list under one month', () => {
    const spans = (text: string) => recognizeTimexes(text, { date: '1999-02-10' }).map((t) => [t.text, t.value]);
    expect(spans('The summit will be held on April 24 and 25.')).toEqual([['April 24', '1999-04-24'], ['25', '1999-04-25']]);
    expect(spans('Talks were held on 3, 4 and 5 March 1998.')).toEqual([['3', '1998-03-03'], ['4', '1998-03-04'], ['5 March 1998', '1998-03-05']]);
    expect(spans('It will be held on April 24, 25 and 26 in Geneva.')).toEqual([['April 24', '1999-04-24'], ['25', '1999-04-25'], ['26', '1999-04-26']]);
    // The days of one list share the year read where the month is written.
    expect(new Set(spans('It was held on April 24, 25 and 26 in Geneva.').map(([, v]) => v!.slice(0, 4))).size).toBe(1);
    // A count after the list is no day.
    expect(spans('On April 24 and 25 people died.').map(([t]) => t)).toEqual(['April 24']);
    expect(spans('On April 24, 25 and 26 people died.').map(([t]) => t)).toEqual(['April 24']);
  });
  it('does not read the name "Theresa May" or the verb "may" as a month', () => {
    const r = recognizeTimexes('Theresa May said prices may rise.', { date: '2025-11-10' });
    expect(r).toEqual([]);
  });
});
