/**
 * Stage 5, link: all articles at once. Mentions become canonical entities (curation applied),
 * slugs are assigned with the slug memory, and each article gets its entity links, each entity its
 * articles, co-mentions, description and quotes, and each dated sentence becomes an event.
 * Cheap and deterministic: every list is sorted by a stable key.
 */
import { RELATED_ENTITIES, type ArticleData, type ArticlePageData, type Citation, type EntityData, type EventsData } from '../../schemas/collections.ts';
import type { ArticleRecord } from '../article.ts';
import { linkVersion } from '../cache.ts';
import type { LoadedCuration } from '../curation.ts';
import { bodyKeyOf, type BodySource } from '../serialize.ts';
import { keyOf } from '../write.ts';
import { clusterLocalLinks, clusterName, clusterType } from './canonical.ts';
import { applyEntityCuration } from './curate.ts';
import { linkEvent, type EventPart } from './events.ts';
import { linkedTree, pageTree, type BodyRecipe } from './bodies.ts';
import { blockIndexOf } from './pages.ts';
import { articleParts, type ArticleParts } from './parts.ts';
import { assignArticleSlugs, assignEntitySlugs, type Redirect, type SlugMemory } from './slugs.ts';
import { byString, firstByScore } from '../../lib/order.ts';
import { once } from '../../lib/lazy.ts';

/**
 * One article for the link stage: its link parts, and its record, loaded only when its body has to
 * be made (a warm ingest reuses almost every body and never loads those records).
 */
export interface LinkSource {
  parts: ArticleParts;
  /** Its events, parsed only when its events entry is made. */
  events: () => EventPart[];
  record: () => ArticleRecord;
}

/**
 * The linked digest: everything the write stage needs. Each entry has a key that names what it is
 * made from (the same key, the same data) and its data, made only when asked for: a warm ingest
 * builds only the entries whose keys changed.
 */
export interface LinkedDigest {
  /** Articles with the body of their first page, and the further pages of long articles. */
  articles: { slug: string; seed: string; key: string; data: () => ArticleData; body: BodySource; morePages: { data: ArticlePageData; body: BodySource }[] }[];
  /** Entities, with the name and aliases the curator report shows. */
  entities: { slug: string; key: string; name: string; aliases: string[]; data: () => EntityData }[];
  /** Each article's events, and how many there are. */
  events: { slug: string; key: string; count: number; data: () => EventsData }[];
  redirects: Redirect[];
  report: CuratorReport;
}

/** What the build tells the curator about linking. */
export interface CuratorReport {
  /** Merges made by curation rules, as "from → into". */
  merges: string[];
  /** Spelling variants the machine merged, as "Name ← variant, variant", most mentioned first. */
  variants: string[];
  ambiguous: string[];
  /** Curation rules that matched nothing, with their line in the curation file. */
  unmatched: { rule: string; line?: number }[];
}

/** A record as a link source whose parts are made now (tests, and callers that hold every record). */
function sourceOf(record: ArticleRecord): LinkSource {
  const made = articleParts(record);
  return { parts: made.parts as ArticleParts, events: () => made.events, record: () => record };
}

/**
 * Links all readable, visible articles: records, or link sources with cached parts. `memory` is
 * updated in place.
 */
export function linkDigest(input: readonly (ArticleRecord | LinkSource)[], curation: LoadedCuration, memory: SlugMemory): LinkedDigest {
  const sources = input.map((a) => ('parts' in a ? a : sourceOf(a))).sort((a, b) => byString(a.parts.file, b.parts.file));
  const records = sources.map((s) => s.parts);
  // Page of each block of each article; `page` fields are only written for pages after the first.
  const pagesOf = records.map((p) => p.pages);
  const pageField = (ai: number, paragraph: string) => {
    const page = pagesOf[ai]![blockIndexOf(paragraph)] ?? 1;
    return page > 1 ? { page } : {};
  };
  const clustering = clusterLocalLinks(records.map((r) => r.local));
  const outcome = applyEntityCuration(clustering, curation.curation.entities ?? {}, new Map(records.map((r, i) => [r.file, i])));

  // Entities: live, visible clusters, most mentioned first.
  const live = clustering.clusters
    .map((c, index) => ({ c, index, attrs: outcome.attributes.get(index) }))
    .filter(({ c, attrs }) => c.mentions.length > 0 && !attrs?.hidden)
    .map((e) => ({ ...e, name: e.attrs?.name ?? clusterName(e.c), type: e.attrs?.type ?? clusterType(e.c) }))
    .sort((a, b) => b.c.mentions.length - a.c.mentions.length || byString(a.name, b.name) || byString(a.c.key, b.c.key));
  const entitySlugs = assignEntitySlugs(live.map((e) => ({ name: e.name, keys: [...e.c.keys].sort(), renamed: e.attrs?.name !== undefined, pinned: e.attrs?.slug })), memory);
  const entityOfCluster = new Map(live.map((e, i) => [e.index, i]));

  const articleSlugs = assignArticleSlugs(records.map((r) => ({ seed: r.file, title: r.meta.title, titleSlug: r.titleSlug, retitled: r.meta.titleFrom === 'curation', pinned: r.meta.slug })), memory);

  // Per article: the entity (index into `live`) of each mention, -1 where it is not linked; its
  // slug (null where none), and the slugs as JSON (keys).
  const entityOf = records.map((r, ai) => {
    const of = new Int32Array(r.mentions);
    for (let mi = 0; mi < r.mentions; mi++) {
      const cluster = clustering.assignment.get(ai, mi);
      of[mi] = (cluster === undefined ? undefined : entityOfCluster.get(cluster)) ?? -1;
    }
    return of;
  });
  const slugsOf: (string | null)[][] = entityOf.map((of) => Array.from(of, (e) => (e < 0 ? null : entitySlugs.slugs[e]!)));
  const slugsJson = slugsOf.map((slugs) => JSON.stringify(slugs));
  const linkedSlugs = slugsOf.map((slugs) => slugs.filter((s): s is string => s !== null));

  // Per entity: its mentions, and the articles that name it (ascending) with how often. Arrays by
  // entity index, filled article by article: no map per entity (a warm ingest builds this for
  // every entity and the entries of only a few).
  const mentionsOf = new Int32Array(live.length);
  const articlesOf: number[][] = live.map(() => []);
  const timesIn: number[][] = live.map(() => []);
  entityOf.forEach((of, ai) => {
    for (const e of of) {
      if (e < 0) continue;
      mentionsOf[e]++;
      const list = articlesOf[e]!;
      if (list.at(-1) === ai) timesIn[e]![list.length - 1]++;
      else {
        list.push(ai);
        timesIn[e]!.push(1);
      }
    }
  });
  // Per entity with any: where its descriptions and quotes are, as (article, index) pairs in
  // article order, a quote's index complemented (~k). Most entities have none.
  const citesOf: (number[] | undefined)[] = new Array(live.length);
  records.forEach((r, ai) => {
    r.descriptions.forEach((d, k) => {
      const e = entityOf[ai]![d.mention]!;
      if (e >= 0) (citesOf[e] ??= []).push(ai, k);
    });
    r.quotes.forEach((q, k) => {
      const e = entityOf[ai]![q.mention]!;
      if (e >= 0) (citesOf[e] ??= []).push(ai, ~k);
    });
  });
  /**
   * Entity `e`'s descriptions (the first citation of each text, and how often each is given) and
   * quotes, in article order: made only for the entries that are written.
   */
  const citationsOf = (e: number) => {
    const descriptions = new Map<string, Citation>();
    const descriptionCounts = new Map<string, number>();
    const quotes: Citation[] = [];
    const cites = citesOf[e] ?? [];
    for (let c = 0; c < cites.length; c += 2) {
      const ai = cites[c]!;
      const k = cites[c + 1]!;
      const r = records[ai]!;
      const article = articleSlugs.slugs[ai]!;
      if (k >= 0) {
        const d = r.descriptions[k]!;
        descriptionCounts.set(d.text, (descriptionCounts.get(d.text) ?? 0) + 1);
        if (!descriptions.has(d.text)) descriptions.set(d.text, { text: d.text, article, paragraph: d.paragraph, ...pageField(ai, d.paragraph) });
      } else {
        const q = r.quotes[~k]!;
        quotes.push({ text: q.text, article, paragraph: q.paragraph, ...pageField(ai, q.paragraph) });
      }
    }
    return { descriptions, descriptionCounts, quotes };
  };

  const dates = records.map((r) => r.meta.date);
  const articleOrder = (a: number, b: number) => byString(dates[b] ?? '', dates[a] ?? '') || byString(articleSlugs.slugs[a]!, articleSlugs.slugs[b]!);
  // Each article's place in that order, so an entity's articles sort by number.
  const rank = new Int32Array(records.length);
  records.map((_, ai) => ai).sort(articleOrder).forEach((ai, r) => (rank[ai] = r));
  // Co-mentions are counted by entity index in one reused array: a map per entity keyed by slug
  // was the link stage's largest single cost at 10,000 articles.
  const entitiesOfArticle = entityOf.map((of) => [...new Set(of)].filter((e) => e >= 0));
  const shared = new Int32Array(live.length);
  const version = linkVersion();
  // What each article contributes to the output, named by a key: its record (hash), its slug and
  // every mention's slug, and the link code. An article's entries, events and the entity entries
  // that cite it are functions of these keys, so unchanged ones are named without being built.
  const articleKeys = records.map((r, ai) => keyOf(version, r.hash, articleSlugs.slugs[ai]!, slugsJson[ai]!));

  const entities = live.map((e, i) => {
    const slug = entitySlugs.slugs[i]!;
    const aliases = [...e.c.spellings].filter(([sp]) => sp !== e.name).sort(([a, ca], [b, cb]) => cb - ca || byString(a, b)).map(([sp]) => sp);
    const data = (): EntityData => {
      // Positions in articlesOf[i] / timesIn[i], newest article first.
      const order = articlesOf[i]!.map((_, k) => k).sort((x, y) => rank[articlesOf[i]![x]!]! - rank[articlesOf[i]![y]!]!);
      const inArticles = order.map((k) => articlesOf[i]![k]!);
      const seen = inArticles.map((a) => dates[a]).filter((d): d is string => d !== undefined);
      // Newest first: the first seen is the last dated one.
      const firstSeen = seen.at(-1);
      const lastSeen = seen[0];
      const others: number[] = [];
      for (const a of inArticles) for (const other of entitiesOfArticle[a]!) if (other !== i && shared[other]++ === 0) others.push(other);
      const related = firstByScore(
        others.map((other) => ({ slug: entitySlugs.slugs[other]!, count: shared[other]! })),
        (r) => r.count,
        (a, b) => b.count - a.count || byString(a.slug, b.slug),
        RELATED_ENTITIES,
      );
      for (const other of others) shared[other] = 0;
      const s = citationsOf(i);
      const bestDescription = [...s.descriptionCounts].sort(([a, ca], [b, cb]) => cb - ca || b.length - a.length || byString(a, b))[0]?.[0];
      return {
        name: e.name,
        type: e.type,
        aliases,
        ...(e.attrs?.description !== undefined ? { description: { text: e.attrs.description } } : bestDescription ? { description: s.descriptions.get(bestDescription)! } : {}),
        links: e.attrs?.links ?? [],
        mentions: mentionsOf[i]!,
        ...(seen.length && { firstSeen, lastSeen }),
        articles: order.map((k) => ({ slug: articleSlugs.slugs[articlesOf[i]![k]!]!, count: timesIn[i]![k]! })),
        related,
        quotes: s.quotes,
      };
    };
    // Everything else an entity entry says comes from the articles that name it.
    const key = keyOf(version, slug, e.name, e.type, JSON.stringify(e.attrs ?? null), JSON.stringify(aliases), ...articlesOf[i]!.map((a) => articleKeys[a]!));
    return { slug, key, name: e.name, aliases, data };
  });

  const articles = records.map((r, ai) => {
    const slug = articleSlugs.slugs[ai]!;
    const pages = pagesOf[ai]!;
    const count = pages.at(-1) ?? 1;
    const data = (): ArticleData => {
      const counts = new Map<string, number>();
      for (const slug of linkedSlugs[ai]!) counts.set(slug, (counts.get(slug) ?? 0) + 1);
      return {
        title: r.meta.title,
        titleFrom: r.meta.titleFrom,
        ...(r.meta.date && { date: r.meta.date }),
        ...(r.meta.source && { source: r.meta.source }),
        ...(r.meta.url && { url: r.meta.url }),
        ...(r.meta.author && { author: r.meta.author }),
        tags: r.meta.tags,
        summary: r.meta.summary,
        seed: r.file,
        hash: r.hash,
        entities: [...counts].sort(([a, ca], [b, cb]) => cb - ca || byString(a, b)).map(([slug, count]) => ({ slug, count })),
        words: r.words,
        ...(count > 1 && { pages: count }),
      };
    };
    // The linked tree is a function of the record (its hash), each mention's slug and the link
    // code: that names every page's body without making it. The link code's version is left out
    // of the key, which is written into the entry, so that a code change that makes the same
    // trees leaves the entries' bytes (and the site's pages) as they were; the write stage makes
    // every body again instead of reusing it when that version changed (see `reuseBodies`).
    const slugs = slugsOf[ai]!;
    const linkedKey = [r.hash, slugsJson[ai]!];
    const linked = once(() => {
      const record = sources[ai]!.record(); // shared: its tree is copied before the links go in
      return linkedTree({ ...record, tree: structuredClone(record.tree) }, slugs);
    });
    const pageBody = (page: number): BodySource => {
      const recipe: BodyRecipe = { slugs, pages, page: count > 1 ? page : 0 };
      return { key: bodyKeyOf([...linkedKey, String(recipe.page)]), tree: () => pageTree(linked(), recipe), recipe };
    };
    const morePages = Array.from({ length: count - 1 }, (_, i) => ({ data: { article: slug, page: i + 2, firstParagraph: pages.indexOf(i + 2) + 1 }, body: pageBody(i + 2) }));
    return { slug, seed: r.file, key: articleKeys[ai]!, data, body: pageBody(1), morePages };
  });

  const events = records.map((r, ai) => {
    const slug = articleSlugs.slugs[ai]!;
    const data = (): EventsData => ({ article: slug, events: sources[ai]!.events().map((e) => ({ ...linkEvent(e, slug, slugsOf[ai]!), ...pageField(ai, e.paragraph) })) });
    return { slug, key: articleKeys[ai]!, count: r.eventCount, data };
  });

  return {
    articles,
    entities,
    events,
    redirects: [...articleSlugs.redirects, ...entitySlugs.redirects].sort((a, b) => byString(a.from, b.from)),
    report: {
      merges: [...outcome.merges],
      variants: entities.filter((e) => e.aliases.length > 0).map((e) => `${e.name} ← ${e.aliases.join(', ')}`),
      ambiguous: [...new Set(clustering.ambiguous.map((a) => `“${a.name}” in ${records[a.article]!.file} could be ${a.candidates.join(' or ')}: not linked`))],
      unmatched: outcome.unmatched.map((rule) => ({ rule, line: curation.entityLines.get(rule.split(' → ')[0]!) })),
    },
  };
}
