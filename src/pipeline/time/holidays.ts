/**
 * Holidays as calendar days: fixed-date ones (Christmas, New Year's Day, Bastille Day), movable
 * Christian feasts computed from Easter (Good Friday, Pentecost), US holidays defined as the nth
 * weekday of a month (Thanksgiving, Labor Day, Election Day), and Eid al-Fitr / Eid al-Adha and
 * Ramadan from the tabular Islamic calendar (observed dates can differ by a day or two).
 */
import { type Ymd, addDays, isoDow } from './calendar.ts';

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31), day = ((h + l - 7 * mm + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The `n`th ISO weekday `dow` of a month (n = -1: the last one). */
export function nthWeekday(y: number, m: number, dow: number, n: number): Ymd {
  if (n > 0) {
    const first = isoDow({ y, m, d: 1 });
    return { y, m, d: 1 + ((dow - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = isoDow({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - dow + 7) % 7) };
}

// Julian day number ↔ Gregorian, for the Islamic calendar.
function jdn(x: Ymd): number {
  return Math.floor(Date.UTC(x.y, x.m - 1, x.d) / 86400000) + 2440588;
}
function fromJdn(j: number): Ymd {
  const dt = new Date((j - 2440588) * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
/** Gregorian day of Islamic (tabular, civil epoch) year `iy`, month `im`, day `id`. */
function islamicToGregorian(iy: number, im: number, id: number): Ymd {
  const j = id + Math.ceil(29.5 * (im - 1)) + (iy - 1) * 354 + Math.floor((3 + 11 * iy) / 30) + 1948439 - 1;
  return fromJdn(j);
}
/** The Gregorian day of Islamic month `im`, day `id` that falls in Gregorian year `y` (the first, if two). */
function islamicInYear(y: number, im: number, id: number): Ymd {
  // Islamic year roughly: (y - 622) * 33/32.
  const guess = Math.floor(((y - 622) * 33) / 32);
  for (let iy = guess - 1; iy <= guess + 2; iy++) {
    const g = islamicToGregorian(iy, im, id);
    if (g.y === y) return g;
  }
  return islamicToGregorian(guess, im, id);
}

/** What a holiday name denotes: a day, or the week / weekend / month around it. */
export interface Holiday {
  /** The day of the holiday in Gregorian year `y`. */
  day: (y: number) => Ymd;
  /** Month-long observances (Ramadan) are valued as the month holding most of them. */
  month?: boolean;
  /** Islamic-calendar feasts: [month, day, days added]; they drift 11 days a year and can fall twice in one year. */
  islamic?: [number, number, number];
}

/** Every occurrence of a holiday in Gregorian years y-1 … y+1, in order. */
export function occurrencesAround(hol: Holiday, y: number): Ymd[] {
  if (!hol.islamic) return [y - 1, y, y + 1].map((x) => hol.day(x));
  const [im, id, plus] = hol.islamic;
  const guess = Math.floor(((y - 622) * 33) / 32);
  const out: Ymd[] = [];
  for (let iy = guess - 3; iy <= guess + 3; iy++) {
    const g = addDays(islamicToGregorian(iy, im, id), plus);
    if (g.y >= y - 1 && g.y <= y + 1) out.push(g);
  }
  return out;
}

const fixed = (m: number, d: number): Holiday => ({ day: (y) => ({ y, m, d }) });
const fromEaster = (n: number): Holiday => ({ day: (y) => addDays(easter(y), n) });
const nth = (m: number, dow: number, n: number): Holiday => ({ day: (y) => nthWeekday(y, m, dow, n) });

/** Holiday names (lower case, straight apostrophes, single spaces) → how to compute them. */
export const HOLIDAYS: Record<string, Holiday> = {
  'christmas eve': fixed(12, 24),
  'christmas day': fixed(12, 25),
  christmas: fixed(12, 25),
  'boxing day': fixed(12, 26),
  "new year's eve": fixed(12, 31),
  "new year's day": fixed(1, 1),
  "new year's": fixed(1, 1),
  'new year': fixed(1, 1),
  epiphany: fixed(1, 6),
  "valentine's day": fixed(2, 14),
  "st. patrick's day": fixed(3, 17),
  "saint patrick's day": fixed(3, 17),
  'may day': fixed(5, 1),
  'flag day': fixed(6, 14),
  juneteenth: fixed(6, 19),
  'canada day': fixed(7, 1),
  'independence day': fixed(7, 4),
  'bastille day': fixed(7, 14),
  halloween: fixed(10, 31),
  "all saints' day": fixed(11, 1),
  'guy fawkes night': fixed(11, 5),
  'bonfire night': fixed(11, 5),
  'veterans day': fixed(11, 11),
  "veterans' day": fixed(11, 11),
  'armistice day': fixed(11, 11),
  'remembrance day': fixed(11, 11),
  'australia day': fixed(1, 26),
  'ash wednesday': fromEaster(-46),
  'palm sunday': fromEaster(-7),
  'maundy thursday': fromEaster(-3),
  'holy thursday': fromEaster(-3),
  'good friday': fromEaster(-2),
  'holy saturday': fromEaster(-1),
  'easter sunday': fromEaster(0),
  'easter day': fromEaster(0),
  easter: fromEaster(0),
  'easter monday': fromEaster(1),
  pentecost: fromEaster(49),
  whitsun: fromEaster(49),
  'martin luther king day': nth(1, 1, 3),
  'martin luther king jr. day': nth(1, 1, 3),
  "presidents' day": nth(2, 1, 3),
  "presidents day": nth(2, 1, 3),
  "mother's day": nth(5, 7, 2),
  'memorial day': nth(5, 1, -1),
  "father's day": nth(6, 7, 3),
  'labor day': nth(9, 1, 1),
  'labour day': nth(9, 1, 1),
  'columbus day': nth(10, 1, 2),
  thanksgiving: nth(11, 4, 4),
  'thanksgiving day': nth(11, 4, 4),
  // US federal elections: the Tuesday after the first Monday in November.
  'election day': { day: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) },
  ramadan: { day: (y) => addDays(islamicInYear(y, 9, 1), 14), month: true, islamic: [9, 1, 14] },
  'eid al-fitr': { day: (y) => islamicInYear(y, 10, 1), islamic: [10, 1, 0] },
  'eid ul-fitr': { day: (y) => islamicInYear(y, 10, 1), islamic: [10, 1, 0] },
  'eid al-adha': { day: (y) => islamicInYear(y, 12, 10), islamic: [12, 10, 0] },
  'eid ul-adha': { day: (y) => islamicInYear(y, 12, 10), islamic: [12, 10, 0] },
};

/** Regex source matching every holiday name (longest first; apostrophes straight or curly). */
export const HOLIDAY_SRC = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.]/g, '\\.').replace(/'/g, "['’]?").replace(/-/g, '(?:-| )').replace(/ /g, ' '))
  .join('|');

/** Looks a matched holiday name up (case, apostrophes and spacing normalised). */
export function holidayOf(name: string): Holiday | undefined {
  const k = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/(\w) (fitr|adha)/, '$1-$2');
  return HOLIDAYS[k] ?? HOLIDAYS[k.replace(/(\w)s day$/, "$1s' day")] ?? HOLIDAYS[k.replace(/(\w)s (day|night)$/, "$1's $2")];
}
