/**
 * Shapes shared by the pipeline stages (read → parse → entities → time → link → write).
 *
 * Offsets everywhere are JavaScript string (UTF-16) offsets into the text exactly as read
 * (after decoding, before any other repair); `end` is exclusive.
 */

/** The three entity types the digest publishes pages for. */
export type { EntityType } from '../schemas/entity-types.ts';
import type { EntityType } from '../schemas/entity-types.ts';

/**
 * What the recogniser can say about a span. `demonym` ("Syrian") links to its place where it
 * modifies a noun; `misc` (CoNLL's MISC: events, nationalities used as nouns, works) is ignored.
 */
export type MentionType = EntityType | 'demonym' | 'misc';

/** A span of text. */
export interface Span {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset one past the last character. */
  end: number;
  /** `text.slice(start, end)`, kept for readability of caches and JSON output. */
  text: string;
}

/** A named-entity mention as the recogniser finds it, before any linking. */
export interface RawMention extends Span {
  /** What kind of name this is. */
  type: MentionType;
}

/** TimeML TIMEX3 types. */
export type TimexType = 'date' | 'time' | 'duration' | 'set';

/** Range modifiers: a timex that bounds an interval rather than naming a point. */
export type TimexMod = 'since' | 'until' | 'before' | 'after' | 'during' | 'approx' | 'start' | 'mid' | 'end';

/** A time expression with its TimeML value, normalised against the publication date. */
export interface Timex extends Span {
  /** TIMEX3 type. */
  type: TimexType;
  /**
   * TimeML / ISO 8601 value: `2000`, `2025-06`, `2025-11-10`, `2025-W45`, `2025-Q2`, `2025-SU`,
   * `199X`, `P4M`, `PRESENT_REF`; `XXXX-06` when a relative expression has no anchor date.
   */
  value: string;
  /** Range modifier derived from cues such as "since", "until", "before". */
  mod?: TimexMod;
}
