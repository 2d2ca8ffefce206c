import { describe, expect, it } from 'vitest';
import { recognizeTimexes } from './recognize.ts';

/**
 * Normaliser table: (sentence, DCT) → the [text, type, value, mod] of the first timex.
 * The sentence supplies the tense; the timex is the first one found.
 */
const cases: [string, string | undefined, string, string, string, string?][] = [
  // Month names by tense
  ['They met in May.', '2025-11-10', 'May', 'date', '2025-05'],
  ['They will meet in May.', '2025-11-10', 'May', 'date', '2026-05'],
  ['Sanctions were lifted in June.', '2025-11-10', 'June', 'date', '2025-06'],
  ['He left last February.', '2025-11-10', 'last February', 'date', '2025-02'],
  ['He left in June last year.', '2025-11-10', 'June last year', 'date', '2024-06'],
  ['The dividend is payable Jan. 15.', '2025-11-10', 'Jan. 15', 'date', '2026-01-15'],
  ['The company said it would close the plant in January.', '2025-11-10', 'January', 'date', '2026-01'],
  ['Milton Roy disclosed that Thermo agreed to purchase the line in February.', '1989-10-30', 'February', 'date', '1990-02'],
  ['It opened on Nov. 9, 1989.', '2025-11-10', 'Nov. 9, 1989', 'date', '1989-11-09'],
  ['The talks ended in late November.', '2025-11-27', 'late November', 'date', '2025-11', 'end'],
  // Weekdays
  ['The minister spoke on Friday.', '2025-11-10', 'Friday', 'date', '2025-11-07'],
  ['The minister will speak on Friday.', '2025-11-10', 'Friday', 'date', '2025-11-14'],
  ['It was discussed in Monday’s meeting.', '2025-11-10', 'Monday', 'date', '2025-11-10'],
  ['He arrived last Tuesday.', '2025-11-10', 'last Tuesday', 'date', '2025-11-04'],
  ['We meet next Tuesday.', '2025-11-10', 'next Tuesday', 'date', '2025-11-18'],
  // Units relative to the DCT
  ['It rose last week.', '2025-11-10', 'last week', 'date', '2025-W45'],
  ['It will rise next month.', '2025-11-10', 'next month', 'date', '2025-12'],
  ['Sales fell this year.', '2025-11-10', 'this year', 'date', '2025'],
  ['It happened four months ago.', '2025-11-10', 'four months ago', 'date', '2025-07'],
  ['It happened three years ago.', '2025-11-10', 'three years ago', 'date', '2022'],
  ['It happened two days ago.', '2025-11-10', 'two days ago', 'date', '2025-11-08'],
  ['He came yesterday.', '2025-11-10', 'yesterday', 'date', '2025-11-09'],
  ['He will come tomorrow.', '2025-11-10', 'tomorrow', 'date', '2025-11-11'],
  ['Sales grew in the third quarter.', '1989-10-26', 'the third quarter', 'date', '1989-Q3'],
  ['Fourth-quarter profit rose.', '1998-01-20', 'Fourth-quarter', 'date', '1997-Q4'],
  ['It was the coldest fall on record; last fall was warm.', '1998-02-10', 'last fall', 'date', '1997-FA'],
  ['Prices rose this summer.', '2025-11-10', 'this summer', 'date', '2025-SU'],
  ['Prices rose in the 1990s.', '2025-11-10', '1990s', 'date', '199X'],
  ['It was built in the 19th century.', '2025-11-10', 'the 19th century', 'date', '18XX'],
  ['Shares were up from a year earlier.', '2025-11-10', 'a year earlier', 'date', '2024'],
  ['The firm will report later this year.', '2025-11-10', 'later this year', 'date', '2025', 'end'],
  // Deictics
  ['Prices are now higher.', '2025-11-10', 'now', 'date', 'PRESENT_REF'],
  ['He recently resigned.', '2025-11-10', 'recently', 'date', 'PAST_REF'],
  ['In the future, prices will rise.', '2025-11-10', 'the future', 'date', 'FUTURE_REF'],
  // Times
  ['He spoke this evening.', '2025-11-10', 'this evening', 'time', '2025-11-10TEV'],
  ['The vote is at 2 p.m. today.', '2025-11-10', '2 p.m. today', 'time', '2025-11-10T14:00'],
  ['Polls closed at 10 p.m. Wednesday.', '2025-11-13', '10 p.m. Wednesday', 'time', '2025-11-12T22:00'],
  ['Protesters gathered last night.', '2025-11-10', 'last night', 'time', '2025-11-09TNI'],
  // British style: no space before "am"/"pm"; "mid" glued to the day part
  ['The polls close at 10pm.', '2025-11-10', '10pm', 'time', '2025-11-10T22:00'],
  ['The train left at 7:30am.', '2025-11-10', '7:30am', 'time', '2025-11-10T07:30'],
  ['The rain stopped in midafternoon.', '2025-11-10', 'midafternoon', 'time', '2025-11-10TAF'],
  // Durations and sets
  ['He served for three years.', '2025-11-10', 'three years', 'duration', 'P3Y'],
  ['Prices rose in the past two months.', '2025-11-10', 'the past two months', 'duration', 'P2M'],
  ['The talks lasted more than four hours.', '2025-11-10', 'more than four hours', 'duration', 'PT4H'],
  ['It took 5 1/2 hours.', '2025-11-10', '5 1/2 hours', 'duration', 'PT5H30M'],
  ['They signed a five-year contract.', '2025-11-10', 'five-year', 'duration', 'P5Y'],
  ['The group meets every week.', '2025-11-10', 'every week', 'set', 'P1W'],
  ['The shop opens each Thursday.', '2025-11-10', 'each Thursday', 'set', 'XXXX-WXX-4'],
  ['The paper is published daily.', '2025-11-10', 'daily', 'set', 'P1D'],
  // Ranges
  ['Prices have risen since 2000.', '2025-11-10', '2000', 'date', '2000', 'since'],
  ['He led the group until this year.', '2025-11-10', 'this year', 'date', '2025', 'until'],
  // TimeML decades are their first three digits
  ['They held power in the late 1970s.', '1998-02-19', 'the late 1970s', 'date', '197X', 'end'],
  ['It fell through the nineties.', '1998-03-03', 'the nineties', 'date', '199X', 'until'],
  ['They lost it in the last decade.', '1998-02-06', 'the last decade', 'date', '198X'],
  // "since March": the cue is outside the span but still makes the month a past one
  ['The ship has been on patrol since March and will return.', '1990-08-13', 'March', 'date', '1990-03', 'since'],
  // Exactly six months either way: the tense decides, else the past
  ['The index is near its record high set on Aug. 6.', '1998-02-06', 'Aug. 6', 'date', '1997-08-06'],
  ['Qantas will double its flights by August.', '1998-02-13', 'August', 'date', '1998-08', 'before'],
  // Negated participles are adjectives, not past-tense cues
  ['It would be paid on a still unspecified date in January.', '1989-10-26', 'January', 'date', '1990-01'],
  ['Flights will double by August, in markets untouched by the crisis.', '1998-02-13', 'August', 'date', '1998-08', 'before'],
  // Spelled-out days and years (transcripts)
  ['Women’s Day is this coming Sunday, March eighth.', '1998-03-05', 'Sunday, March eighth', 'date', '1998-03-08'],
  ['It opened on the eighth of March.', '1998-03-20', 'the eighth of March', 'date', '1998-03-08'],
  ['One person is killed. January nineteen ninety-seven.', '1998-02-27', 'January nineteen ninety-seven', 'date', '1997-01'],
  ['Prices we saw in the winter of nineteen ninety-four.', '1998-02-23', 'the winter of nineteen ninety-four', 'date', '1994-WI'],
  // "by" with a pluperfect looks back; a plan in the pluperfect has passed
  ['Members had filed reports by Wednesday.', '1990-08-16', 'Wednesday', 'date', '1990-08-15', 'before'],
  ['The offer will run until Friday.', '1990-08-16', 'Friday', 'date', '1990-08-17', 'until'],
  ['The offer had been due to expire Friday.', '1989-10-30', 'Friday', 'date', '1989-10-27'],
  // "the week of <date>" is that date's ISO week
  ['A hearing may come the week of March 6.', '2000-02-24', 'the week of March 6', 'date', '2000-W10'],
  ['They met the weekend of May 3, 1997.', '2000-02-24', 'the weekend of May 3, 1997', 'date', '1997-W18-WE'],
  // "in the last few months" is a vague past date; "will one day" a vague future one
  ['Rates have fallen in the last few months.', '1998-02-06', 'the last few months', 'date', 'PAST_REF'],
  ['For the past few weeks we have been attacked.', '1998-02-06', 'the past few weeks', 'duration', 'PXW'],
  ['Islam will one day be the second largest religion.', '1998-03-03', 'one day', 'date', 'FUTURE_REF'],
  // Present-tense schedules look ahead (DCT 2025-11-12 is a Wednesday)
  ['The two leaders meet separately Monday with the envoy.', '2025-11-12', 'Monday', 'date', '2025-11-17'],
  ['The council meets Friday, officials said.', '2025-11-12', 'Friday', 'date', '2025-11-14'],
  ['The final vote is Tuesday.', '2025-11-12', 'Tuesday', 'date', '2025-11-18'],
  ['The minister is travelling to Nairobi Monday.', '2025-11-12', 'Monday', 'date', '2025-11-17'],
  ['Tax returns filed Monday were late.', '2025-11-12', 'Monday', 'date', '2025-11-10'],
  // A modal nearer than the reporting verb governs; a possessive keeps the tense of the story
  ['The father would be travelling to Rome Thursday with his wife, the minister said.', '2025-11-12', 'Thursday', 'date', '2025-11-13'],
  ['They said they did not plan to move him on Friday.', '2025-11-12', 'Friday', 'date', '2025-11-14'],
  ['They said they would look for ways around Tuesday’s ruling.', '2025-11-12', 'Tuesday', 'date', '2025-11-11'],
  // "vacation plans" is a noun, no intent
  ['On Friday, when she set aside vacation plans, the ban was lifted.', '2025-11-12', 'Friday', 'date', '2025-11-07'],
  // "until" before a weekday or a clock time and weekday looks forward; with a pluperfect, back
  ['Officials postponed until Tuesday morning any action on the case.', '2025-11-12', 'Tuesday morning', 'time', '2025-11-18TMO', 'until'],
  ['The agency gave the family until 9 a.m. Tuesday to sign.', '2025-11-12', '9 a.m. Tuesday', 'time', '2025-11-18T09:00', 'until'],
  ['The deadline was extended until 9 a.m. EST Tuesday.', '2025-11-12', '9 a.m. EST Tuesday', 'time', '2025-11-18T09:00', 'until'],
  ['Until Monday, police had not named him a suspect.', '2025-11-12', 'Monday', 'date', '2025-11-10', 'until'],
  // A dot before a lower-case word ends no sentence ("Birmingham, Ala., killed"; "Roe vs. Wade")
  ['In January, after the Roe vs. Wade ruling, a bomb killed a guard.', '2025-10-25', 'January', 'date', '2025-01'],
  // The end of the year is the year with mod END; halves of years and decades
  ['They will cut 6,000 jobs by year end.', '2025-10-26', 'year end', 'date', '2025', 'before'],
  ['Rules should be in place by year’s end.', '2025-10-26', 'year’s end', 'date', '2025', 'before'],
  ['Costs will fall by the end of the year.', '2025-10-26', 'the end of the year', 'date', '2025', 'before'],
  ['Flat sales characterised the last half of the ’80s.', '1989-10-26', 'the last half of the ’80s', 'date', '198X', 'end'],
  ['Growth slowed in the first half of the 1990s.', '2025-10-26', 'the first half of the 1990s', 'date', '199X', 'start'],
  ['Earnings for the last half of 1989 beat forecasts.', '1990-02-26', 'the last half of 1989', 'date', '1989-H2'],
  ['Demand will stay weak through the first two quarters of 1990.', '1989-10-26', 'the first two quarters of 1990', 'date', '1990-H1', 'until'],
  ['Then, a week or so ago, the general chose a date.', '2025-11-12', 'a week or so ago', 'date', '2025-W45', 'approx'],
  // "in" + a length in a future sentence is a date; after a superlative it stays a duration
  ['The stock would be redeemed in five years.', '2025-11-12', 'five years', 'date', '2030'],
  ['You may, in a year or two, save lives.', '2025-11-12', 'a year or two', 'date', 'FUTURE_REF'],
  ['The rule will take effect in two weeks.', '2025-11-12', 'two weeks', 'date', '2025-W48'],
  ['It was the first rise in five years.', '2025-11-12', 'five years', 'duration', 'P5Y'],
  // Year ranges
  ['He was arrested twice from 1991 to 1997.', '2025-11-12', '1991', 'date', '1991'],
  // A clock time next to a day is on that day; a day counted from a day
  ['The vote is on Tuesday at 9 a.m.', '2025-11-12', '9 a.m.', 'time', '2025-11-18T09:00'],
  ['He will speak at 9 a.m. on Friday.', '2025-11-12', '9 a.m.', 'time', '2025-11-14T09:00'],
  ['Shops reopen the day after Christmas.', '2025-11-12', 'the day after Christmas', 'date', '2025-12-26'],
  ['The day before last Tuesday’s hearing, he left.', '2025-11-12', 'The day before last Tuesday', 'date', '2025-11-10'],
  ['Three days before Nov. 20, talks resumed.', '2025-11-12', 'Three days before Nov. 20', 'date', '2025-11-17'],
  ['The strike lasted three days after Monday’s vote.', '2025-11-12', 'three days', 'duration', 'P3D'],
  // No publication date: placeholders
  ['They met in June.', undefined, 'June', 'date', 'XXXX-06'],
  ['They met on Monday.', undefined, 'Monday', 'date', 'XXXX-WXX-1'],
  ['They met in June 2025.', undefined, 'June 2025', 'date', '2025-06'],
  ['It rose last year.', undefined, 'last year', 'date', 'XXXX'],
];

describe('normaliser table (expression, DCT, tense → value)', () => {
  it.each(cases)('%s [DCT %s]', (sentence, dct, text, type, value, mod) => {
    const r = recognizeTimexes(sentence, dct ? { date: dct } : {});
    expect(r.length).toBeGreaterThan(0);
    const t = r.find((x) => x.text === text) ?? r[0];
    expect([t.text, t.type, t.value]).toEqual([text, type, value]);
    expect(t.mod).toBe(mod);
  });
});
