/**
 * The time grammar: HeidelTime-style rules, each a regular expression over raw text plus a
 * normaliser that turns the match into a TimeML type and value against the publication date.
 *
 * Span conventions follow TimeBank: determiners and modifiers that are part of the expression are
 * inside ("the third quarter", "late November", "the past two months", "earlier this year",
 * "more than four hours"), prepositions are outside ("in June", "since 2000": the preposition
 * becomes a `mod`), possessive "'s" is outside ("Monday's meeting" → "Monday").
 */
import type { TimexMod, TimexType } from '../types.ts';
import {
  type Unit, type Ymd, addDays, fmtWeek, fmtY, fmtYm, fmtYmd, isoDow, placeholder, quarterOf, seasonIndex, seasonOf,
  shift, valueAt, weekdayFrom,
} from './calendar.ts';
import {
  DAY_PARTS, MONTHS, NUM_WORD, ORD_DAY_WORD, ORD_WORD, SEASONS, SPOKEN_YEAR, UNITS, WEEKDAYS, durationValue, parseNumber, parseOrdinal, parseYearWords, unitKey,
} from './lexicon.ts';
import type { Anaphor } from './anaphora.ts';
import { HOLIDAY_SRC, holidayOf, occurrencesAround } from './holidays.ts';
import { type Direction, scheduleCue, sentenceBounds } from './tense.ts';

/** The part of the sentence before `pos`. */
function sentenceBefore(text: string, pos: number): string {
  return text.slice(sentenceBounds(text, pos, pos)[0], pos);
}

/** What a rule's normaliser can see. */
export interface RuleContext {
  text: string;
  /** Publication date, when known. */
  dct?: Ymd;
  /** Tense direction of the sentence around [start, end) (lazily computed). */
  dir(start: number, end: number): Direction;
}

/** A rule's output before overlap resolution. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /**
   * Set for "the quarter", "a year ago", "the 1988 period" in results stories: the quarter the story
   * reports (its first numbered quarter, often a fiscal one), `years` from it or in `year`.
   */
  quarterRef?: { years: number; year?: number };
  /**
   * A numbered quarter named in the text: candidate for the reported one. 'adj' for the headline
   * form of results ("third-quarter profit"), 'noun' otherwise ("the fiscal first quarter").
   */
  explicitQuarter?: 'adj' | 'noun';
  /** Set for "the following year", "that month" …: resolved against the last date in the text. */
  anaphor?: Anaphor;
  /** Set for clock times ("9 a.m.") whose day is only the publication day by default. */
  clock?: boolean;
  /** Lower wins ties between candidates of equal length. */
  prio: number;
}

/** One grammar rule. */
export interface Rule {
  name: string;
  re: RegExp;
  /**
   * A pattern that every match of `re` contains (see {@link NEEDS}): a text without it is not
   * scanned by `re` at all.
   */
  needs?: RegExp;
  fn: (m: RegExpExecArray, ctx: RuleContext) => Omit<Candidate, 'prio' | 'start' | 'end'> & { start?: number; end?: number } | null;
}

// ---------------------------------------------------------------- vocabulary as regex sources
const MONTH_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBR = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
/** Month name or abbreviation with a dot (standalone use). */
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR}\\.)`;
/** Month before a day number: the dot is optional. */
const MONTH_D = `(?:${MONTH_FULL}|${MONTH_ABBR}\\.?)`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const DAYNUM = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR4 = '(?:1[5-9]\\d\\d|20\\d\\d)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const PART = '(?:morning|afternoon|evening|night)';
const UNIT = '(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie))';
const VAGUE_NUM = '(?:a few|few|several|many|a couple of|couple of|a couple|some|dozens of|hundreds of|a dozen|a number of|a handful of)';
const EDGE = '(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the close of|the turn of|the first half of|the second half of|the last half of|the latter half of|the latter part of|the early part of|the rest of|the remainder of)';

const SP = '[ \\t\\u00a0]+';
/** A character class, an optional space, or a space in a rule source (see {@link rx}). */
const SPACES = /\[(?:\\.|[^\]\\])*\]| \?| /g;
/**
 * Compiles a rule source: a space becomes "one or more horizontal whitespace" and " ?" "none or
 * more" ("3 pm" and "3pm"); a space inside a character class stays one space ("mid[- ]?morning").
 * Word boundaries are added.
 */
function rx(src: string, flags = 'gi'): RegExp {
  const s = src.replace(SPACES, (t) => (t === ' ' ? SP : t === ' ?' ? '[ \\t\\u00a0]*' : t));
  return new RegExp(`(?<![\\w$£€¥.-])(?:${s})(?![\\w]|-\\w)`, flags);
}

// ---------------------------------------------------------------- helpers
const cap = (s: string) => /^[A-Z]/.test(s);

function edgeMod(e: string | undefined): TimexMod | undefined {
  if (!e) return undefined;
  const l = e.toLowerCase();
  if (/early|beginning|start|first half|early part|turn/.test(l)) return 'start';
  if (/mid|middle/.test(l)) return 'mid';
  if (/late|end|close|second half|last half|latter/.test(l)) return 'end';
  return undefined;
}

/** Year for a month named without a year, from the tense direction. */
function yearForMonth(month: number, dct: Ymd, dir: Direction): number {
  if (dir < 0) return month <= dct.m ? dct.y : dct.y - 1;
  if (dir > 0) return month >= dct.m ? dct.y : dct.y + 1;
  return dct.y;
}

/**
 * Year of a month (and day) named without a year. A clear tense decides ("met in May" in a
 * November story → this May; "will meet in May" → next May), except after "by", "until",
 * "to", "through", "from", "before" and "on", which point across tenses ("extended to Nov. 6"):
 * there, and without a tense cue, the occurrence closest to the publication date wins.
 */
export function resolveMonthYear(month: number, day: number | undefined, ctx: RuleContext, start: number, end: number): number {
  const dct = ctx.dct!;
  const before = ctx.text.slice(Math.max(0, start - 12), start);
  const forward = /\b(?:effective|payable|starting|beginning|due|expires?|expiring|until|till)\s+(?:on\s+)?$/i.test(before);
  const neutral = /\b(?:by|to|through|from|before|on|record)\s+$/i.test(before);
  const since = /\b(?:since|ago|last)\s+$/i.test(before);
  const dir = forward ? 1 : since ? -1 : neutral ? 0 : ctx.dir(start, end);
  // Distance (in months) to the occurrence in year y; negative = before the publication date.
  const pos = (y: number) => y * 366 + (month - 1) * 30.5 + (day ?? 15);
  const ref = dct.y * 366 + (dct.m - 1) * 30.5 + (day === undefined ? 15 : dct.d);
  if (dir !== 0) {
    let y: number;
    if (day === undefined) y = yearForMonth(month, dct, dir);
    else {
      const cmp = month * 100 + day - (dct.m * 100 + dct.d);
      y = dir < 0 ? (cmp <= 0 ? dct.y : dct.y - 1) : cmp >= 0 ? dct.y : dct.y + 1;
    }
    // The tense reports a statement, not always the event: "said it would close in January"
    // (DCT November). When the tense-chosen date is ~a year away and the other side is within
    // 2–3 months, take the closer one.
    const dist = Math.abs(pos(y) - ref) / 30.5;
    const other = dir < 0 ? y + 1 : y - 1;
    const otherDist = Math.abs(pos(other) - ref) / 30.5;
    if (!forward && !since && dist >= 9.5 && otherDist <= 2.5) return other;
    return y;
  }
  // Closest occurrence; an exact tie (six months either way) goes by the sentence's tense, else to
  // the past, as news mostly reports.
  let best = dct.y;
  for (const y of [dct.y - 1, dct.y + 1]) {
    const dy = Math.abs(pos(y) - ref), db = Math.abs(pos(best) - ref);
    if (dy < db - 1e-9) best = y;
    else if (Math.abs(dy - db) <= 1e-9) {
      const t = ctx.dir(start, end);
      if ((t < 0 && y < best) || (t > 0 && y > best) || (t === 0 && y < best)) best = y;
    }
  }
  return best;
}

/** Value of a month and day: in `year` when the text gives it, else the year the context points to. */
function dayValue(mo: number, d: number, year: number | undefined, ctx: RuleContext, start: number, end: number): string {
  const y = year ?? (ctx.dct ? resolveMonthYear(mo, d, ctx, start, end) : undefined);
  return y === undefined ? `XXXX-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : fmtYmd({ y, m: mo, d });
}

/** "Saturday 12 February": the year near the DCT in which that day is that weekday, if exactly one. */
function yearByWeekday(month: number, day: number, dow: number, dct: Ymd): number | undefined {
  const ys = [dct.y, dct.y - 1, dct.y + 1].filter((y) => day <= 31 && isoDow({ y, m: month, d: day }) === dow);
  return ys.length ? ys[0] : undefined;
}

/** Year for a two-digit year ('98 → 1998 next to a 1998 DCT, '30 → 2030 near 2025). */
function expandYear2(yy: number, dct?: Ymd): number {
  const base = dct ? dct.y : 2000;
  const century = Math.floor(base / 100) * 100;
  let y = century + yy;
  if (y > base + 20) y -= 100;
  return y;
}

/**
 * True when the text around `pos` reports quarterly results ("third-quarter profit", "in the
 * quarter"): then "a year ago" and "year-earlier" compare with the same quarter a year before.
 */
export function quarterContext(text: string, pos: number): boolean {
  const win = text.slice(Math.max(0, pos - 700), Math.min(text.length, pos + 150));
  return /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b|\bthe (?:latest |fiscal )?quarter\b|\bquarterly (?:results|earnings|profit|loss|report)/i.test(win);
}

/**
 * The period a results story compares just before `pos` (same paragraph, ~250 characters): 'year'
 * after "the first nine months", "the first half", "the fiscal year", 'quarter' after a quarter.
 * "Up from 40% a year earlier" then takes that granularity.
 */
export function periodBefore(text: string, pos: number): 'year' | 'quarter' | undefined {
  let win = text.slice(Math.max(0, pos - 250), pos);
  const nl = win.lastIndexOf('\n');
  if (nl >= 0) win = win.slice(nl + 1);
  const re = /\b(?:(?:first |latest |past )?(?:nine|six|twelve|12|9|6) months|first half|(?:fiscal|full|calendar) year|the year (?:ended|ending|to date)|for the year\b|year to date)|\b(quarter|three months)\b/gi;
  let last: 'year' | 'quarter' | undefined;
  for (let m = re.exec(win); m; m = re.exec(win)) last = m[1] ? 'quarter' : 'year';
  return last;
}

/** Direction word ("last", "next", "this" …) → offset in units. */
function dirWord(w: string | undefined): number | undefined {
  if (!w) return undefined;
  const l = w.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:the )?(?:last|past|previous|preceding|prior|this past)$/.test(l)) return -1;
  if (/^(?:the )?(?:next|coming|following|this coming|upcoming)$/.test(l)) return 1;
  if (/^(?:this|the current|current|the same|the present)$/.test(l)) return 0;
  return undefined;
}

function rel(ctx: RuleContext, unit: Unit, n: number): string {
  return ctx.dct ? valueAt(shift(ctx.dct, unit, n), unit) : placeholder(unit);
}

/** Value of a season with a direction offset (-1 last, 0 this, 1 next, undefined: by tense). */
function seasonValue(code: string, ctx: RuleContext, off: number | undefined, start: number, end: number): string {
  if (!ctx.dct) return `XXXX-${code}`;
  const d = ctx.dct;
  const cur = seasonOf(d.m);
  // Winter starting in December counts with that year; Jan/Feb belong to the previous year's winter.
  const curYear = cur === 'WI' && d.m <= 2 ? d.y - 1 : d.y;
  const ci = seasonIndex[cur], ti = seasonIndex[code];
  let o = off;
  if (o === undefined) o = ctx.dir(start, end) < 0 ? -1 : ctx.dir(start, end) > 0 ? 1 : 0;
  let y: number;
  if (o === 0) y = ti >= ci || code === cur ? curYear : curYear + 1;
  else if (o < 0) y = ti < ci ? curYear : curYear - 1;
  else y = ti > ci ? curYear : curYear + 1;
  if (o === 0 && ti < ci) y = curYear; // "this spring" said in the fall: the spring just gone
  return `${fmtY(y)}-${code}`;
}

/** Closest weekday consistent with the tense: DCT itself when it is that day. */
function weekdayValue(dow: number, ctx: RuleContext, off: number | undefined, start: number, end: number, cue?: Direction): string {
  if (!ctx.dct) return `XXXX-WXX-${dow}`;
  const d = ctx.dct;
  if (off === -1) return fmtYmd(weekdayFrom(d, dow, -1));
  if (off === 1) {
    // "next Monday": the Monday of next week.
    return fmtYmd(weekdayFrom(addDays(d, 7 - isoDow(d) + 1), dow, 1, true));
  }
  if (off === 0) return fmtYmd(weekdayFrom(d, dow, 0));
  if (isoDow(d) === dow) return fmtYmd(d);
  const dir = cue || ctx.dir(start, end);
  return fmtYmd(weekdayFrom(d, dow, dir > 0 ? 1 : -1));
}

function monthNum(s: string): number {
  return MONTHS[s.toLowerCase().replace('.', '')] ?? NaN;
}

/** Accepts a 4-digit number as a year unless the context says it is a quantity. */
function yearContextOk(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 20);
  // "from 1991 to 1997", "between 1991 and 1997": a range of years, not a count.
  const range = /^\s*(?:to|and|-|through|until)\s*(1[5-9]\d\d|20\d\d)\b/.exec(after);
  if (range && /\b(?:from|between)\s+$/i.test(before) && +range[1] > +text.slice(start, end) && +range[1] - +text.slice(start, end) < 100) return true;
  if (/[$£€¥#]\s*$|\b(?:No|number|Nos?\.|page|pages|route|flight|room|Boeing|Airbus|model|version|rule|article|section|Interstate|Highway)\.?\s*$/i.test(before)) return false;
  if (/\b[A-Z]{2,}-?\s*$/.test(before)) return false;
  if (/^(?:[,.]\d|\s*(?:%|percent|per\b|-\d|to \d{4}\b\D)|\s*[A-Za-z]+s\b(?<!'s)(?<!’s)|\s*(?:people|men|women|troops|soldiers|workers|jobs|shares|votes|feet|meters|metres|miles|km|tons|tonnes|barrels|square|points|employees|units|cars|homes|acres|yards|pounds|dollars|euros|yuan|yen))/i.test(after)) {
    // "1998 levels" is rare; "2000 troops" is common.
    return /^\s*(?:levels|figures|results|elections|olympics|games|season|budget)/i.test(after);
  }
  return true;
}

// ---------------------------------------------------------------- rules
const rules: Rule[] = [];
const add = (name: string, src: string, fn: Rule['fn'], flags?: string) => rules.push({ name, re: rx(src, flags), fn });

// "the week of March 6": the ISO week holding that day; "the weekend of May 3" likewise.
add('week-of', `the (week|weekend) of (${MONTH_D}) (${DAYNUM})(?:,? (${YEAR4}))?`, (m, ctx) => {
  if (!cap(m[2])) return null;
  const mo = monthNum(m[2]), d = parseInt(m[3], 10);
  if (!(mo >= 1 && d >= 1 && d <= 31)) return null;
  const y = m[4] ? +m[4] : ctx.dct ? resolveMonthYear(mo, d, ctx, m.index, m.index + m[0].length) : undefined;
  if (y === undefined) return { type: 'date', value: m[1].toLowerCase() === 'week' ? 'XXXX-WXX' : 'XXXX-WXX-WE' };
  const w = fmtWeek({ y, m: mo, d });
  return { type: 'date', value: m[1].toLowerCase() === 'week' ? w : `${w}-WE` };
});
// "Thursday, Nov. 9, 1989", "Nov. 9", "November 9th, 1989"
add('month-day', `(?:(${WEEKDAY}),? )?(?:(early|late|mid|last|next|this) )?(${MONTH_D}) (${DAYNUM}|${ORD_DAY_WORD})(?:(?:,|,? of)? (${YEAR4}|'\\d\\d|${SPOKEN_YEAR}))?`, (m, ctx) => {
  if (!cap(m[3])) return null;
  // Day numbers also come spelled out in transcripts: "March eighth".
  const mo = monthNum(m[3]), d = /^\d/.test(m[4]) ? parseInt(m[4], 10) : parseOrdinal(m[4]);
  if (/^may$/i.test(m[3]) && !m[5] && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(m[4])) return null;
  if (!/^\d/.test(m[4]) && /^(?:march|may)$/i.test(m[3]) && !m[1] && !/\b(?:on|since|until|by|from|of|is|was|before|after)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
  let y: number | undefined;
  if (m[5]) y = m[5][0] === "'" || m[5][0] === '’' ? expandYear2(+m[5].slice(1), ctx.dct) : parseYearWords(m[5]);
  else if (ctx.dct) y = m[1] ? yearByWeekday(mo, d, WEEKDAYS[m[1].toLowerCase()], ctx.dct) : undefined;
  const value = dayValue(mo, d, y, ctx, m.index, m.index + m[0].length);
  return { type: 'date', value, mod: /^(?:last|next|this)$/i.test(m[2] ?? '') ? undefined : edgeMod(m[2]) };
});
// "9 November 1989", "the 9th of November"
add('day-month', `(?:(${WEEKDAY}),? )?(?:the )?(?:(${DAYNUM})(?: of)?|(${ORD_DAY_WORD}) of) (${MONTH_D})(?:,? (${YEAR4}))?`, (m, ctx) => {
  // "the eighth of March": a spelled-out day needs "of"; shift groups to the digit form's layout.
  if (m[3]) m = Object.assign([m[0], m[1], m[3], m[4], m[5]], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
  else m = Object.assign([m[0], m[1], m[2], m[4], m[5]], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
  if (!cap(m[3])) return null;
  const mo = monthNum(m[3]), d = /^\d/.test(m[2]) ? parseInt(m[2], 10) : parseOrdinal(m[2]);
  let y: number | undefined;
  if (m[4]) y = +m[4];
  else if (ctx.dct && m[1]) y = yearByWeekday(mo, d, WEEKDAYS[m[1].toLowerCase()], ctx.dct);
  const value = dayValue(mo, d, y, ctx, m.index, m.index + m[0].length);
  return { type: 'date', value };
});
// Days listed under one month: "April 24 and 25", "24 and 25 April", "3, 4 and 5 March 1999". The
// month is written once, yet each day is a date of its own (TimeML tags each); the rules above
// take the day next to the month, this one the others.
const DAY_AND = `(?:, ${DAYNUM})*,? (?:and|or|&) `;
/** What may follow the last day of a list: punctuation or a function word, not a noun it would count. */
const DAY_LIST_END = /^(?:[ \t]*(?:[,.;:)!?"”'’]|$)|[ \t]+(?:in|at|on|for|to|from|when|while|and|or|but|as|with|during|before|after|by|that|the|is|are|was|were|will|would)\b)/;
/** The rest of a month-first list after one of its middle days (", 26 and 27"). */
const DAY_LIST_REST = new RegExp(`^${DAY_AND}${DAYNUM}`);
// The day number comes first so that the look-behind runs only at digits. Alternatives: the last
// day of a month-first list, any day before the month in a day-first list, a middle day of a
// month-first list ("April 24, 25 and 26").
add('day-list', `(${DAYNUM})(?:(?<=(${MONTH_D}) ${DAYNUM}${DAY_AND}${DAYNUM})(?=(?:,? (${YEAR4}))?)|(?=${DAY_AND}${DAYNUM} (${MONTH_D})(?:,? (${YEAR4}))?)|(?<=(${MONTH_D}) ${DAYNUM}(?:, ${DAYNUM})*, ${DAYNUM})(?=${DAY_AND}${DAYNUM}(?:,? (${YEAR4}))?))`, (m, ctx) => {
  const month = m[2] ?? m[4] ?? m[6], year = m[3] ?? m[5] ?? m[7];
  if (!cap(month)) return null;
  // "On April 24 and 25 people died": a count, not a day; checked after the list's last day.
  const after = m.index + m[0].length;
  const end = m[6] ? after + (DAY_LIST_REST.exec(ctx.text.slice(after))?.[0].length ?? 0) : after;
  if ((m[2] || m[6]) && !DAY_LIST_END.test(ctx.text.slice(end, end + 12))) return null;
  // Every day of the list takes its year where the month is written (tense is read there), so
  // one list never spans two years.
  const at = m[4] ? ctx.text.indexOf(month, after) : ctx.text.lastIndexOf(month, m.index);
  return { type: 'date', value: dayValue(monthNum(month), parseInt(m[1], 10), year ? +year : undefined, ctx, at, at + month.length) };
});
// ISO and US numeric dates: 2025-11-10, 11/10/2025, 11/10/25
add('numeric-date', `(\\d{4})-(\\d\\d)-(\\d\\d)|(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d\\d)`, (m, ctx) => {
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else [mo, d, y] = [+m[4], +m[5], m[6].length === 2 ? expandYear2(+m[6], ctx.dct) : +m[6]];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { type: 'date', value: fmtYmd({ y, m: mo, d }) };
});
// "November 1989", "late November", "last February", "June last year", "mid-November"
add('month', `(?:(${EDGE}|this past|this coming|this|last|next|until|since)(?: |-))?(${MONTH})(?:(?:,|,? of)? (${YEAR4}|${SPOKEN_YEAR})|(?: of)? (this|last|next) year|(?: of)? (the (?:previous|following|same) year))?`, (m, ctx) => {
  if (!cap(m[2])) return null;
  const pre = m[1]?.toLowerCase();
  let start = m.index;
  if (pre === 'until' || pre === 'since') start += m[1].length + 1;
  const mo = monthNum(m[2]);
  if (!m[3] && !m[4] && /^\s+of\s+the\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 9))) return null; // "the March of the Mothers"
  const st = m.index + m[0].indexOf(m[2]);
  if (/^may$/i.test(m[2]) && !m[1] && !m[3] && !m[4]) {
    // "May" is a month after a preposition, not after a capitalised name ("Theresa May") or before a verb.
    const before = ctx.text.slice(Math.max(0, st - 20), st);
    const after = ctx.text.slice(st + 3, st + 25);
    if (!/\b(?:in|of|since|until|till|by|from|to|through|during|early|late|mid|and|or|before|after|last|next|this|between|on|for)\s+$/i.test(before)) return null;
    if (/^\s+(?:be|have|not|also|well|never|still|soon|face|need|take|want|seek|try|help|lead|come|go|get|become|make|lose|win)\b/i.test(after)) return null;
  }
  if (/^march$/i.test(m[2]) && !m[1] && !m[3] && !m[4]) {
    const after = ctx.text.slice(st + 5, st + 20);
    if (/^\s+(?:on|to|through|against|in|into|for)\b/i.test(after) && !/\b(?:in|since|until|by|from|early|late|mid|last|next|this)\s+$/i.test(ctx.text.slice(Math.max(0, st - 15), st))) return null;
  }
  const off = dirWord(pre);
  let y: number | undefined;
  if (m[3]) y = parseYearWords(m[3]);
  else if (ctx.dct) {
    if (m[4]) y = ctx.dct.y + (dirWord(m[4]) ?? 0);
    else if (m[5]) return { start, type: 'date', value: `XXXX-${String(mo).padStart(2, '0')}` };
    else if (off === -1) y = mo < ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1;
    else if (off === 1) y = mo > ctx.dct.m ? ctx.dct.y : ctx.dct.y + 1;
    else if (off === 0) y = ctx.dct.y;
    // From the month itself: a leading "since"/"until" must stay visible as a cue before it.
    else y = resolveMonthYear(mo, undefined, ctx, start, m.index + m[0].length);
  }
  const value = y === undefined ? `XXXX-${String(mo).padStart(2, '0')}` : fmtYm(y, mo);
  return { start, type: 'date', value, mod: edgeMod(pre) };
});
// Years: "1989", "fiscal 1990", "early 2000", "the year 2000", "mid-1990"
add('year', `(?:(${EDGE}|fiscal|calendar|the year|the fiscal year|the calendar year|fy)(?: |-))?(${YEAR4})`, (m, ctx) => {
  const st = m.index + m[0].length - m[2].length;
  if (m[1] && /half/i.test(m[1])) return null; // "the first half of 1990" is 1990-H1 (quarter rule)
  if (!m[1] && !yearContextOk(ctx.text, st, st + 4)) return null;
  if (!m[1]) {
    // A bare number in a list of numbers ("1,2000") or a time ("2000 GMT") is not a year.
    if (/^\s*(?:GMT|UTC|hours|hrs)\b/.test(ctx.text.slice(st + 4, st + 12))) return null;
  }
  return { type: 'date', value: m[2], mod: edgeMod(m[1]) };
});
// Spoken years: "nineteen ninety-six", "the year two thousand"
add('spoken-year', `(?:the year )?(?:nineteen (?:hundred (?:and )?)?((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?: and)?(?: (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)`, (m) => {
  if (m[1] !== undefined) return { type: 'date', value: String(1900 + parseNumber(m[1])) };
  return { type: 'date', value: String(2000 + (m[2] ? parseNumber(m[2]) : 0)) };
});
// Decades: "the 1990s", "the '90s", "mid-1980s", "the nineties"
add('decade', `(?:(?:the )?(early|late|mid|${EDGE})(?: |-))?(?:(?:the )?(?:(\\d{3})0['’]?s|['’](\\d)0['’]?s)|(?:the )((?:twen|thir|for|fif|six|seven|eigh|nine)ties))`, (m, ctx) => {
  // "the 1990s": "the" stays outside unless an edge word comes first ("the last half of the '80s").
  if (!m[1] && /^the\s/i.test(m[0]) && !m[4]) return { ...decadeValue(m, ctx), start: m.index + m[0].search(/\s\S/) + 1 };
  return decadeValue(m, ctx);
});
function decadeValue(m: RegExpExecArray, ctx: RuleContext): { type: TimexType; value: string; mod?: TimexMod } {
  let value: string;
  if (m[2]) value = m[2]; // TimeML: a decade is its first three digits
  else if (m[3]) {
    const y = expandYear2(+m[3] * 10, ctx.dct);
    value = String(y).slice(0, 3);
  } else {
    const n: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
    value = `19${n[m[4].toLowerCase()]}`;
  }
  return { type: 'date', value: `${value}X`, mod: edgeMod(m[1]) };
}
// Centuries: "the 20th century", "the twenty-first century"
add('century', `(?:the )?(?:(early|late|mid)(?: |-))?(${ORD_WORD})(?: |-)century`, (m) => {
  const n = parseOrdinal(m[2]);
  if (!(n > 0 && n < 30)) return null;
  return { type: 'date', value: `${String(n - 1).padStart(2, '0')}XX`, mod: edgeMod(m[1]) };
});
// Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1989",
// "this year's third quarter", "the fiscal first quarter", "the first half"
add('quarter', `(?:(the|this|last|next|that) )?(?:(${YEAR4}|this year|last year|next year)(?:['’]s)? )?(?:(fiscal|calendar|current|latest|same|year-earlier|year-ago)(?: |-))?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?: |-)(?:fiscal )?(quarter|half|period)(?: (?:of|in) (?:(?:fiscal|calendar) )?(${YEAR4}|this year|last year|next year|the year))?`, (m, ctx) => {
  const ord = m[4].toLowerCase();
  const kind = m[5].toLowerCase();
  // "the third-quarter results": an adjectival form, the determiner belongs to the noun.
  let start: number | undefined;
  const rest = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
  if (m[1] && /-/.test(m[0].slice(m[0].indexOf(m[4]))) && !m[2] && !m[6] && /^[ \t]+[a-z]/.test(rest + 'x')) start = m.index + m[0].indexOf(m[3] ?? m[4]);
  if (kind === 'period' && !m[3]) return null;
  const n = ord === 'final' || ord === 'last' ? (kind === 'half' ? 2 : 4) : parseOrdinal(ord);
  if (kind === 'half' && n > 2) return null;
  const letter = kind === 'half' ? 'H' : 'Q';
  const yStr = m[6] ?? m[2];
  let y: number | undefined;
  if (yStr && /^\d/.test(yStr)) y = +yStr;
  else if (ctx.dct) {
    if (yStr) y = ctx.dct.y + (yStr.toLowerCase().startsWith('last') ? -1 : yStr.toLowerCase().startsWith('next') ? 1 : 0);
    else {
      y = ctx.dct.y;
      const cq = kind === 'half' ? (ctx.dct.m <= 6 ? 1 : 2) : quarterOf(ctx.dct.m);
      const pre = m[1]?.toLowerCase();
      const dir = ctx.dir(m.index, m.index + m[0].length);
      if (pre === 'last' || m[3]?.toLowerCase().startsWith('year-')) y -= 1;
      else if (pre === 'next') y += 1;
      else if (n > cq && dir < 0) y -= 1;
      else if (n < cq - 1 && dir > 0) y += 1;
    }
  }
  // TimeBank: "the first half" is a duration-like period but annotated as a date with H value.
  return { start, type: 'date', value: y === undefined ? `XXXX-${letter}${n}` : `${fmtY(y)}-${letter}${n}`, explicitQuarter: letter === 'Q' ? (/-(?:fiscal-)?quarter$/i.test(m[0]) && /^[ \t]+[a-z]/.test(rest + 'x') ? 'adj' : 'noun') : undefined };
});
// "the first two quarters of 1990" is its first half; "the last two quarters" the second.
add('quarter-pair', `(?:the )?(first|last|final|second|latter) two quarters(?: (?:of|in) (${YEAR4}|this year|last year|next year|the year))?`, (m, ctx) => {
  const h = /first/i.test(m[1]) ? 1 : 2;
  const yStr = m[2]?.toLowerCase();
  let y: number | undefined;
  if (yStr && /^\d/.test(yStr)) y = +yStr;
  else if (ctx.dct) y = ctx.dct.y + (yStr?.startsWith('last') ? -1 : yStr?.startsWith('next') ? 1 : 0);
  return { type: 'date', value: y === undefined ? `XXXX-H${h}` : `${fmtY(y)}-H${h}` };
});
const ENDED_MONTH = new RegExp(`^\\s+(?:ended|ending)\\s+(${MONTH_D})`, 'i');
// Unnumbered quarters: "the quarter", "the latest quarter", "this quarter", "the year-earlier quarter"
add('the-quarter', `(the (?:(?:latest|last|recent|most recent|previous|past|current|same|comparable|corresponding|year-earlier|year-ago|comparable year-earlier|comparable year-ago) )?(?:fiscal )?(?:quarter|period)(?: (?:a year (?:earlier|ago)|last year|of last year|the previous year|of the previous year))?|(?:this|last|next|that) quarter|last year['’]s (?:quarter|period)|the (\\d{4}) (?:quarter|period)|year-(?:earlier|ago) (?:quarter|period)|year-earlier|year-ago)`, (m, ctx) => {
  const s = m[1].toLowerCase().replace(/\s+/g, ' ');
  if (/^the (?:fiscal )?period$/.test(s)) return null;
  if (/^year-(?:earlier|ago)$/.test(s) && !/^\s+[a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
  if (!ctx.dct) return { type: 'date', value: 'XXXX-QX' };
  const cur = ctx.dct;
  let off = -1; // "the quarter" in a results story: the one just ended
  if (/^(?:this|the current)/.test(s)) off = 0;
  else if (/^next/.test(s)) off = 1;
  if (/year-(?:earlier|ago)|a year|last year|previous year/.test(s)) off = -5;
  const justEnded = valueAt(shift(cur, 'quarter', -1), 'quarter');
  if (m[2]) {
    // "the 1988 period": that year's reported quarter, unless the story compares nine months or years.
    if (/period/.test(s) && (!quarterContext(ctx.text, m.index) || periodBefore(ctx.text, m.index) === 'year')) return { type: 'date', value: m[2] };
    return { type: 'date', value: `${m[2]}-${justEnded.slice(5)}`, quarterRef: { years: 0, year: +m[2] } };
  }
  if (s === 'the period' && !quarterContext(ctx.text, m.index)) return null;
  if (/^year-(?:earlier|ago)$/.test(s) && (!quarterContext(ctx.text, m.index) || periodBefore(ctx.text, m.index) === 'year')) return { type: 'date', value: fmtY(cur.y - 1) };
  // "the quarter ended July 31" (no number, no numbered quarter before): the calendar quarter
  // holding most of its three months.
  const ended = ENDED_MONTH.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20));
  if (ended && off === -1 && cap(ended[1])) {
    const em = monthNum(ended[1]);
    const q = quarterOf(em === 1 ? 12 : em - 1);
    const y = em === 1 || em * 100 > cur.m * 100 + cur.d / 100 ? cur.y - 1 : cur.y;
    // A fiscal quarter named before ("the fiscal first quarter") still wins: it is this quarter.
    return { type: 'date', value: `${fmtY(y)}-Q${q}`, quarterRef: { years: 0 } };
  }
  // "the quarter", "the latest period", "the year-ago quarter", "this quarter's loss": the reported quarter.
  const reported = off === -1 && /^the (?:(?:latest|last|recent|most recent) )?(?:fiscal )?(?:quarter|period)$/.test(s) ||
    off === 0 && /^this quarter$/.test(s) && /^['’]s\b/.test(ctx.text.slice(m.index + m[0].length)) && quarterContext(ctx.text, m.index);
  const quarterRef = off === -5 ? { years: -1 } : reported ? { years: 0 } : undefined;
  return { type: 'date', value: valueAt(shift(cur, 'quarter', off), 'quarter'), quarterRef, anaphor: s === 'that quarter' ? { unit: 'quarter', n: 0 } : undefined };
});
// Relative units: "last week", "this year", "next month", "earlier this year", "the past year",
// "the end of this month", "last fall", "this summer", "the weekend"
add('relative', `(?:(${EDGE}|earlier|later|sometime|some time|as early as|as late as)(?: |-))?(this past|this coming|this|last|next|the past|the last|the next|the coming|the current|the previous|the preceding|the prior|the following|past|coming|upcoming|current|the same) (?:(fiscal|calendar|school|academic|model|financial) )?(week|weekend|month|year|decade|century|${SEASON}|season)(?: (or so))?`, (m, ctx) => {
  const pre = m[1]?.toLowerCase();
  const w = m[2].toLowerCase().replace(/\s+/g, ' ');
  const unitW = m[4].toLowerCase();
  if (/^[A-Z]/.test(m[4]) && /^[A-Z]/.test(m[2]) && !/(?:^|[.!?]\s+|\n)$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null; // ABC's "This Week"
  let off = dirWord(w);
  let start = m.index;
  if (m[1] && /^as /i.test(m[1])) start += m[1].length + 1;
  if (w === 'the same' && /^(?:week|month|year)$/.test(unitW)) off = 0;
  if (off === undefined) return null;
  if (w === 'the same' && !/^(?:week|month|year)$/.test(unitW)) return null;
  const st = m.index, en = m.index + m[0].length;
  // "the following year", "the previous month", "the same year": relative to the date the story
  // last talked about (resolved in recognize.ts); the publication date only when there is none.
  const anaphor: Anaphor | undefined = /^the (?:following|previous|preceding|prior|same)$/.test(w) && /^(?:week|month|year)$/.test(unitW) && !pre
    ? { unit: unitW as Unit, n: off } : undefined;
  if (unitW in SEASONS) return { start, type: 'date', value: seasonValue(SEASONS[unitW], ctx, off, st, en), mod: edgeMod(pre) };
  if (unitW === 'season') return null;
  // "the past year" is a date in TimeBank (the year before), unless it is "for the past year".
  if (/^the (?:past|last|next|coming)$/.test(w) && !pre && /\bfor\s+$/i.test(ctx.text.slice(Math.max(0, st - 5), st))) {
    return { start, type: 'duration', value: durationValue(1, unitW) };
  }
  const unit = unitW as Unit;
  if (unit === 'weekend' && ctx.dct && off === 0) {
    // "this weekend": the coming one unless the tense is past.
    const dir = ctx.dir(st, en);
    if (dir < 0 && isoDow(ctx.dct) < 6) off = -1;
  }
  return { start, type: 'date', value: rel(ctx, unit, off), mod: edgeMod(pre), anaphor };
});
// Anaphoric days and demonstratives: "the following day", "the day before" is not one of them
// (a duration-like relation), "that year", "that quarter", "the same day".
add('anaphoric', `(the following|the previous|the preceding|the prior|the next|the same|that) (day|week|month|quarter|year)`, (m, ctx) => {
  const w = m[1].toLowerCase();
  const unit = m[2].toLowerCase() as Unit;
  if (w !== 'that' && unit !== 'day' && unit !== 'quarter') return null; // the 'relative' rule has these
  if (w === 'the next' && unit !== 'day') return null;
  const before = ctx.text.slice(Math.max(0, m.index - 14), m.index);
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  // "that" as a conjunction ("said that day traders …") or a relative pronoun ("the day that …").
  if (w === 'that' && (/\b(?:said|says|say|believe|believes|think|thinks|added|noted|reported|so|such|means|meant|shows|showed)\s+$/i.test(before) || /^\s+(?:traders?|care|jobs?|trips?|rates?|-)/i.test(after))) return null;
  if (/^-/.test(after)) return null;
  const n = /following|next/.test(w) ? 1 : /previous|preceding|prior/.test(w) ? -1 : 0;
  return { type: 'date', value: rel(ctx, unit, n), anaphor: { unit, n } };
});
// "the weekend", "the week", "the year", "the day": DCT-relative when used as a date
add('the-unit', `(?:(${EDGE}) )?the (?:(full|fiscal|calendar|current fiscal|latest fiscal|current|whole|entire) )?(weekend|year|week)`, (m, ctx) => {
  const u = m[3].toLowerCase() as Unit;
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (m[2] && /latest/i.test(m[2]) && ctx.dct) return { type: 'date', value: fmtY(ctx.dct.y - 1) };
  if (/^\s*(?:of|before|after|ahead|earlier|ago|to|when|in which|that)\b/i.test(after)) return null;
  if (/^['’]s\s/.test(after) && u !== 'year') return null;
  const before = ctx.text.slice(Math.max(0, m.index - 15), m.index);
  if (/\b(?:per|a|each|every)\s+$/i.test(before) && u !== 'weekend') return null;
  if (/\bof\s+$/i.test(before) && u === 'week') return null;
  let off = 0;
  if (u === 'weekend' && ctx.dct) {
    const dir = ctx.dir(m.index, m.index + m[0].length);
    if (dir < 0 && isoDow(ctx.dct) < 6) off = -1;
  }
  return { type: 'date', value: rel(ctx, u, off), mod: edgeMod(m[1]) };
});
// Year-end and friends
add('year-end', `year-end|year end|year['’]s end|the end of the year|the end of the month|month-end|the end of the week|the turn of the century`, (m, ctx) => {
  const s = m[0].toLowerCase();
  if (s.includes('century')) return { type: 'date', value: ctx.dct ? valueAt(ctx.dct, 'century') : 'XX', mod: 'end' };
  const u: Unit = s.includes('month') ? 'month' : s.includes('week') ? 'week' : 'year';
  if (u === 'year' && ctx.dct) {
    // TimeML: the end of a year is the year with mod END ("by year-end" → 1989, END).
    // "since year-end" / past tense early in the year → the one just gone.
    const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
    const y = since || (ctx.dir(m.index, m.index + m[0].length) < 0 && ctx.dct.m < 6) ? ctx.dct.y - 1 : ctx.dct.y;
    return { type: 'date', value: fmtY(y), mod: 'end' };
  }
  return { type: 'date', value: rel(ctx, u, 0), mod: 'end' };
});
// "would be redeemed in five years", "may, in a year or two, save lives": "in" + a length in a
// future sentence is the date that far ahead (TimeML); "the first rise in five years" stays a duration.
add('in-future', `in (${NUM_WORD}|a|an) (day|week|month|year|decade)s?(?: (or two|or so))?`, (m, ctx) => {
  const start = m.index + 3;
  const end = m.index + m[0].length;
  if (/^\s*(?:of|ago|later|earlier|before|after|old|-)/i.test(ctx.text.slice(end, end + 8))) return null;
  const sent = ctx.text.slice(Math.max(0, m.index - 80), m.index);
  if (/\b(?:first|highest|lowest|biggest|largest|best|worst|most|least|fastest|slowest|smallest|steepest|sharpest|strongest|weakest|only|last|ever)\b[^.!?;]*$/i.test(sent)) return null;
  const modal = /\b(?:will|would|may|might|could|should|can|shall|'ll|’ll)\b[^.!?;]*$/i.test(sent);
  const dir = ctx.dir(start, end);
  if (!(dir > 0 || (dir === 0 && modal))) return null;
  const n = parseNumber(m[1]);
  if (m[3] === 'or two' || isNaN(n) || !Number.isInteger(n)) return { start, type: 'date', value: 'FUTURE_REF' };
  const unit = m[2].toLowerCase() as Unit;
  if (!ctx.dct) return { start, type: 'date', value: placeholder(unit), mod: m[3] ? 'approx' : undefined };
  const gran: Unit = unit === 'decade' ? 'year' : unit;
  return { start, type: 'date', value: valueAt(shift(ctx.dct, unit, n), gran), mod: m[3] ? 'approx' : undefined };
});
// "a year ago", "four months ago", "two weeks earlier", "three years from now", "a year earlier"
add('ago', `(?:(about|around|nearly|almost|some|roughly|approximately|more than|less than|just|only|over|at least) )?(${NUM_WORD}|a|an|${VAGUE_NUM}|one) (${UNIT})s? (?:(or so) )?(ago|earlier|later|from now|hence|before|back|previously|since)`, (m, ctx) => {
  const post = m[5].toLowerCase();
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
  if ((post === 'before' || post === 'since') && !/^\s*[,.;:)!?"”]|^\s*$/.test(after)) return null; // "two days before the vote": a duration
  const n = parseNumber(m[2]);
  const key = unitKey(m[3]);
  const u = UNITS[key];
  if (!u) return null;
  const sign = /later|from now|hence/.test(post) ? 1 : -1;
  const approx = (m[1] && /about|around|nearly|almost|some|roughly|approximately/i.test(m[1])) || m[4] ? 'approx' : undefined;
  if (isNaN(n)) return { type: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  if (u.time) {
    // "two hours ago": a time on the publication day; we keep day precision.
    return { type: 'date', value: ctx.dct ? fmtYmd(ctx.dct) : 'XXXX-XX-XX', mod: approx };
  }
  const unit = u.unit as Unit;
  if (!ctx.dct) return { type: 'date', value: placeholder(unit === 'weekend' ? 'week' : unit), mod: approx };
  if (unit === 'year' && n === 1 && sign < 0 && post !== 'since' && quarterContext(ctx.text, m.index) && periodBefore(ctx.text, m.index) !== 'year') {
    return { type: 'date', value: valueAt(shift(shift(ctx.dct, 'quarter', -1), 'year', -1), 'quarter'), mod: approx, quarterRef: { years: -1 } };
  }
  const steps = unit === 'quarter' ? n * 3 : n;
  const shiftUnit: Unit = unit === 'quarter' ? 'month' : unit;
  if (!Number.isInteger(steps)) return { type: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  const day = shift(ctx.dct, shiftUnit === 'weekend' ? 'week' : shiftUnit, sign * steps);
  const gran: Unit = unit === 'weekend' ? 'week' : unit === 'decade' || unit === 'century' ? 'year' : unit;
  return { type: 'date', value: valueAt(day, gran), mod: approx };
});
// Deictic words
const DEICTIC: Record<string, [TimexType, string]> = {
  now: ['date', 'PRESENT_REF'], 'right now': ['date', 'PRESENT_REF'], 'just now': ['date', 'PRESENT_REF'],
  currently: ['date', 'PRESENT_REF'], current: ['date', 'PRESENT_REF'], nowadays: ['date', 'PRESENT_REF'],
  'these days': ['date', 'PRESENT_REF'], 'at present': ['date', 'PRESENT_REF'], 'the present': ['date', 'PRESENT_REF'],
  presently: ['date', 'PRESENT_REF'], 'at the moment': ['date', 'PRESENT_REF'], 'this time': ['date', 'PRESENT_REF'],
  recently: ['date', 'PAST_REF'], recent: ['date', 'PAST_REF'], lately: ['date', 'PAST_REF'], 'the past': ['date', 'PAST_REF'],
  previously: ['date', 'PAST_REF'], formerly: ['date', 'PAST_REF'], 'in the past': ['date', 'PAST_REF'],
  'recent years': ['date', 'PAST_REF'], 'the recent past': ['date', 'PAST_REF'],
  soon: ['date', 'FUTURE_REF'], 'the future': ['date', 'FUTURE_REF'], future: ['date', 'FUTURE_REF'],
  'the near future': ['date', 'FUTURE_REF'], shortly: ['date', 'FUTURE_REF'], 'the near term': ['date', 'FUTURE_REF'],
  'the long term': ['date', 'FUTURE_REF'], 'the short term': ['date', 'FUTURE_REF'],
};
add('deictic', `(?:(as) )?(right now|just now|now|currently|current|nowadays|these days|at present|the present|presently|at the moment|recently|recent years|lately|the recent past|the past|soon|the near future|the future|the near term|the long term|the short term)`, (m, ctx) => {
  const w = m[2].toLowerCase().replace(/\s+/g, ' ');
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
  if (m[1]) return null; // "as soon as", "as recently as" are connectives here
  if (w === 'soon' && /^\s+(?:as|after|before|afterwards)\b/i.test(after)) return null;
  if ((w === 'current' || w === 'recent' || w === 'future') && !/^\s+[a-z]/.test(after)) return null; // adjectives only
  if (w === 'current' && /^\s+(?:account|affairs|events|assets|liabilities|ratio|members?|issue|form|state|situation|version|system|law|rules|policy|crop|stock|employees)\b/i.test(after)) {
    /* still a present reference in TimeBank style, keep */
  }
  if (w === 'the future' && /^\s+of\b/i.test(after)) return null;
  if (w === 'the past' && /^\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d)/i.test(after)) return null;
  const [type, value] = DEICTIC[w];
  return { type, value };
});
// today / yesterday / tomorrow, with "late", "early", "earlier"
add('day-deictic', `(?:(early|late|earlier|later) )?(today|yesterday|tomorrow|the day before yesterday|the day after tomorrow)(?: (morning|afternoon|evening|night))?`, (m, ctx) => {
  const w = m[2].toLowerCase();
  const start = m[1] && /^(?:earlier|later)$/i.test(m[1]) ? m.index + m[0].indexOf(m[2], m[1].length) : m.index;
  const off = w === 'today' ? 0 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : 2;
  const day = ctx.dct ? fmtYmd(addDays(ctx.dct, off)) : 'XXXX-XX-XX';
  if (m[3]) return { start, type: 'time', value: `${day}T${DAY_PARTS[m[3].toLowerCase()]}` };
  return { start, type: 'date', value: day, mod: edgeMod(m[1]) };
});
// this morning / tonight / last night / overnight / later this afternoon
add('day-part', `(?:(earlier|later|early|late) )?(this (morning|afternoon|evening)|tonight|last night|overnight)`, (m, ctx) => {
  const w = m[2].toLowerCase();
  // "ITV1's This Morning": a title, not a time.
  if (/^This [A-Z]/.test(m[2]) && !/(?:^|[.!?"“]\s*|\n)$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
  const day = ctx.dct ? (w.startsWith('last') ? addDays(ctx.dct, -1) : ctx.dct) : undefined;
  const code = m[3] ? DAY_PARTS[m[3].toLowerCase()] : 'NI';
  return { type: 'time', value: `${day ? fmtYmd(day) : 'XXXX-XX-XX'}T${code}` };
});
/** A clock time ending right before a weekday: "9 a.m. ", "4 a.m. EDT ", "noon ". */
const CLOCK_BEFORE = /(?:\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST))?|\bnoon|\bmidnight),?\s+$/i;
// Weekdays: "Monday", "last Friday", "next Tuesday", "Friday morning", "Mondays" (set)
add('weekday', `(?:(every|each|last|this past|this coming|this|next|early|late|until|since|the previous|the following) )?(${WEEKDAY})(s)?(?: (${PART}))?`, (m, ctx) => {
  if (!cap(m[2])) return null;
  const pre = m[1]?.toLowerCase();
  const dow = WEEKDAYS[m[2].toLowerCase()];
  let start = m.index;
  if (pre === 'until' || pre === 'since') start += m[1].length + 1;
  const part = m[4] ? DAY_PARTS[m[4].toLowerCase()] : undefined;
  if (pre === 'every' || pre === 'each' || m[3]) {
    return { start, type: 'set', value: `XXXX-WXX-${dow}${part ? 'T' + part : ''}` };
  }
  const off = pre === 'last' || pre === 'this past' || pre === 'the previous' ? -1 : pre === 'next' || pre === 'this coming' || pre === 'the following' ? 1 : pre === 'this' ? 0 : undefined;
  // A clock time right before the day ("until 9 a.m. EST Tuesday") is merged with it later: the
  // cue before the clock time is the day's cue.
  const lead = ctx.text.slice(Math.max(0, m.index - 40), m.index);
  const clock = CLOCK_BEFORE.exec(lead);
  const cueAt = clock ? m.index - clock[0].length : m.index;
  const cueBefore = pre === 'until' || pre === 'since' ? `${pre} ` : ctx.text.slice(Math.max(0, cueAt - 16), cueAt);
  let soon = /\b(?:as soon as|as early as|starting|beginning|until|till|by|effective|ahead of)\s+(?:on\s+|at\s+)?$/i.test(cueBefore);
  // "had filed reports by Wednesday", "Until Thursday, they had not called him a suspect": "by"
  // and "until" with a pluperfect look back, not forward.
  if (soon && /\b(?:by|until|till)\s+$/i.test(cueBefore)) {
    const [ss, se] = sentenceBounds(ctx.text, m.index, m.index + m[0].length);
    if (/\bhad\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne)\b/i.test(ctx.text.slice(ss, se))) soon = false;
  }
  const since = /\bsince\s+$/i.test(cueBefore.slice(-8));
  // Present-tense schedules look ahead ("the two leaders meet Monday").
  const sched = soon || since || off !== undefined ? undefined : scheduleCue(ctx.text, cueAt);
  if (sched === 'near' || (sched === 'far' && ctx.dir(m.index, m.index + m[0].length) === 0)) soon = true;
  const v = weekdayValue(dow, ctx, off, m.index, m.index + m[0].length, soon ? 1 : since ? -1 : 0);
  // "the previous Friday": the Friday before the day the story is talking about.
  const anaphor: Anaphor | undefined = pre === 'the previous' || pre === 'the following' ? { unit: 'day', n: off ?? 0, dow } : undefined;
  if (part) return { start, type: 'time', value: `${v}T${part}` };
  return { start, type: 'date', value: v, mod: edgeMod(pre), anaphor };
});
// Seasons alone: "the summer", "last spring" handled by 'relative'; "summer 2004", "the summer of 1998"
add('season', `(?:(?:the )?(early|late|mid|${EDGE}) )?(?:the )?(${SEASON})(?:(?: of)? (${YEAR4}|${SPOKEN_YEAR}))?`, (m, ctx) => {
  const code = SEASONS[m[2].toLowerCase()];
  if (m[3]) return { type: 'date', value: `${parseYearWords(m[3])}-${code}`, mod: edgeMod(m[1]) };
  if (!/^(?:the )/i.test(m[0].slice(m[1] ? m[1].length + 1 : 0)) && !m[1]) {
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    if (!/\b(?:in|this|last|next|by|since|until|during|over|through)\s+$/i.test(before)) return null;
  }
  if (m[2].toLowerCase() === 'fall' && !/^the\b/i.test(m[0]) && !m[1]) return null;
  return { type: 'date', value: seasonValue(code, ctx, undefined, m.index, m.index + m[0].length), mod: edgeMod(m[1]) };
});
// Clock times: "10 p.m.", "10:35 a.m.", "7:15 p.m. EST", "noon", "midnight"
add('clock', `(?:(about|around|approximately|shortly before|shortly after|just before|just after) )?(?:(\\d{1,2})(?::(\\d\\d))? ?(a\\.m\\.?|p\\.m\\.?|am|pm)(?: (?:[ECMP][SD]T|GMT|UTC|BST))?|(\\d{1,2}):(\\d\\d)(?: (?:[ECMP][SD]T|GMT|UTC|BST))|(noon|midnight|midday|mid[- ]?afternoon|mid[- ]?morning))`, (m, ctx) => {
  let h: number | undefined, mi = 0;
  let code: string | undefined;
  if (m[2]) {
    h = +m[2];
    mi = m[3] ? +m[3] : 0;
    const pm = /^p/i.test(m[4]);
    if (h > 12 || mi > 59) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    if (/^am$/i.test(m[4]) && !/^AM$|^am$/.test(m[4])) return null;
  } else if (m[5]) {
    h = +m[5];
    mi = +m[6];
    if (h > 23 || mi > 59) return null;
  } else {
    const w = m[7].toLowerCase().replace(/[- ]/, '');
    if (w === 'noon' || w === 'midday') h = 12;
    else if (w === 'midnight') h = 24;
    else code = w === 'midafternoon' ? 'AF' : 'MO';
  }
  const day = ctx.dct ? fmtYmd(ctx.dct) : 'XXXX-XX-XX';
  const t = code ?? `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
  return { type: 'time', value: `${day}T${t}`, clock: true, mod: m[1] && /about|around|approx/i.test(m[1]) ? 'approx' : undefined };
});
// Durations: "three years", "the past two months", "more than four hours", "a five-year", "the first nine months"
add('duration', `(?:(about|around|approximately|roughly|nearly|almost|some|more than|less than|fewer than|no more than|not more than|no less than|at least|at most|up to|over|under|just over|just under|well over|only|barely|a full|an additional|another|an estimated) )?(?:(the|a|its|their|his|her|our|this|that) )?(?:(past|last|next|first|final|coming|previous|following|initial|latest|same|preceding|remaining|ensuing|full|entire|whole|past few|last few|next few|past several|last several|next several|first few) )?(?:(${NUM_WORD}) (?:to|or) |(\\d+)-)?(?:(${NUM_WORD}|${VAGUE_NUM}|a|an)(?: |-)(?:(?:and a half|more|additional|straight|consecutive|full|calendar|fiscal|business|trading|working|long|short) )?)(${UNIT})s?(?: (or so|and a half))?`, (m, ctx) => {
  const numW = m[6].toLowerCase().replace(/\s+/g, ' ');
  const unitW = m[7].toLowerCase();
  const key = unitKey(unitW);
  if (!UNITS[key]) return null;
  let n: number | undefined = parseNumber(numW);
  if (isNaN(n)) n = undefined;
  if (n !== undefined && /and a half/i.test(m[0])) n += 0.5;
  let start = m.index;
  const end = m.index + m[0].length;
  const after = ctx.text.slice(end, end + 25);
  const before = ctx.text.slice(Math.max(0, start - 25), start);
  const hyphen = new RegExp(`${m[6].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-`, 'i').test(m[0]);
  // Ages ("a 6-year-old", "52 years old") are not time expressions in TimeBank.
  if (/^-old\b|^[ \t]+old\b|^-olds?\b/i.test(after)) return null;
  // "three-quarters of", "a quarter of the shares", "a second time", "60 Minutes"
  if (key === 'quarter' && ((/^\s+of\b/i.test(after) && /^(?:a|an|one|two|three|\d+)$/i.test(numW)) || /s$/i.test(unitW) && hyphen)) return null;
  if (key === 'second' && (n === 1 || n === undefined) && !/^\d/.test(numW)) return null;
  if (/^[A-Z]/.test(m[7]) && /^\d/.test(numW) && !/^[A-Z\s\d-]+$/.test(m[0])) return null;
  // A 4-digit year is not a count ("the 1988 second quarter").
  if (/^\d{4}$/.test(numW) && (key === 'second' || key === 'quarter')) return null;
  if (m[4] && /^\d{4}$/.test(m[4])) return null;
  // Numbers that are not counts of time: "a day" in "twice a day", "$5 million a year" are sets.
  const isSet = /(?:\b(?:once|twice|thrice|times|per)|[%\d]|million|billion|percent|dollars|cents|hours|pounds)\s+$/i.test(before) && /^(?:a|an|per)$/i.test(numW);
  // "prices have fallen in the last few months": a vague past date, not a length (TimeBank).
  if (m[3] && /^(?:past|last)(?: few| several)?$/i.test(m[3]) && /(?:few|several)$/i.test(`${m[3]} ${numW}`) && m[2]?.toLowerCase() === 'the' && /\bin\s+$/i.test(before) && !m[1]) {
    return { type: 'date', value: 'PAST_REF' };
  }
  // "Islam will one day be …": an unspecified future (or past, "he was one day …") day.
  if (/^one$/i.test(numW) && key === 'day' && !m[1] && !m[2] && !m[3] && /\b(?:will|would|could|might|may|can|shall|must|to)\s+$/i.test(before)) {
    return { type: 'date', value: 'FUTURE_REF' };
  }
  if (isSet) {
    const u = UNITS[key];
    const v = u.time ? `PT1${u.letter}` : `P1${u.letter === 'WE' ? 'W' : u.letter}`;
    return { type: 'set', value: v };
  }
  if (/^(?:a|an)$/i.test(numW) && !m[1] && !m[2] && !m[3]) {
    if (/^\s*(?:of|or)\b/i.test(after) && key !== 'year') return null;
  }
  if (numW === 'some' && !m[1]) {
    if (!/s$/.test(unitW)) return null;
  }
  // Span conventions (TimeBank): "about", "almost", "only", "at least" stay outside; "more than",
  // "less than", "nearly" are inside; "over" is inside only right before the number ("over an hour").
  const modW = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  let mod: TimexMod | undefined;
  if (modW && /about|around|approx|roughly|nearly|almost|some|estimated/.test(modW)) mod = 'approx';
  const dropMod = modW && (/^(?:about|around|approximately|roughly|almost|some|only|at most|under|just over|just under|well over|barely|a full|an additional|another|an estimated|just)$/.test(modW) || (modW === 'over' && !/^(?:a|an)$/i.test(numW)));
  if (dropMod) start = m.index + m[0].indexOf(m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6], modW.length);
  // Determiners: "the" is inside ("the nine months", "the past two months") except before an
  // adjectival form ("the two-year plan"); "a", "its" … are outside ("a six year term").
  const det = m[2]?.toLowerCase();
  if (det && (!m[3] || hyphen) && (det !== 'the' || hyphen) && !(det === 'a' && !m[3] && !m[4] && /^(?:few|couple)/.test(numW))) {
    if (!(det === 'a' && /^(?:few|couple|dozen|number|handful)/.test(numW))) {
      const from = m[0].indexOf(m[2], dropMod ? start - m.index : 0) + m[2].length;
      start = m.index + from + (m[0].slice(from).length - m[0].slice(from).trimStart().length);
    }
  }
  if (hyphen && m[3] && det) {
    const idx = m[0].toLowerCase().indexOf(m[3].toLowerCase());
    start = m.index + idx + m[3].length + 1;
  }
  const value = key === 'weekend' ? (n === undefined ? 'PXWE' : `P${n}WE`) : m[4] || m[5] ? durationValue(undefined, unitW) : durationValue(n, unitW);
  return { start, type: 'duration', value, mod };
});
// Bare plural units: "for years", "decades-long", "recent weeks", "coming months", "the weeks ahead"
add('plural-units', `(?:(the|recent|coming|future|past|the coming|the past|the last|the next|the past few|the last few|the next few|the next several|the past several|the first|the early|the final|the last several) )?(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)(?: or (?:seconds|minutes|hours|days|weeks|months|quarters|years|decades))?(?:(-long| ahead| to come| on end))?`, (m, ctx) => {
  const pre = m[1]?.toLowerCase();
  const unitW = m[2].toLowerCase();
  const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (!pre && !m[3]) {
    if (!/\b(?:for|over|within|in|after|took|take|takes|lasting|last|lasted|than|spent|spend|spends)\s+$/i.test(before)) return null;
    if (/^\s*(?:of|later|earlier|ago|before|after|old)\b/i.test(after)) return null;
    if (/\bin\s+$/i.test(before) && !/^\s*[,.;]/.test(after)) return null;
  }
  if (pre === 'the' && !m[3]) return null;
  if (pre === 'recent' || pre === 'past') return { type: 'date', value: 'PAST_REF' };
  if (pre === 'coming' || pre === 'future' || pre === 'the coming') return { type: 'date', value: 'FUTURE_REF' };
  if (pre === 'the first' || pre === 'the early' || pre === 'the final') {
    if (!/^\s*(?:of)\b/i.test(after)) return null;
  }
  return { type: 'duration', value: durationValue(undefined, unitW) };
});
// Sets: "every week", "each Thursday", "daily", "annually", "every two years", "twice a week"
add('set', `(?:(once|twice|three times|four times|several times|\\w+ times) (?:a|an|per|each|every) (${UNIT}|month)|(?:every|each|per) (?:other )?(?:(${NUM_WORD}) )?(${UNIT}|${MONTH}|${SEASON}|${PART})s?|(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|semiannually|annual))`, (m) => {
  if (m[5]) {
    const w = m[5].toLowerCase();
    if (w === 'annual') return null;
    const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', quarterly: 'P3M', nightly: 'P1D', biweekly: 'P2W', bimonthly: 'P2M', semiannually: 'P6M' };
    return { type: 'set', value: v[w] };
  }
  if (m[1]) return { type: 'set', value: durationValue(1, m[2]) };
  const w = m[4].toLowerCase();
  if (/^\w+\.?$/.test(w) && monthNum(w)) return { type: 'set', value: `XXXX-${String(monthNum(w)).padStart(2, '0')}` };
  if (w in SEASONS) return { type: 'set', value: `XXXX-${SEASONS[w]}` };
  if (w in DAY_PARTS) return { type: 'set', value: `XXXX-XX-XXT${DAY_PARTS[w]}` };
  const n = m[3] ? parseNumber(m[3]) : 1;
  return { type: 'set', value: durationValue(isNaN(n) ? undefined : n, w) };
});
// Holidays: "Christmas", "Easter 1999", "last Thanksgiving", "Easter week", "the Labor Day weekend"
add('holiday', `(?:(last|next|this|this past|this coming) )?(?:the )?(${HOLIDAY_SRC})(?: (week|weekend|holidays?|season|period))?(?:,? (${YEAR4}))?`, (m, ctx) => {
  const name = m[2];
  if (!cap(name)) return null;
  const hol = holidayOf(name);
  if (!hol) return null;
  const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
  // "Holocaust Memorial Day", "Chinese New Year", "Lunar New Year": another holiday.
  if (!m[1] && /[A-Z][\w'’]*\s+$/.test(before) && !/(?:^|[.!?]\s+|\n)[A-Z][\w'’]*\s+$/.test(before)) {
    if (!/\b(?:On|In|By|Since|Until|Before|After|At|Last|Next|This)\s+$/.test(before)) return null;
  }
  if (/\b(?:Chinese|Lunar|Jewish|Persian|Iranian|Islamic|Hindu|Tamil|Thai|Vietnamese|Tibetan|Orthodox|Korean)\s+$/.test(before)) return null;
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  // "New Year" only as the holiday ("the New Year", "New Year's"), not "new year" in mid-sentence.
  if (/^new year$/i.test(name) && !/^New Year$/.test(name)) return null;
  if (/^may day$/i.test(name) && !/^May Day$/.test(name)) return null;
  const kind = m[3]?.toLowerCase();
  const off = dirWord(m[1]);
  let start = m.index;
  const dct = ctx.dct;
  const fmt = (day: Ymd) =>
    hol.month ? fmtYm(day.y, day.m) : kind === 'week' ? fmtWeek(day) : kind === 'weekend' ? `${fmtWeek(isoDow(day) === 1 ? addDays(day, -1) : day)}-WE` : fmtYmd(day);
  // "Christmas season", "the Easter holidays": about the holiday, valued as its day.
  if (m[4]) return { start, type: 'date', value: fmt(hol.day(+m[4])) };
  if (!dct) {
    const fixedDay = hol.day(2001), other = hol.day(2002);
    return { start, type: 'date', value: !hol.month && !kind && fixedDay.m === other.m && fixedDay.d === other.d ? `XXXX-${String(fixedDay.m).padStart(2, '0')}-${String(fixedDay.d).padStart(2, '0')}` : 'XXXX-XX-XX' };
  }
  // "the Christmas number one", "the Christmas chaos": "the" belongs to the noun, not the holiday.
  if (!m[1] && !kind && /^the\s/i.test(m[0]) && /^[ \t]+[a-z]/.test(after)) start = m.index + m[0].search(/\s\S/) + 1;
  const key = (x: Ymd) => x.y * 10000 + x.m * 100 + x.d;
  const now = key(dct);
  const occ = occurrencesAround(hol, dct.y);
  const inYear = occ.find((o) => o.y === dct.y) ?? occ[Math.floor(occ.length / 2)];
  let day: Ymd;
  if (off === -1) day = occ.filter((o) => key(o) < now).pop() ?? occ[0];
  else if (off === 1) day = occ.find((o) => key(o) > now) ?? occ[occ.length - 1];
  else if (off === 0) day = inYear;
  else {
    // Like a month and day named without a year: tense and cues choose the year, then the
    // occurrence nearest that month and day (movable feasts shift by a few weeks).
    const here = inYear;
    const target = { y: resolveMonthYear(here.m, here.d, ctx, m.index, m.index + m[0].length), m: here.m, d: here.d };
    const dist = (o: Ymd) => Math.abs(o.y * 372 + o.m * 31 + o.d - (target.y * 372 + target.m * 31 + target.d));
    day = occ.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  }
  return { start, type: 'date', value: fmt(day) };
});

/**
 * What every match of a rule contains, for the rules that match in few articles: each of these
 * rules' expressions scans the whole text (8–21 µs a BBC article), a test for a word it cannot
 * match without takes 1.4–3.7 µs, and the word is missing from 69–98 % of the articles. Each
 * pattern is a part of its rule's expression that all of its alternatives share (same flags, so
 * the same case folding); `test/time-needs.test.ts` checks it on every match in the shared corpora.
 */
const NEEDS: Record<string, RegExp> = {
  quarter: /quarter|half|period/i,
  decade: /\d0['’]?s|ties/i,
  clock: /\d(?::\d\d)?[ \t\u00a0]*[ap]\.?m|\d:\d\d|noon|midnight|midday|afternoon|morning/i,
  century: /century/i,
  'the-quarter': /quarter|period|year-earlier|year-ago/i,
  'quarter-pair': /quarters/i,
  'day-deictic': /today|yesterday|tomorrow/i,
  'day-part': /morning|afternoon|evening|night/i,
};
for (const rule of rules) rule.needs = NEEDS[rule.name];

/** The compiled rules, in priority order (earlier wins ties of equal length). */
export const RULES: readonly Rule[] = rules;
