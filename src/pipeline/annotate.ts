/**
 * `digest annotate`: the extractor's public face. Runs read → time on one text, links its mentions
 * within that text (with the curation file) and returns the JSON contract documented in the
 * README: offsets are UTF-16 offsets into the text as read (decoded, nothing else repaired).
 */
import type { LoadedCuration } from './curation.ts';
import { recognizeEntities } from './entities/recognize.ts';
import { recognizeTimexes } from './time/recognize.ts';
import { clusterMentions, clusterName } from './link/canonical.ts';
import { applyEntityCuration } from './link/curate.ts';
import { slugFor } from './link/slugs.ts';
import type { MentionType, TimexType } from './types.ts';

/** One mention in `annotate` output. */
export interface AnnotatedMention {
  start: number;
  end: number;
  text: string;
  type: MentionType;
  /** Canonical slug, for mentions linked to an entity. */
  entity?: string;
  /** Canonical name. */
  name?: string;
}

/** One time expression in `annotate` output. */
export interface AnnotatedTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: string;
}

/** The `annotate` result for one text. */
export interface Annotation {
  mentions: AnnotatedMention[];
  timexes: AnnotatedTimex[];
}

/** Annotates one text; `date` (YYYY-MM-DD) anchors relative time expressions. */
export function annotate(text: string, date: string | undefined, curation: LoadedCuration): Annotation {
  const raw = recognizeEntities(text);
  const clustering = clusterMentions([{ text, mentions: raw }]);
  const outcome = applyEntityCuration(clustering, curation.curation.entities ?? {}, new Map());
  const mentions = raw.map((m, i): AnnotatedMention => {
    const index = clustering.assignment.get(0, i);
    const cluster = index === undefined ? undefined : clustering.clusters[index];
    const attrs = index === undefined ? undefined : outcome.attributes.get(index);
    const base = { start: m.start, end: m.end, text: m.text, type: m.type };
    if (!cluster || attrs?.hidden) return base;
    const name = attrs?.name ?? clusterName(cluster);
    return { ...base, entity: attrs?.slug ?? slugFor(name, 'entity'), name };
  });
  const timexes = recognizeTimexes(text, { date }).map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, ...(t.mod && { mod: t.mod }) }));
  return { mentions, timexes };
}
