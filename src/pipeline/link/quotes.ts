/**
 * Direct quotes attributed to people: `Trump said: “...”`, `“...,” he added`,
 * `She told the Wall Street Journal: “...”`. A pronoun is the last person named before it.
 */
import type { Range } from './sentences.ts';

/** A quote found in the text, attributed to the person mention at `speaker`. */
export interface FoundQuote {
  /** Range of the quoted words, without the quotation marks. */
  quote: Range;
  /** Index of the person mention who said it. */
  speaker: number;
}

/** Quotes shorter than this many words are scare quotes ("turning page"), not statements. */
export const MIN_QUOTE_WORDS = 4;

const SPEECH = String.raw`(?:said|says|say|told|tells|added|adds|insisted|insists|noted|notes|stated|states|declared|declares|explained|explains|warned|warns|argued|argues|wrote|writes|asked|asks|replied|replies|claimed|claims|described\s+[^“"”.]{1,60}?\s+as(?:\s+an?)?|called\s+[^“"”.]{1,60}?)`;
/** Speaker, verb, then the quote: "Trump said: “", "She told the Wall Street Journal: “". */
const BEFORE = new RegExp(String.raw`(?:^|[\s(])(\S+)\s+${SPEECH}(?:\s+(?:that|the\s+[^“"”.:]{1,60}?|reporters|[^“"”.:]{0,60}?))?[,:]?\s*$`, 'du');
/** Quote, then the verb and speaker: "” he added", "” Trump said". */
const AFTER = new RegExp(String.raw`^[,.!?]?\s*(?:${SPEECH}\s+(\S+)|(\S+(?:\s+\S+)?)\s+${SPEECH})`, 'du');

const PRONOUNS = /^(?:he|she|He|She)$/u;

/** Person mentions as ranges, in text order. */
export interface PersonSpan extends Range {
  index: number;
}

/**
 * Finds attributed quotes in one paragraph's text. `persons` are the person mentions of the
 * whole article in text order, so a pronoun can refer back to an earlier paragraph.
 */
export function findQuotes(text: string, paragraph: Range, persons: readonly PersonSpan[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  for (const m of body.matchAll(/[“"]([^“”"]{2,2000}?)[”"]/gu)) {
    const qStart = paragraph.start + m.index! + 1;
    const qEnd = qStart + m[1]!.length;
    if (m[1]!.trim().split(/\s+/u).length < MIN_QUOTE_WORDS) continue;
    const leadStart = Math.max(paragraph.start, qStart - 160);
    const lead = BEFORE.exec(text.slice(leadStart, qStart - 1));
    const tailStart = qEnd + 1;
    const tail = lead ? null : AFTER.exec(text.slice(tailStart, Math.min(paragraph.end, qEnd + 60)));
    const group = lead ? { at: leadStart + lead.indices![1]![0], word: lead[1]! } : tail ? { at: tailStart + tail.indices![tail[1] ? 1 : 2]![0], word: (tail[1] ?? tail[2])! } : undefined;
    if (!group) continue;
    const speaker = PRONOUNS.test(group.word)
      ? persons.filter((p) => p.end <= qStart).at(-1)?.index
      : persons.find((p) => p.start <= group.at + group.word.length && group.at < p.end)?.index;
    if (speaker !== undefined) out.push({ quote: { start: qStart, end: qEnd }, speaker });
  }
  return out;
}
