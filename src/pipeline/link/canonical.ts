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
  /** `article:mention` → index into `clusters`. */
  assignment: Map<string, number>;
  ambiguous: Ambiguity[];
}

/** Key of a mention in the assignment map. */
export const refKey = (article: number, mention: number) => `${article}:${mention}`;

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

function addTo(c: Cluster, l: LocalMention, assignment: Map<string, number>, index: number): void {
  c.mentions.push(l.ref);
  c.spellings.set(l.spelling, (c.spellings.get(l.spelling) ?? 0) + 1);
  c.types.set(l.type, (c.types.get(l.type) ?? 0) + 1);
  c.keys.add(nameKey(l.spelling));
  c.keys.add(l.key);
  if (l.preferredName) c.preferredName = l.preferredName;
  assignment.set(refKey(l.ref.article, l.ref.mention), index);
}

/** Moves every mention of cluster `from` into cluster `into`. */
export function mergeClusters(clustering: Clustering, from: number, into: number): void {
  const a = clustering.clusters[from]!;
  const b = clustering.clusters[into]!;
  if (a === b || a.mentions.length === 0) return;
  for (const ref of a.mentions) clustering.assignment.set(refKey(ref.article, ref.mention), into);
  b.mentions.push(...a.mentions);
  for (const [s, n] of a.spellings) b.spellings.set(s, (b.spellings.get(s) ?? 0) + n);
  for (const [t, n] of a.types) b.types.set(t, (b.types.get(t) ?? 0) + n);
  for (const k of a.keys) b.keys.add(k);
  b.preferredName ??= a.preferredName;
  a.mentions = [];
}

/** Clusters the mentions of all articles into entities. */
export function clusterMentions(articles: readonly LinkArticle[]): Clustering {
  const clustering: Clustering = { clusters: [], assignment: new Map(), ambiguous: [] };
  const byKey = new Map<string, number>();
  const globalAcronyms = new Map<string, Set<string>>();
  articles.forEach((a, ai) => {
    const acronyms = acronymsIn(a);
    for (const [k, v] of acronyms) globalAcronyms.set(k, (globalAcronyms.get(k) ?? new Set()).add(v));
    const locals = a.mentions.flatMap((m, mi) => localMention(m, { article: ai, mention: mi }, a.text) ?? []);
    for (const l of resolveLocally(locals, acronyms, clustering.ambiguous, ai)) {
      const id = `${l.cls}:${l.key}`;
      let index = byKey.get(id);
      if (index === undefined) {
        index = clustering.clusters.push({ key: l.key, cls: l.cls, mentions: [], spellings: new Map(), types: new Map(), keys: new Set() }) - 1;
        byKey.set(id, index);
      }
      addTo(clustering.clusters[index]!, l, clustering.assignment, index);
    }
  });
  // Across articles: short person names join the one full name that ends with them.
  const persons = [...byKey].filter(([id]) => id.startsWith('person:')).map(([id, i]) => [id.slice(7), i] as const);
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
    if (longer.length === 1) mergeClusters(clustering, index, byKey.get(`person:${longer[0]}`)!);
    else if (longer.length > 1) {
      const c = clustering.clusters[index]!;
      for (const ref of c.mentions) clustering.assignment.delete(refKey(ref.article, ref.mention));
      clustering.ambiguous.push({ name: clusterName(c), candidates: longer, article: c.mentions[0]!.article });
      c.mentions = [];
    }
  }
  // Acronyms defined in one article apply in others when they have one meaning.
  for (const [acronym, longs] of globalAcronyms) {
    const from = byKey.get(`other:${acronym}`);
    const into = longs.size === 1 ? byKey.get(`other:${[...longs][0]}`) : undefined;
    if (from !== undefined && into !== undefined) mergeClusters(clustering, from, into);
  }
  return clustering;
}
