/**
 * Sentence and clause boundaries in plain text, for events (one sentence, cut to its clause) and
 * quotes. Never crosses a line break: paragraphs are separate.
 */

/** A range of the plain text. */
export interface Range {
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|St|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu}|\b(?:\p{L}\.){2,}\p{L}?)\.$/u;

/** Splits text into sentence ranges, trimmed of surrounding whitespace. */
export function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  const boundary = /([.!?…]+["”’)\]]*)(\s+)(?=["“‘(\[]?[\p{Lu}\p{N}])|\n+/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m[1] ? m.index! + m[1].length : m.index!;
    if (m[1] && ABBREVIATIONS.test(text.slice(Math.max(0, end - 12), end))) continue;
    push(out, text, start, end);
    start = m.index! + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Range[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** The sentence that contains `offset`. */
export function sentenceAt(sentences: readonly Range[], offset: number): Range | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end);
}

/** Events longer than this are cut to the clause that holds the time expression. */
export const MAX_EVENT_CHARS = 200;

/**
 * The clause of a sentence around a span: the sentence itself when short enough, else the
 * comma/semicolon/dash-delimited stretch holding the span, grown with its neighbours until it
 * reads as a clause (at least 60 characters).
 */
export function clauseAround(text: string, sentence: Range, span: Range): Range {
  if (sentence.end - sentence.start <= MAX_EVENT_CHARS) return sentence;
  const cuts = [sentence.start];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/[,;:]\s|\s[–—-]\s/gu)) cuts.push(sentence.start + m.index! + m[0].length);
  cuts.push(sentence.end);
  let i = cuts.findLastIndex((c) => c <= span.start);
  let j = cuts.findIndex((c) => c >= span.end);
  if (i < 0) i = 0;
  if (j < 0) j = cuts.length - 1;
  while (cuts[j]! - cuts[i]! < 60 && (i > 0 || j < cuts.length - 1)) {
    if (i > 0) i--;
    if (cuts[j]! - cuts[i]! < 60 && j < cuts.length - 1) j++;
  }
  const r = { start: cuts[i]!, end: cuts[j]! };
  while (r.end > r.start && /[\s,;:–—-]/u.test(text[r.end - 1]!)) r.end--;
  return r;
}
