/**
 * Applies the curator's entity rules to the clusters: merge, split, rename, retype, hide, describe,
 * link, pin a slug. Rules are matched by any name, alias or slug of an entity; a rule that matches
 * nothing is reported with its line so a typo does not pass silently.
 */
import type { EntityCuration } from '../../schemas/curation.ts';
import type { EntityType } from '../types.ts';
import { clusterName, mergeClusters, type Clustering } from './canonical.ts';
import { nameKey } from './names.ts';
import { slugFor } from './slugs.ts';

/** Curated attributes that override what the text says. */
export interface CuratedAttributes {
  name?: string;
  type?: EntityType;
  description?: string;
  links?: string[];
  hidden?: boolean;
  slug?: string;
  /** The rule's key, for the report. */
  rule: string;
}

/** What applying the rules did, for the curator report. */
export interface CurationOutcome {
  /** Cluster index → curated attributes. */
  attributes: Map<number, CuratedAttributes>;
  /** Rule keys (or `key → merge name`) that matched no entity. */
  unmatched: string[];
  /** Merges made by rules, as "from → into". */
  merges: string[];
}

/** Finds the live cluster a rule key refers to: by name key, any alias key, or slug (made as the slug stage makes it). */
function findCluster(clustering: Clustering, key: string): number | undefined {
  const k = nameKey(key);
  const live = clustering.clusters.map((c, i) => [c, i] as const).filter(([c]) => c.mentions.length > 0);
  return (
    live.find(([c]) => c.key === k)?.[1] ??
    live.find(([c]) => c.keys.has(k))?.[1] ??
    live.find(([c]) => slugFor(clusterName(c), 'entity') === key)?.[1]
  );
}

/** Applies entity rules in file order; `articleIndex` maps seed file names to article indexes. */
export function applyEntityCuration(clustering: Clustering, rules: Readonly<Record<string, EntityCuration>>, articleIndex: ReadonlyMap<string, number>): CurationOutcome {
  const outcome: CurationOutcome = { attributes: new Map(), unmatched: [], merges: [] };
  for (const [key, rule] of Object.entries(rules)) {
    let target = findCluster(clustering, key);
    for (const name of rule.merge ?? []) {
      const from = findCluster(clustering, name);
      if (from === undefined) outcome.unmatched.push(`${key} → merge ${name}`);
      else if (target === undefined) target = from;
      else if (from !== target) {
        outcome.merges.push(`${clusterName(clustering.clusters[from]!)} → ${clusterName(clustering.clusters[target]!)}`);
        mergeClusters(clustering, from, target);
      }
    }
    if (target === undefined) {
      outcome.unmatched.push(key);
      continue;
    }
    for (const split of rule.split ?? []) {
      const articles = new Set(split.articles.map((a) => articleIndex.get(a)).filter((a) => a !== undefined));
      const source = clustering.clusters[target]!;
      const moving = source.mentions.filter((r) => articles.has(r.article));
      if (moving.length === 0) {
        outcome.unmatched.push(`${key} → split ${split.name}`);
        continue;
      }
      source.mentions = source.mentions.filter((r) => !articles.has(r.article));
      const index = clustering.clusters.push({ key: nameKey(split.name), cls: source.cls, mentions: moving, spellings: new Map([[split.name, moving.length]]), types: new Map(source.types), keys: new Set([nameKey(split.name)]) }) - 1;
      for (const r of moving) clustering.assignment.set(r.article, r.mention, index);
      outcome.attributes.set(index, { name: split.name, type: split.type, rule: key });
    }
    const previous = outcome.attributes.get(target);
    outcome.attributes.set(target, {
      ...previous,
      rule: key,
      ...(rule.rename !== undefined && { name: rule.rename }),
      ...(rule.type !== undefined && { type: rule.type }),
      ...(rule.description !== undefined && { description: rule.description }),
      ...(rule.links !== undefined && { links: rule.links }),
      ...(rule.hide !== undefined && { hidden: rule.hide }),
      ...(rule.slug !== undefined && { slug: rule.slug }),
    });
  }
  return outcome;
}
