import { describe, expect, it } from 'vitest';
import { easter, nthWeekday, occurrencesAround, HOLIDAYS } from './holidays.ts';
import { recognizeTimexes } from './recognize.ts';

describe('holiday calendar', () => {
  it.each([
    [1999, '4-4'], [2000, '4-23'], [2019, '4-21'], [2025, '4-20'], [2038, '4-25'],
  ])('Easter %i is %s', (y, md) => {
    const e = easter(y);
    expect(`${e.m}-${e.d}`).toBe(md);
  });
  it('finds nth and last weekdays', () => {
    expect(nthWeekday(2025, 11, 4, 4)).toEqual({ y: 2025, m: 11, d: 27 }); // Thanksgiving
    expect(nthWeekday(2025, 5, 1, -1)).toEqual({ y: 2025, m: 5, d: 26 }); // Memorial Day
    expect(HOLIDAYS['election day'].day(1998)).toEqual({ y: 1998, m: 11, d: 3 });
  });
  it('computes Islamic feasts from the tabular calendar (within a day of observance)', () => {
    expect(HOLIDAYS['eid al-fitr'].day(2024)).toEqual({ y: 2024, m: 4, d: 9 });
    expect(HOLIDAYS['eid al-adha'].day(2024)).toEqual({ y: 2024, m: 6, d: 16 });
    // Ramadan fell twice in 1997 (January and December).
    expect(occurrencesAround(HOLIDAYS.ramadan, 1997).filter((d) => d.y === 1997).length).toBe(1);
    expect(occurrencesAround(HOLIDAYS['eid al-fitr'], 2000).filter((d) => d.y === 2000).length).toBe(2);
  });
});

/** (sentence, DCT) → [text, value] of the first timex. */
const cases: [string, string | undefined, string, string][] = [
  ['Shops expect record sales before Christmas.', '2025-11-10', 'Christmas', '2025-12-25'],
  ['Last Christmas was quiet.', '2025-11-10', 'Last Christmas', '2024-12-25'],
  ['He died on Christmas Day 1997.', '2025-11-10', 'Christmas Day 1997', '1997-12-25'],
  ['Protesters prayed as Easter week began.', '2000-04-17', 'Easter week', '2000-W16'],
  ['Easter fell early.', '2025-11-10', 'Easter', '2025-04-20'],
  ['The campaign runs to Election Day.', '1998-10-26', 'Election Day', '1998-11-03'],
  ['Traffic was heavy over the Thanksgiving weekend.', '2025-12-01', 'the Thanksgiving weekend', '2025-W48-WE'],
  ['The Labor Day weekend was deadly.', '2025-09-10', 'The Labor Day weekend', '2025-W35-WE'],
  ['He will return after the New Year.', '2025-12-20', 'the New Year', '2026-01-01'],
  ['Next Easter falls late.', '2025-11-10', 'Next Easter', '2026-04-05'],
  ['Veterans Day parades drew crowds.', '2025-11-12', 'Veterans Day', '2025-11-11'],
  ['During Ramadan, the fast was hard.', '2025-11-10', 'Ramadan', '2025-03'],
  ['Eid al-Fitr will be celebrated in the spring.', '2025-11-10', 'Eid al-Fitr', '2026-03-19'],
  ['They met at Christmas.', undefined, 'Christmas', 'XXXX-12-25'],
  ['It became the Christmas number one.', '2025-11-10', 'Christmas', '2025-12-25'],
  ['Shops closed over the Christmas period.', '2026-01-10', 'the Christmas period', '2025-12-25'],
];

describe('holidays in text', () => {
  it.each(cases)('%s [DCT %s]', (sentence, dct, text, value) => {
    const t = recognizeTimexes(sentence, dct ? { date: dct } : {})[0];
    expect([t?.text, t?.value]).toEqual([text, value]);
  });
  it('leaves other calendars’ new years and a lower-case "new year" alone', () => {
    expect(recognizeTimexes('Chinese New Year brought crowds.', { date: '2025-11-10' })).toEqual([]);
    expect(recognizeTimexes('It is a new year of growth.', { date: '2025-11-10' })).toEqual([]);
  });
});
