import { describe, expect, it } from 'vitest';
import { parseAnchor, resolveAnaphor } from './anaphora.ts';
import { recognizeTimexes } from './recognize.ts';

/**
 * Discourse table: (text, DCT) → the value of the timex with the given text (its last occurrence).
 * These expressions depend on the dates mentioned before them, not only on the publication date.
 */
const cases: [string, string, string, string][] = [
  // Anaphors anchor to the last date the story mentioned (TimeML anchorTimeID)
  ['On May 22, 1995, he was made a general, and the following year he left.', '1998-04-18', 'the following year', '1996'],
  ['In March, it got an offer. The following month, it put itself up for sale.', '1989-10-27', 'The following month', '1989-04'],
  ['The index fell Friday, down 4.5% from the previous Friday.', '1989-10-30', 'the previous Friday', '1989-10-20'],
  ['Imports rose in 1988. Its share of imports that year was small.', '1989-11-02', 'that year', '1988'],
  ['He was arrested on June 3, 1997 and freed the following day.', '1998-04-18', 'the following day', '1997-06-04'],
  ['It opened in 1995 and closed the same year.', '1998-04-18', 'the same year', '1995'],
  // Without an earlier date, the publication date anchors
  ['He will return the following year.', '2025-11-10', 'the following year', '2026'],
  // A coarse anchor says nothing about a finer unit: fall back to the publication date
  ['It was founded in 1990; the following day is not known.', '1998-04-18', 'the following day', '1998-04-19'],
  // Results stories: the reported quarter is the first numbered one, often fiscal
  ['Sun earned $5 million in the fiscal first quarter. Sales rose in the quarter from a year earlier.', '1989-10-26', 'the quarter', '1989-Q1'],
  ['Sun earned $5 million in the fiscal first quarter. Sales rose in the quarter from a year earlier.', '1989-10-26', 'a year earlier', '1988-Q1'],
  ['Kirschner reported third-quarter net. It earned $376,000 in the 1988 quarter.', '1989-10-30', 'the 1988 quarter', '1988-Q3'],
  ['Kimberly-Clark posted a gain in third-quarter net. In the 1989 period also, rates were lower.', '1989-11-01', 'the 1989 period', '1989-Q3'],
  ['X posted third-quarter net of $5 million. For the nine months, net rose 56% from a year earlier.', '1989-10-26', 'a year earlier', '1988'],
  ['X posted a third-quarter loss. In the first nine months, net was $30 million. The year-ago results included a charge.', '1989-11-02', 'year-ago', '1988'],
  ['In the quarter ended July 31, Jayark had a loss.', '1989-10-30', 'the quarter', '1989-Q2'],
  // A passing mention of another quarter does not change the reported one; a second company's headline does
  ['K posted a gain in third-quarter net. After a flat second quarter, sales rose. Rates were lower than a year ago.', '1989-11-01', 'a year ago', '1988-Q3'],
  ['Delta earned a record in the fiscal first quarter. Separately, America West reported third-quarter profit, up from a year earlier.', '1989-10-26', 'a year earlier', '1988-Q3'],
  ['X reported a third-quarter loss. This quarter’s loss includes charges.', '1989-11-01', 'This quarter', '1989-Q3'],
  // A quarter reported in the past tense has ended: named as the current calendar quarter, it is a fiscal one
  ['Ralston reported a decline in fourth-quarter earnings, down from a year earlier. Sales in the latest period rose.', '1989-11-02', 'a year earlier', '1988-Q4'],
  ['Ralston reported a decline in fourth-quarter earnings, down from a year earlier. Sales in the latest period rose.', '1989-11-02', 'the latest period', '1989-Q4'],
  // …but a current quarter looked forward to is not the one reported
  ['X expects fourth-quarter earnings to fall. Sales in the latest period rose from a year earlier.', '1989-11-02', 'a year earlier', '1988-Q3'],
  // Quarters from long ago do not become the reported one
  ['Its best was the 1984 third quarter. Sales rose from a year ago in the quarter.', '1989-10-27', 'a year ago', '1988-Q3'],
];

describe('discourse-dependent values', () => {
  it.each(cases)('%s [DCT %s] → %s', (text, dct, span, value) => {
    const r = recognizeTimexes(text, { date: dct }).filter((t) => t.text === span);
    expect(r.length, `"${span}" is found`).toBeGreaterThan(0);
    expect(r[r.length - 1].value).toBe(value);
  });
});

describe('anchors', () => {
  it('reads concrete TimeML values and refuses vague ones', () => {
    expect(parseAnchor('1995-05-22')).toEqual({ ymd: { y: 1995, m: 5, d: 22 }, gran: 'day' });
    expect(parseAnchor('1989-Q3')).toEqual({ ymd: { y: 1989, m: 7, d: 1 }, gran: 'quarter' });
    expect(parseAnchor('1989-W43')?.ymd).toEqual({ y: 1989, m: 10, d: 23 });
    expect(parseAnchor('PRESENT_REF')).toBeUndefined();
    expect(parseAnchor('XXXX-06')).toBeUndefined();
  });
  it('shifts by the unit asked for, only when the anchor is fine enough', () => {
    const day = parseAnchor('1989-10-27')!;
    expect(resolveAnaphor({ unit: 'month', n: 1 }, day)).toBe('1989-11');
    expect(resolveAnaphor({ unit: 'day', n: -1, dow: 5 }, day)).toBe('1989-10-20');
    expect(resolveAnaphor({ unit: 'day', n: 1 }, parseAnchor('1989')!)).toBeUndefined();
  });
});
