/**
 * BILOU tag set over the four CoNLL types and span conversion helpers.
 */

/** CoNLL entity types, in tag-index order. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** One of the CoNLL entity types. */
export type ConllType = (typeof TYPES)[number];

/** Number of tags: O plus B/I/L/U for each type. */
export const NT = 1 + 4 * TYPES.length;

/** Tag index for an entity type index and a BILOU position (0=B, 1=I, 2=L, 3=U). */
export function tagOf(type: number, pos: number): number {
  return 1 + type * 4 + pos;
}
/** Entity type index of a non-O tag. */
export function typeOfTag(tag: number): number {
  return (tag - 1) >> 2;
}
/** BILOU position of a non-O tag (0=B, 1=I, 2=L, 3=U). */
export function posOfTag(tag: number): number {
  return (tag - 1) & 3;
}

/** Human-readable tag name. */
export function tagName(tag: number): string {
  return tag === 0 ? 'O' : 'BILU'[posOfTag(tag)] + '-' + TYPES[typeOfTag(tag)];
}

/** A token span [start, end) with a type index. */
export interface TokenSpan {
  start: number;
  end: number;
  type: number;
}

/** Whether `cur` may follow `prev` (prev = -1 for sentence start). */
export function allowed(prev: number, cur: number): boolean {
  const open = prev > 0 && posOfTag(prev) <= 1; // B or I
  if (open) return cur > 0 && (posOfTag(cur) === 1 || posOfTag(cur) === 2) && typeOfTag(cur) === typeOfTag(prev);
  return cur === 0 || posOfTag(cur) === 0 || posOfTag(cur) === 3;
}

/** Whether a sentence may end with this tag. */
export function allowedEnd(tag: number): boolean {
  return tag === 0 || posOfTag(tag) >= 2;
}

/** BILOU tags for spans over `n` tokens. */
export function spansToTags(spans: TokenSpan[], n: number): Int32Array {
  const tags = new Int32Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = tagOf(s.type, 3);
    else {
      tags[s.start] = tagOf(s.type, 0);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagOf(s.type, 1);
      tags[s.end - 1] = tagOf(s.type, 2);
    }
  }
  return tags;
}

/** Spans from a (valid or not) BILOU tag sequence; invalid runs are repaired leniently. */
export function tagsToSpans(tags: ArrayLike<number>, offset = 0): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) {
      if (open >= 0) out.push({ start: open + offset, end: i + offset, type: openType });
      open = -1;
      continue;
    }
    const ty = typeOfTag(t);
    const p = posOfTag(t);
    if (open >= 0 && (ty !== openType || p === 0 || p === 3)) {
      out.push({ start: open + offset, end: i + offset, type: openType });
      open = -1;
    }
    if (p === 3) out.push({ start: i + offset, end: i + 1 + offset, type: ty });
    else if (p === 2) {
      out.push({ start: (open >= 0 ? open : i) + offset, end: i + 1 + offset, type: ty });
      open = -1;
    } else if (open < 0) {
      open = i;
      openType = ty;
    }
  }
  if (open >= 0) out.push({ start: open + offset, end: tags.length + offset, type: openType });
  return out;
}

/** Spans from IOB2 tag strings such as "B-PER", "I-PER", "O". */
export function iobToSpans(tags: string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : 'O';
    const ty = t === 'O' ? -1 : TYPES.indexOf(t.slice(2) as ConllType);
    const begin = t.startsWith('B-') || (t.startsWith('I-') && ty !== openType);
    if (open >= 0 && (t === 'O' || begin)) {
      out.push({ start: open, end: i, type: openType });
      open = -1;
    }
    if (t !== 'O' && (begin || open < 0)) {
      open = i;
      openType = ty;
    }
  }
  return out;
}
