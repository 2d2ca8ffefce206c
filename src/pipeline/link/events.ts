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

/** Builds the events of one article. */
export function buildEvents(articleSlug: string, text: string, blocks: readonly BlockRange[], timexes: readonly Timex[], mentions: readonly LinkedSpan[]): EventData[] {
  const sentences = sentenceRanges(text);
  const events: EventData[] = [];
  for (const t of timexes) {
    if ((t.type !== 'date' && t.type !== 'time') || !DATE_VALUE.test(t.value)) continue;
    const block = blocks.find((b) => b.start <= t.start && t.start < b.end);
    const sentence = sentenceAt(sentences, t.start);
    if (!block || !sentence) continue;
    const clause = clauseAround(text, sentence, t);
    const info = describeValue(t.value, t.mod);
    const entities = [...new Set(mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.slug))];
    events.push({
      id: `${articleSlug}-${block.id}-${t.start - block.start}`,
      value: t.value,
      granularity: info.granularity,
      ...(t.mod && { mod: t.mod }),
      ...(info.start && !t.value.startsWith('XXXX') && { start: info.start }),
      when: t.text,
      text: text.slice(clause.start, clause.end),
      entities,
      article: articleSlug,
      paragraph: block.id,
    });
  }
  return events;
}
