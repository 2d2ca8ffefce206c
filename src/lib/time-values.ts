/**
 * TimeML values as the digest shows them: granularity, the first day a value covers (values
 * coarser than a day are placed at their start) and a human label ("week of 3 November 2025").
 * A strategy table, one row per granularity, read top to bottom.
 */

/** Granularities a TimeML date value can have. */
export type Granularity = 'century' | 'decade' | 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'time' | 'unknown';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, [month: number, name: string]> = { SP: [3, 'spring'], SU: [6, 'summer'], FA: [9, 'autumn'], WI: [12, 'winter'] };

const pad = (n: number) => String(n).padStart(2, '0');

/** The Monday (`YYYY-MM-DD`) of ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** Formats a `YYYY-MM-DD` day as "10 November 2025". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

interface Rule {
  granularity: Granularity;
  pattern: RegExp;
  /** First day covered. */
  start(m: RegExpExecArray): string;
  /** Human label. */
  label(m: RegExpExecArray): string;
}

const RULES: Rule[] = [
  { granularity: 'time', pattern: /^(\d{4})-(\d{2})-(\d{2})T(.+)$/u, start: (m) => `${m[1]}-${m[2]}-${m[3]}`, label: (m) => formatDay(`${m[1]}-${m[2]}-${m[3]}`) + timeOfDay(m[4]!) },
  { granularity: 'day', pattern: /^(\d{4})-(\d{2})-(\d{2})$/u, start: (m) => m[0], label: (m) => formatDay(m[0]) },
  { granularity: 'week', pattern: /^(\d{4})-W(\d{2})$/u, start: (m) => isoWeekStart(+m[1]!, +m[2]!), label: (m) => `week of ${formatDay(isoWeekStart(+m[1]!, +m[2]!))}` },
  { granularity: 'month', pattern: /^(\d{4})-(\d{2})$/u, start: (m) => `${m[1]}-${m[2]}-01`, label: (m) => `${MONTHS[+m[2]! - 1]} ${m[1]}` },
  { granularity: 'quarter', pattern: /^(\d{4})-Q([1-4])$/u, start: (m) => `${m[1]}-${pad((+m[2]! - 1) * 3 + 1)}-01`, label: (m) => `Q${m[2]} ${m[1]}` },
  { granularity: 'season', pattern: /^(\d{4})-(SP|SU|FA|WI)$/u, start: (m) => `${m[1]}-${pad(SEASONS[m[2]!]![0])}-01`, label: (m) => `${SEASONS[m[2]!]![1]} ${m[1]}` },
  { granularity: 'year', pattern: /^(\d{4})$/u, start: (m) => `${m[1]}-01-01`, label: (m) => m[1]! },
  { granularity: 'decade', pattern: /^(\d{3})X$/u, start: (m) => `${m[1]}0-01-01`, label: (m) => `the ${m[1]}0s` },
  { granularity: 'century', pattern: /^(\d{2})XX$/u, start: (m) => `${m[1]}00-01-01`, label: (m) => `the ${m[1]}00s` },
];

const TIMES_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

function timeOfDay(t: string): string {
  return TIMES_OF_DAY[t] ? `, ${TIMES_OF_DAY[t]}` : `, ${t.slice(0, 5)}`;
}

/** What the digest knows about a TimeML value. */
export interface ValueInfo {
  granularity: Granularity;
  /** First day covered, when the value is resolved (no `X` placeholders). */
  start?: string;
  /** Human label. */
  label: string;
}

/**
 * Whether a range modifier runs forward from its value ("since 2000", "after May": up to the
 * article's day) rather than up to it ("until", "before"). Timelines, exports and the SVG all
 * ask here.
 */
export const opensForward = (mod: string | undefined): boolean => mod === 'since' || mod === 'after';

const MOD_LABELS: Record<string, string> = { since: 'since', until: 'until', before: 'before', after: 'after', during: 'during', approx: 'around', start: 'early', mid: 'mid', end: 'late' };

/** Describes a TimeML value, optionally with a range modifier ("since 2000"). */
export function describeValue(value: string, mod?: string): ValueInfo {
  for (const rule of RULES) {
    const m = rule.pattern.exec(value);
    if (m) {
      const label = rule.label(m);
      return { granularity: rule.granularity, start: rule.start(m), label: mod && MOD_LABELS[mod] ? `${MOD_LABELS[mod]} ${label}` : label };
    }
  }
  return { granularity: 'unknown', label: value };
}
