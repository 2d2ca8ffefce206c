/**
 * Events: each sentence that places something in time, with its date (value, granularity and
 * range modifier), the clause that carries it, the entities in that sentence and the paragraph
 * it came from. Durations and sets are not events; in an undated article, relative dates stay
 * unresolved (`XXXX-06`) and are marked so, never guessed.
 */
import { describeValue } from '../../lib/time-values.ts';
import type { EventData } from '../../schemas/collections.ts';
import type { BlockRange } from '../parse/segments.ts';
import type { Timex } from '../types.ts';
import { clauseAround, sentenceAt, sentenceRanges } from './sentences.ts';

/** A mention already linked to an entity slug. */
export interface LinkedSpan {
  start: number;
  end: number;
  slug: string;
}

/** Values that are dates of something: not `PRESENT_REF` and friends, not durations. */
const DATE_VALUE = /^(?:\d{2}XX|\d{3}X|\d{4}|X{4})(?:-|$)/u;

/**
 * An event of one article before linking: everything but the article's slug and the entities'
 * slugs, which depend on the whole digest. A pure function of the article's record (cached).
 */
export type EventPart = Omit<EventData, 'id' | 'entities' | 'article' | 'page'> & {
  /** The id after the article slug: paragraph id and offset of the time expression in it. */
  suffix: string;
  /** Indexes of the article's mentions inside the sentence, in text order. */
  mentions: number[];
};

/** The event parts of one article; `mentions` are all its mentions (linked or not). */
export function eventParts(text: string, blocks: readonly BlockRange[], timexes: readonly Timex[], mentions: readonly { start: number; end: number }[]): EventPart[] {
  const sentences = sentenceRanges(text);
  const events: EventPart[] = [];
  for (const t of timexes) {
    if ((t.type !== 'date' && t.type !== 'time') || !DATE_VALUE.test(t.value)) continue;
    const block = blocks.find((b) => b.start <= t.start && t.start < b.end);
    const sentence = sentenceAt(sentences, t.start);
    if (!block || !sentence) continue;
    const clause = clauseAround(text, sentence, t);
    const info = describeValue(t.value, t.mod);
    const inside = mentions.flatMap((m, i) => (m.start >= sentence.start && m.end <= sentence.end ? [i] : []));
    events.push({
      suffix: `${block.id}-${t.start - block.start}`,
      value: t.value,
      granularity: info.granularity,
      ...(t.mod && { mod: t.mod }),
      ...(info.start && !t.value.startsWith('XXXX') && { start: info.start }),
      when: t.text,
      text: text.slice(clause.start, clause.end),
      mentions: inside,
      paragraph: block.id,
    });
  }
  return events;
}

/** An article's event from its part, once the article's slug and each mention's entity slug are known. */
export function linkEvent(part: EventPart, articleSlug: string, slugOfMention: readonly (string | null)[]): EventData {
  const { suffix, mentions, ...event } = part;
  const entities = [...new Set(mentions.flatMap((i) => slugOfMention[i] ?? []))];
  return { id: `${articleSlug}-${suffix}`, ...event, entities, article: articleSlug };
}
