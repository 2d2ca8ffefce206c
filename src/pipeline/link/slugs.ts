/**
 * Stable URLs. Slugs come from names (ASCII transliteration, collision suffix in a stable order),
 * and the slug memory (`content/slugs.json`, committed like a lock file) keeps every slug ever
 * published: an entity keeps its URL when a later article gives a fuller name, and a slug that no
 * longer names anything redirects to what it became after a rename, merge or retitle.
 */
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { byString, pushTo } from '../../lib/order.ts';

/** What the build remembers of every published slug. */
export interface SlugMemory {
  /** Article slug → the seed file it was published for. */
  articles: Record<string, { seed: string }>;
  /** Entity slug → the name keys the entity had. */
  entities: Record<string, { keys: string[] }>;
}

/** An old URL and where it points now. */
export interface Redirect {
  from: string;
  to: string;
  kind: 'article' | 'entity';
}

/** An empty memory, for a first build. */
export const emptyMemory = (): SlugMemory => ({ articles: {}, entities: {} });

/** Slugs longer than this are cut at a word boundary. */
export const MAX_SLUG_CHARS = 60;

/** A slug for any text; non-Latin text without a transliteration gets a short hash. */
export function slugFor(text: string, prefix: string): string {
  let s = slugify(text);
  // Long titles are cut at a word boundary: URLs stay short and readable.
  if (s.length > MAX_SLUG_CHARS) s = s.slice(0, s.lastIndexOf('-', MAX_SLUG_CHARS) > 20 ? s.lastIndexOf('-', MAX_SLUG_CHARS) : MAX_SLUG_CHARS);
  return s || `${prefix}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
}

/** The first slug among `base`, `base-2`, `base-3`, ... that `isTaken` does not claim. */
function uniqueWhere(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The first free slug among `base`, `base-2`, `base-3`, ... */
function unique(base: string, taken: ReadonlySet<string>): string {
  return uniqueWhere(base, (s) => taken.has(s));
}

/** One article to give a slug, in a stable order (sorted by seed file). */
export interface ArticleSlugRequest {
  seed: string;
  title: string;
  /** `slugFor(title, 'article')` when the caller has it already (cached with the article's link parts). */
  titleSlug?: string;
  /** True when the curator set the title: a retitle moves the URL (the old one redirects). */
  retitled: boolean;
  pinned?: string;
}

/** Assigns article slugs; returns them in request order, the redirects and the updated memory. */
export function assignArticleSlugs(requests: readonly ArticleSlugRequest[], memory: SlugMemory): { slugs: string[]; redirects: Redirect[] } {
  const seeds = new Set(requests.map((r) => r.seed));
  const bySeed = new Map<string, string[]>();
  for (const [slug, { seed }] of Object.entries(memory.articles).sort(([a], [b]) => byString(a, b))) pushTo(bySeed, seed, slug);
  // Slugs of seeds that still exist stay theirs; a removed seed's slugs may be reused.
  const taken = new Set(Object.entries(memory.articles).filter(([, v]) => seeds.has(v.seed)).map(([k]) => k));
  const owned = (r: ArticleSlugRequest) => new Set(bySeed.get(r.seed) ?? []);
  const slugs = requests.map((r) => {
    const mine = owned(r);
    const fromTitle = r.titleSlug ?? slugFor(r.title, 'article');
    let slug: string;
    if (r.pinned && (!taken.has(r.pinned) || mine.has(r.pinned))) slug = r.pinned;
    else if (!r.retitled && mine.size) slug = mine.has(fromTitle) ? fromTitle : [...mine][0]!;
    else slug = mine.has(fromTitle) ? fromTitle : unique(fromTitle, taken);
    taken.add(slug);
    memory.articles[slug] = { seed: r.seed };
    return slug;
  });
  const current = new Map(requests.map((r, i) => [r.seed, slugs[i]!]));
  const used = new Set(slugs);
  const redirects = Object.entries(memory.articles)
    .filter(([slug, { seed }]) => !used.has(slug) && current.has(seed))
    .map(([slug, { seed }]) => ({ from: slug, to: current.get(seed)!, kind: 'article' as const }));
  return { slugs, redirects };
}

/** One entity to give a slug, most important first (that order wins conflicts). */
export interface EntitySlugRequest {
  name: string;
  keys: readonly string[];
  /** True when the curator renamed it: the URL follows the new name. */
  renamed: boolean;
  pinned?: string;
}

/** Groups values under keys, keeping insertion order within each group. */
function indexBy<T>(entries: Iterable<[string, T]>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const [key, value] of entries) pushTo(index, key, value);
  return index;
}

/**
 * Assigns entity slugs; returns them in request order and the redirects, and updates the memory.
 * Remembered slugs are found through an index of their keys, so the cost grows with the number
 * of entities, not with entities × remembered slugs.
 */
export function assignEntitySlugs(requests: readonly EntitySlugRequest[], memory: SlugMemory): { slugs: string[]; redirects: Redirect[] } {
  const remembered = Object.keys(memory.entities).sort();
  const rememberedSet = new Set(remembered);
  const slugsByKey = indexBy(remembered.flatMap((slug) => memory.entities[slug]!.keys.map((k): [string, string] => [k, slug])));
  const taken = new Set<string>();
  const slugs = requests.map((r) => {
    const overlap = new Map<string, number>();
    for (const k of new Set(r.keys)) for (const s of slugsByKey.get(k) ?? []) if (!taken.has(s)) overlap.set(s, (overlap.get(s) ?? 0) + 1);
    const candidates = [...overlap.keys()].sort((a, b) => overlap.get(b)! - overlap.get(a)! || byString(a, b));
    let slug: string;
    if (r.pinned && !taken.has(r.pinned)) slug = r.pinned;
    // One remembered slug is the slug whatever the name gives (slugify is the costly part here).
    else if (!r.renamed && candidates.length === 1) slug = candidates[0]!;
    else if (!r.renamed && candidates.length) {
      const fromName = slugFor(r.name, 'entity');
      slug = overlap.has(fromName) ? fromName : candidates[0]!;
    }
    // A remembered slug of another entity stays reserved for its redirect.
    else {
      const fromName = slugFor(r.name, 'entity');
      slug = uniqueWhere(fromName, (s) => taken.has(s) || (rememberedSet.has(s) && !overlap.has(s) && s !== fromName));
    }
    taken.add(slug);
    return slug;
  });
  requests.forEach((r, i) => {
    const known = memory.entities[slugs[i]!]?.keys;
    // Usually every key is remembered already (and the entry sorted, as written): it stays as it is.
    if (known && r.keys.every((k) => known.includes(k)) && known.every((k, j) => j === 0 || known[j - 1]! < k)) return;
    const keys = new Set([...(known ?? []), ...r.keys]);
    memory.entities[slugs[i]!] = { keys: [...keys].sort() };
  });
  const used = new Set(slugs);
  const requestsByKey = indexBy(requests.flatMap((r, i) => [...new Set(r.keys)].map((k): [string, number] => [k, i])));
  const redirects: Redirect[] = [];
  for (const slug of remembered) {
    if (used.has(slug)) continue;
    const overlap = new Map<number, number>();
    for (const k of new Set(memory.entities[slug]!.keys)) for (const i of requestsByKey.get(k) ?? []) overlap.set(i, (overlap.get(i) ?? 0) + 1);
    let best = -1;
    for (const [i, o] of overlap) if (best < 0 || o > overlap.get(best)! || (o === overlap.get(best)! && i < best)) best = i;
    if (best >= 0) redirects.push({ from: slug, to: slugs[best]!, kind: 'entity' });
  }
  return { slugs, redirects };
}
