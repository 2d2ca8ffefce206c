/**
 * Word lists of the time grammar: months, weekdays, seasons, units, number words, and the
 * parsers that turn those words into numbers.
 */
import type { Unit } from './calendar.ts';

/** Month names and abbreviations (lower case, without dot) → 1–12. */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Weekday names (lower case, also abbreviations) → ISO day 1–7. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

/** Season words → TimeML season code. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Part-of-day words → TimeML code. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI', noon: 'MI', midday: 'MI',
};

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, a: 1, an: 1, single: 1,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, last: 4,
};

/** Regex source for a cardinal number written in words or digits ("twenty-four", "24", "1.5"). */
export const NUM_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:(?:-| )(?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|\\d+(?:\\.\\d+)?(?: 1/2)?)(?: hundred)?';

/** Regex source for an ordinal up to 31 in words or digits. */
export const ORD_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first|\\d{1,2}(?:st|nd|rd|th))';

/** Regex source for an ordinal day 1–31 written in words only ("eighth", "twenty-first"). */
export const ORD_DAY_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)';

/** Regex source for a year said in words: "nineteen ninety-seven", "nineteen hundred and ten", "two thousand one". */
export const SPOKEN_YEAR =
  '(?:nineteen (?:hundred (?:and )?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?: and)?(?: (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)';

/** Parses a year in digits or words ("1997", "nineteen ninety-seven", "two thousand one"); NaN otherwise. */
export function parseYearWords(s: string): number {
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{4}$/.test(w)) return +w;
  let m = /^nineteen (?:hundred (?:and )?)?(.+)$/.exec(w);
  if (m) return 1900 + parseNumber(m[1]);
  m = /^two thousand(?: and)?(?: (.+))?$/.exec(w);
  if (m) return 2000 + (m[1] ? parseNumber(m[1]) : 0);
  return NaN;
}

/** Parses a cardinal ("twenty-four", "24", "a", "5 1/2") → number; NaN when not a number. */
export function parseNumber(s: string): number {
  const w = s.toLowerCase().trim();
  const frac = / 1\/2$/.test(w) ? 0.5 : 0;
  const core = w.replace(/ 1\/2$/, '');
  if (/^\d+(?:\.\d+)?$/.test(core)) return parseFloat(core) + frac;
  let mult = 1, body = core;
  if (body.endsWith(' hundred')) {
    mult = 100;
    body = body.slice(0, -8);
  }
  const parts = body.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    if (p in ONES) n += ONES[p];
    else if (p in TENS) n += TENS[p];
    else if (/^\d+$/.test(p)) n += +p;
    else return NaN;
  }
  return n * mult + frac;
}

/** Parses an ordinal ("third", "3rd", "twenty-first") → number; NaN when not one. */
export function parseOrdinal(s: string): number {
  const w = s.toLowerCase();
  const d = /^(\d+)(?:st|nd|rd|th)?$/.exec(w);
  if (d) return +d[1];
  if (w in ORDINALS) return ORDINALS[w];
  const m = /^(twenty|thirty)-(\w+)$/.exec(w);
  if (m && m[2] in ORDINALS) return TENS[m[1]] + ORDINALS[m[2]];
  return NaN;
}

/** Unit words (singular, lower case) → calendar unit and TimeML duration letter. */
export const UNITS: Record<string, { unit: Unit | 'hour' | 'minute' | 'second'; letter: string; time?: boolean }> = {
  second: { unit: 'second', letter: 'S', time: true },
  minute: { unit: 'minute', letter: 'M', time: true },
  hour: { unit: 'hour', letter: 'H', time: true },
  day: { unit: 'day', letter: 'D' },
  night: { unit: 'day', letter: 'D' },
  week: { unit: 'week', letter: 'W' },
  weekend: { unit: 'weekend', letter: 'WE' },
  fortnight: { unit: 'week', letter: 'W' },
  month: { unit: 'month', letter: 'M' },
  quarter: { unit: 'quarter', letter: 'Q' },
  year: { unit: 'year', letter: 'Y' },
  decade: { unit: 'decade', letter: 'DE' },
  century: { unit: 'century', letter: 'CE' },
};

/** Normalises a unit word ("years", "centuries", "Month") to its singular key in UNITS. */
export function unitKey(w: string): string {
  const l = w.toLowerCase();
  if (l === 'centuries') return 'century';
  return l.endsWith('s') ? l.slice(0, -1) : l;
}

/** TimeML duration value for n units: P3Y, PT5H, P1DE, P2W (fortnight ×2), PXY when n is unknown. */
export function durationValue(n: number | undefined, unitWord: string): string {
  const key = unitKey(unitWord);
  const u = UNITS[key];
  if (!u) return 'PXX';
  let num = n;
  let letter = u.letter;
  if (key === 'fortnight' && num !== undefined) num *= 2;
  if (key === 'weekend') letter = 'WE';
  if (key === 'quarter' && num !== undefined) {
    num *= 3;
    letter = 'M';
  }
  let v: string;
  if (num === undefined) v = 'X';
  else if (!Number.isInteger(num)) {
    // Halves: 1.5 hours → PT1H30M, 2.5 years → P2Y6M, else keep the decimal.
    const whole = Math.floor(num);
    const half: Record<string, string> = { H: '30M', M: u.time ? '30S' : '15D', Y: '6M', D: '12H', W: '3D' };
    if (num - whole === 0.5 && half[letter]) {
      const [hn, hl] = [half[letter].slice(0, -1), half[letter].slice(-1)];
      const prefix = u.time ? 'PT' : 'P';
      const needT = !u.time && (letter === 'D') ? 'T' : '';
      return `${prefix}${whole ? whole + letter : ''}${needT}${hn}${hl}`;
    }
    v = String(num);
  } else v = String(num);
  return (u.time ? 'PT' : 'P') + v + letter;
}
