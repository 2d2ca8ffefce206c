/**
 * Time-expression recogniser: finds TIMEX3 spans in raw article text and normalises their values
 * against the publication date (TimeML / TempEval-3 conventions).
 *
 * How it works: every rule of the grammar (./grammar.ts) scans the text; overlapping candidates
 * are resolved leftmost-longest; a clock time directly followed by a day ("10 p.m. Wednesday") is
 * merged into one TIME; range cues just before a span ("since", "until", "by", "before", "after")
 * become its `mod`. Nothing spans a newline: the grammar only allows horizontal whitespace.
 */
import type { Timex, TimexMod } from '../types.ts';
import { type Anchor, parseAnchor, resolveAnaphor } from './anaphora.ts';
import { type Ymd, addDays, fmtYmd, parseYmd, shift, valueAt } from './calendar.ts';
import { parseNumber } from './lexicon.ts';
import { type Candidate, RULES, type RuleContext } from './grammar.ts';
import { tenseDirection } from './tense.ts';

/** Options of {@link recognizeTimexes}. */
export interface RecognizeOptions {
  /** Publication date `YYYY-MM-DD`; relative expressions keep placeholders without it. */
  date?: string;
}

const RANGE_CUES: [RegExp, TimexMod][] = [
  [/\b(?:ever since|since)\s+$/i, 'since'],
  [/\b(?:until|till|untill|up until|up to|through|thru)\s+$/i, 'until'],
  [/\b(?:by|no later than|before|prior to|ahead of)\s+(?:the\s+)?$/i, 'before'],
  [/\b(?:after|later than)\s+$/i, 'after'],
];

/** "the day before ", "three days after ", "the night before " right before a day. */
const DAY_FROM_DAY = /\b(the|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+(?:day|night)s?[ \t]+(before|after)[ \t]+$/i;

function rangeMod(text: string, start: number): TimexMod | undefined {
  let before = text.slice(Math.max(0, start - 16), start);
  const nl = before.lastIndexOf('\n');
  if (nl >= 0) before = before.slice(nl + 1);
  for (const [re, mod] of RANGE_CUES) if (re.test(before)) return mod;
  return undefined;
}

/**
 * Results stories: "the quarter", "a year ago" mean the reported quarter: the first numbered
 * quarter named before them that has ended within the year before publication (often a fiscal
 * one). A later headline form ("Separately, X reported third-quarter profit") switches to X's
 * quarter; a passing mention ("after a flat second quarter") does not. Rewrites `quarterRef`
 * candidates in place.
 */
function resolveReportedQuarters(cands: Candidate[], dct: Ymd, ctx: RuleContext): void {
  const dctQ = valueAt(dct, 'quarter'), yearBefore = valueAt(shift(dct, 'year', -1), 'quarter');
  // Numbered like the current calendar quarter, a quarter has ended only when the text reports it
  // in the past tense ("reported a decline in fourth-quarter earnings" on 2 November): then it is
  // a fiscal quarter, already over; "expects fourth-quarter earnings to fall" is the calendar one.
  const ended = (c: Candidate) => c.value < dctQ || (c.value === dctQ && ctx.dir(c.start, c.end) < 0);
  let lead: string | undefined;
  for (const c of cands) {
    if (c.explicitQuarter && /^\d{4}-Q\d$/.test(c.value) && c.value >= yearBefore && ended(c) && (!lead || c.explicitQuarter === 'adj')) lead = c.value;
    else if (c.quarterRef && lead) c.value = `${String(c.quarterRef.year ?? +lead.slice(0, 4) + c.quarterRef.years).padStart(4, '0')}-${lead.slice(5)}`;
  }
}

/**
 * Finds and normalises time expressions in raw text. `date` is the publication date (YYYY-MM-DD)
 * or undefined when unknown. Output: sorted, non-overlapping spans with UTF-16 offsets.
 */
export function recognizeTimexes(text: string, options?: { date?: string }): Timex[] {
  const dct = parseYmd(options?.date);
  const dirCache = new Map<string, -1 | 0 | 1>();
  const ctx: RuleContext = {
    text,
    dct,
    dir(start, end) {
      const k = `${start}:${end}`;
      let d = dirCache.get(k);
      if (d === undefined) {
        d = tenseDirection(text, start, end);
        dirCache.set(k, d);
      }
      return d;
    },
  };
  const cands: Candidate[] = [];
  RULES.forEach((rule, prio) => {
    if (rule.needs && !rule.needs.test(text)) return;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = rule.fn(m, ctx);
      if (r) {
        const start = r.start ?? m.index;
        const end = r.end ?? m.index + m[0].length;
        if (end > start) cands.push({ ...r, start, end, prio });
      }
      // Let shorter matches inside a rejected one be tried too: restart just after its first word.
      if (!r) {
        const sp = m[0].search(/[\s-]/);
        if (sp > 0) re.lastIndex = m.index + sp + 1;
      }
    }
  });
  // Leftmost-longest, non-overlapping.
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.prio - b.prio || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of cands) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  // Merge "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6".
  const merged: Candidate[] = [];
  for (const c of taken) {
    const prev = merged[merged.length - 1];
    if (
      prev && prev.type === 'time' && /T/.test(prev.value) && c.type === 'date' &&
      /^(?:\d{4}|XXXX)-\d\d-\d\d$/.test(c.value) && /^,?[ \t]*$/.test(text.slice(prev.end, c.start))
    ) {
      merged[merged.length - 1] = { ...prev, end: c.end, value: `${c.value}T${prev.value.split('T')[1]}` };
      continue;
    }
    merged.push(c);
  }
  // "Tuesday at 9 a.m.", "9 a.m. on Friday": the clock time is on that day, kept as its own span.
  const DAY = /^(?:\d{4}|XXXX)-\d\d-\d\d$/;
  for (let i = 0; i + 1 < merged.length; i++) {
    const a = merged[i], b = merged[i + 1];
    const gap = text.slice(a.end, b.start);
    if (a.type === 'date' && DAY.test(a.value) && b.type === 'time' && b.clock && /^,?[ \t]+at[ \t]+$/i.test(gap)) b.value = `${a.value}T${b.value.split('T')[1]}`;
    else if (a.type === 'time' && a.clock && b.type === 'date' && DAY.test(b.value) && /^[ \t]+on[ \t]+$/i.test(gap)) a.value = `${b.value}T${a.value.split('T')[1]}`;
  }
  // "the day after Christmas", "three days before last Tuesday's hearing": a day counted from a day.
  for (let i = 0; i < merged.length; i++) {
    const c = merged[i];
    if (c.type !== 'date' || !/^\d{4}-\d\d-\d\d$/.test(c.value)) continue;
    const lead = text.slice(Math.max(0, c.start - 30), c.start);
    const rel = DAY_FROM_DAY.exec(lead);
    if (!rel) continue;
    const n = rel[1] ? (/^the$/i.test(rel[1]) ? 1 : parseNumber(rel[1])) : 1;
    const from = c.start - rel[0].length;
    if (!(n >= 1 && n < 100 && Number.isInteger(n))) continue;
    // "lasted three days after the vote", "for two days after Monday": a length, not a day.
    if (/\b(?:for|lasted|lasts|last|took|takes|spent|spend|within|over|up to)[ \t]+$/i.test(text.slice(Math.max(0, c.start - rel[0].length - 12), c.start - rel[0].length))) continue;
    // The count ("three days") was found as a duration of its own: it becomes part of the date.
    const prev = i > 0 ? merged[i - 1] : undefined;
    const absorb = prev && prev.end > from && prev.start >= from && prev.type === 'duration';
    if (prev && prev.end > from && !absorb) continue;
    const day = addDays(parseYmd(c.value)!, /after/i.test(rel[2]) ? n : -n);
    merged[i] = { ...c, start: from, value: fmtYmd(day), mod: undefined, anaphor: undefined };
    if (absorb) merged.splice(--i, 1);
  }
  if (dct) resolveReportedQuarters(merged, dct, ctx);
  // Anaphors take the last concrete date before them as their anchor (TimeML's anchorTimeID).
  let anchor: Anchor | undefined;
  for (const c of merged) {
    if (c.anaphor && anchor) c.value = resolveAnaphor(c.anaphor, anchor) ?? c.value;
    // Times are no anchors: "overnight", "10 a.m." default to the publication day without saying so.
    if (c.type === 'date') anchor = parseAnchor(c.value) ?? anchor;
  }
  return merged.map((c) => {
    const t: Timex = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value };
    const mod = rangeMod(text, c.start) ?? c.mod;
    if (mod && (c.type === 'date' || c.type === 'time' || mod === 'approx' || mod === 'start' || mod === 'mid' || mod === 'end')) t.mod = mod;
    return t;
  });
}
