/**
 * Canonical entities: mentions within and across articles merged into one entity each.
 *
 * Within an article a short name ("Trump", "al-Sharaa") joins the one longer name it ends
 * ("Donald Trump"); an acronym defined in parentheses ("Hayat Tahrir al-Sham (HTS)") joins its
 * long form. Across articles, mentions with the same key ("DONALD Trump", "Donald Trump") merge,
 * and a short name merges with a full name only when exactly one full name in the digest ends
 * with it: an ambiguous short name never merges two different people.
 */
import type { EntityType, RawMention } from '../types.ts';
import { ENTITY_TYPES } from '../../schemas/entity-types.ts';
import { countryOf, countryOfDemonym } from './countries.ts';
import { chooseDisplayName, isNameSuffix, nameKey, stripTitles } from './names.ts';
import { pushTo } from '../../lib/order.ts';

/** People never merge with places or organizations that share their name ("Jordan"). */
type NameClass = 'person' | 'other';

/** The input of linking for one article. */
export interface LinkArticle {
  /** Plain text the mention offsets refer to. */
  text: string;
  mentions: readonly RawMention[];
}

/** One mention's place in the clusters. */
export interface MentionRef {
  article: number;
  mention: number;
}

/** A set of mentions that are one entity. */
export interface Cluster {
  /** The key the cluster is known by (its longest, most specific name key). */
  key: string;
  cls: NameClass;
  mentions: MentionRef[];
  /** Spellings seen, with counts (titles stripped). */
  spellings: Map<string, number>;
  /** Votes for the entity type. */
  types: Map<EntityType, number>;
  /** Every key that resolved to this cluster (for slug memory and curation matching). */
  keys: Set<string>;
  /** A name that beats any spelling (a country's common name). */
  preferredName?: string;
}

/** Names that stayed ambiguous, for the curator report. */
export interface Ambiguity {
  name: string;
  candidates: string[];
  article: number;
}

/** The result of clustering. */
export interface Clustering {
  clusters: Cluster[];
  /** Each mention's index into `clusters`. */
  assignment: Assignment;
  ambiguous: Ambiguity[];
}

/**
 * Which cluster each mention belongs to, by article and mention index: arrays rather than a map
 * keyed by `article:mention` strings, which cost a string and a hash per mention (~290,000 at
 * 10,000 articles).
 */
export class Assignment {
  private readonly byArticle: number[][] = [];

  /** The cluster of a mention, or `undefined` when it has none. */
  get(article: number, mention: number): number | undefined {
    const cluster = this.byArticle[article]?.[mention];
    return cluster === undefined || cluster < 0 ? undefined : cluster;
  }

  /** Puts a mention in a cluster. */
  set(article: number, mention: number, cluster: number): void {
    (this.byArticle[article] ??= [])[mention] = cluster;
  }

  /** Takes a mention out of every cluster. */
  delete(article: number, mention: number): void {
    const mentions = this.byArticle[article];
    if (mentions && mention < mentions.length) mentions[mention] = -1;
  }
}

/** The canonical type of a cluster: the most voted, ties in the order person, organization, place. */
export function clusterType(c: Cluster): EntityType {
  return ENTITY_TYPES.reduce((best, t) => ((c.types.get(t) ?? 0) > (c.types.get(best) ?? 0) ? t : best), ENTITY_TYPES.find((t) => c.types.has(t)) ?? 'place');
}

/** The display name of a cluster. */
export function clusterName(c: Cluster): string {
  return c.preferredName ?? chooseDisplayName(c.spellings, c.key);
}

interface LocalMention {
  ref: MentionRef;
  key: string;
  cls: NameClass;
  type: EntityType;
  spelling: string;
  preferredName?: string;
}

/** Maximal names among candidates: those that are not themselves suffixes of another candidate. */
function maximal(candidates: readonly string[]): string[] {
  const unique = [...new Set(candidates)];
  return unique.filter((c) => !unique.some((o) => isNameSuffix(c, o)));
}

/** Acronyms defined in the text right after an organization's name: "Hayat Tahrir al-Sham (HTS)". */
function acronymsIn(a: LinkArticle): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of a.mentions) {
    if (m.type !== 'organization' && m.type !== 'place') continue;
    const def = /^\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)/u.exec(a.text.slice(m.end, m.end + 16));
    if (def) out.set(nameKey(def[1]!), nameKey(m.text));
  }
  return out;
}

/** What follows a demonym that modifies a noun: a space or hyphen, then a word. */
const MODIFIES_NOUN = /^[\s-]+[\p{L}]/u;

/** Reads one mention into its local form (or nothing for types the digest does not publish). */
function localMention(m: RawMention, ref: MentionRef, text: string): LocalMention | undefined {
  if (m.type === 'demonym') {
    // A demonym stands for its place only where it modifies a noun ("the Syrian leader"), not
    // where it is the noun or the predicate ("he is Syrian.").
    if (!MODIFIES_NOUN.test(text.slice(m.end, m.end + 4))) return undefined;
    const country = countryOfDemonym(m.text);
    return country ? { ref, key: nameKey(country), cls: 'other', type: 'place', spelling: country, preferredName: country } : undefined;
  }
  if (m.type === 'misc') return undefined;
  const spelling = m.type === 'person' ? stripTitles(m.text) : m.text.replace(/^the\s+/iu, '');
  const country = m.type === 'place' || m.type === 'organization' ? countryOf(spelling) : undefined;
  if (country) return { ref, key: nameKey(country), cls: 'other', type: 'place', spelling, preferredName: country };
  const key = nameKey(spelling);
  if (!key) return undefined;
  return { ref, key, cls: m.type === 'person' ? 'person' : 'other', type: m.type, spelling };
}

/** Resolves short names and acronyms inside one article. */
function resolveLocally(input: LocalMention[], acronyms: Map<string, string>, ambiguous: Ambiguity[], article: number): LocalMention[] {
  const personKeys = input.filter((l) => l.cls === 'person').map((l) => l.key);
  // One name is one entity within an article: a name the recogniser also tagged as a person
  // ("DONALD Trump" tagged as an organization once) is the person.
  const locals = input.map((l) =>
    l.cls === 'other' && !l.preferredName && personKeys.some((k) => k === l.key || isNameSuffix(l.key, k)) ? { ...l, cls: 'person' as const, type: 'person' as const } : l,
  );
  const out: LocalMention[] = [];
  for (const l of locals) {
    if (l.cls === 'person') {
      const longer = maximal(personKeys.filter((k) => isNameSuffix(l.key, k)));
      if (longer.length === 1) out.push({ ...l, key: longer[0]! });
      else if (longer.length > 1) ambiguous.push({ name: l.spelling, candidates: longer, article });
      else out.push(l);
    } else out.push(acronyms.has(l.key) ? { ...l, key: acronyms.get(l.key)! } : l);
  }
  return out;
}

/**
 * One entity's mentions within one article after local resolution: the unit the digest-wide
 * clustering joins. A pure function of the article's text and mentions, so it is cached with the
 * article's other link parts (see `parts.ts`); keeping it per entity rather than per mention makes
 * the join a few map updates per entity an article names.
 *
 * One flat array: the resolved name key, the class, the indexes of the article's mentions in the
 * group (text order), the last preferred name given (a country's common name) or `null`, then the
 * number of spellings followed by each spelling and its count, the number of type votes followed
 * by each type and its count, and last every name key seen (all in order of first use). Parsing
 * the cached parts was a fifth of a warm ingest; nested objects per group took twice as long.
 */
export type LocalGroup = [key: string, cls: NameClass, mentions: number[], preferredName: string | null, ...counts: (string | number)[]];

/** What one article contributes to clustering, before any other article is seen. */
export interface LocalLinks {
  /** Groups in order of first mention. */
  groups: LocalGroup[];
  /** Acronyms defined in the article (acronym key → long-form key). */
  acronyms: [string, string][];
  /** Short names that stayed ambiguous within the article. */
  ambiguous: { name: string; candidates: string[] }[];
}

/** Resolves one article's mentions locally and groups them by entity (see {@link LocalLinks}). */
export function localLinks(a: LinkArticle): LocalLinks {
  const acronyms = acronymsIn(a);
  const ambiguous: Ambiguity[] = [];
  const locals = a.mentions.flatMap((m, mi) => localMention(m, { article: 0, mention: mi }, a.text) ?? []);
  const groups = new Map<string, { key: string; cls: NameClass; mentions: number[]; spellings: Map<string, number>; types: Map<EntityType, number>; keys: Set<string>; preferredName?: string }>();
  for (const l of resolveLocally(locals, acronyms, ambiguous, 0)) {
    const id = `${l.cls}:${l.key}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key: l.key, cls: l.cls, mentions: [], spellings: new Map(), types: new Map(), keys: new Set() }));
    g.mentions.push(l.ref.mention);
    g.spellings.set(l.spelling, (g.spellings.get(l.spelling) ?? 0) + 1);
    g.types.set(l.type, (g.types.get(l.type) ?? 0) + 1);
    g.keys.add(nameKey(l.spelling));
    g.keys.add(l.key);
    if (l.preferredName) g.preferredName = l.preferredName;
  }
  return {
    groups: [...groups.values()].map((g): LocalGroup => [g.key, g.cls, g.mentions, g.preferredName ?? null, g.spellings.size, ...[...g.spellings].flat(), g.types.size, ...[...g.types].flat(), ...g.keys]),
    acronyms: [...acronyms],
    ambiguous: ambiguous.map(({ name, candidates }) => ({ name, candidates })),
  };
}

/** Adds one article's group to its cluster (counts, keys and assignment, in the order the mentions came). */
function addGroup(c: Cluster, g: LocalGroup, article: number, assignment: Assignment, index: number): void {
  for (const mention of g[2]) {
    c.mentions.push({ article, mention });
    assignment.set(article, mention, index);
  }
  let i = 4;
  for (let n = g[i++] as number; n > 0; n--, i += 2) c.spellings.set(g[i] as string, (c.spellings.get(g[i] as string) ?? 0) + (g[i + 1] as number));
  for (let n = g[i++] as number; n > 0; n--, i += 2) c.types.set(g[i] as EntityType, (c.types.get(g[i] as EntityType) ?? 0) + (g[i + 1] as number));
  for (; i < g.length; i++) c.keys.add(g[i] as string);
  if (g[3]) c.preferredName = g[3];
}

/** Moves every mention of cluster `from` into cluster `into`. */
export function mergeClusters(clustering: Clustering, from: number, into: number): void {
  const a = clustering.clusters[from]!;
  const b = clustering.clusters[into]!;
  if (a === b || a.mentions.length === 0) return;
  for (const ref of a.mentions) clustering.assignment.set(ref.article, ref.mention, into);
  b.mentions.push(...a.mentions);
  for (const [s, n] of a.spellings) b.spellings.set(s, (b.spellings.get(s) ?? 0) + n);
  for (const [t, n] of a.types) b.types.set(t, (b.types.get(t) ?? 0) + n);
  for (const k of a.keys) b.keys.add(k);
  b.preferredName ??= a.preferredName;
  a.mentions = [];
}

/** Clusters the mentions of all articles into entities. */
export function clusterMentions(articles: readonly LinkArticle[]): Clustering {
  return clusterLocalLinks(articles.map(localLinks));
}

/** Clusters all articles' local links (in article order) into entities: the digest-wide join. */
export function clusterLocalLinks(articles: readonly LocalLinks[]): Clustering {
  const clustering: Clustering = { clusters: [], assignment: new Assignment(), ambiguous: [] };
  // Clusters by class and name key (a map per class: no "class:key" string made per group).
  const byKey: Record<NameClass, Map<string, number>> = { person: new Map(), other: new Map() };
  const globalAcronyms = new Map<string, Set<string>>();
  articles.forEach((a, ai) => {
    for (const [k, v] of a.acronyms) globalAcronyms.set(k, (globalAcronyms.get(k) ?? new Set()).add(v));
    for (const { name, candidates } of a.ambiguous) clustering.ambiguous.push({ name, candidates, article: ai });
    for (const g of a.groups) {
      const [key, cls] = g;
      const ofClass = byKey[cls];
      let index = ofClass.get(key);
      if (index === undefined) {
        index = clustering.clusters.push({ key, cls, mentions: [], spellings: new Map(), types: new Map(), keys: new Set() }) - 1;
        ofClass.set(key, index);
      }
      addGroup(clustering.clusters[index]!, g, ai, clustering.assignment, index);
    }
  });
  // Across articles: short person names join the one full name that ends with them.
  const persons = [...byKey.person];
  // Every proper word suffix of every full name ("al sharaa", "sharaa" for "ahmad al sharaa"), so
  // a short name finds its candidates without comparing it with every other name.
  const bySuffix = new Map<string, string[]>();
  for (const [k] of persons) {
    const words = k.split(' ');
    for (let i = 1; i < words.length; i++) {
      const suffix = words.slice(i).join(' ');
      pushTo(bySuffix, suffix, k);
    }
  }
  for (const [key, index] of persons) {
    const longer = maximal(bySuffix.get(key) ?? []);
    if (longer.length === 1) mergeClusters(clustering, index, byKey.person.get(longer[0]!)!);
    else if (longer.length > 1) {
      const c = clustering.clusters[index]!;
      for (const ref of c.mentions) clustering.assignment.delete(ref.article, ref.mention);
      clustering.ambiguous.push({ name: clusterName(c), candidates: longer, article: c.mentions[0]!.article });
      c.mentions = [];
    }
  }
  // Acronyms defined in one article apply in others when they have one meaning.
  for (const [acronym, longs] of globalAcronyms) {
    const from = byKey.other.get(acronym);
    const into = longs.size === 1 ? byKey.other.get([...longs][0]!) : undefined;
    if (from !== undefined && into !== undefined) mergeClusters(clustering, from, into);
  }
  return clustering;
}
