/**
 * Stage 5, link: all articles at once. Mentions become canonical entities (curation applied),
 * slugs are assigned with the slug memory, and each article gets its entity links, each entity its
 * articles, co-mentions, description and quotes, and each dated sentence becomes an event.
 * Cheap and deterministic: every list is sorted by a stable key.
 */
import type { Root } from 'mdast';
import type { ArticleData, ArticlePageData, Citation, EntityData, EventsData } from '../../schemas/collections.ts';
import type { ArticleRecord } from '../article.ts';
import type { LoadedCuration } from '../curation.ts';
import { plainTextOf, type PlainText } from '../parse/segments.ts';
import { clusterMentions, clusterName, clusterType, refKey } from './canonical.ts';
import { applyEntityCuration } from './curate.ts';
import { describeMention } from './descriptions.ts';
import { buildEvents, type LinkedSpan } from './events.ts';
import { insertMentionLinks } from './mention-links.ts';
import { blockIndexOf, paginateBlocks } from './pages.ts';
import { findQuotes } from './quotes.ts';
import { assignArticleSlugs, assignEntitySlugs, type Redirect, type SlugMemory } from './slugs.ts';
import { byString } from '../../lib/order.ts';

/** The linked digest: everything the write stage needs. */
export interface LinkedDigest {
  /** Articles with the body of their first page, and the further pages of long articles. */
  articles: { slug: string; data: ArticleData; body: Root; morePages: { data: ArticlePageData; body: Root }[] }[];
  entities: { slug: string; data: EntityData }[];
  events: { slug: string; data: EventsData }[];
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

const countWords = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Links all readable, visible articles. `memory` is updated in place. */
export function linkDigest(input: readonly ArticleRecord[], curation: LoadedCuration, memory: SlugMemory): LinkedDigest {
  const records = [...input].sort((a, b) => byString(a.file, b.file));
  const plains: PlainText[] = records.map((r) => plainTextOf(r.tree));
  // Page of each block of each article; `page` fields are only written for pages after the first.
  const pagesOf = plains.map((p) => paginateBlocks(p.blocks));
  const pageField = (ai: number, paragraph: string) => {
    const page = pagesOf[ai]![blockIndexOf(paragraph)] ?? 1;
    return page > 1 ? { page } : {};
  };
  const clustering = clusterMentions(records.map((r, i) => ({ text: plains[i]!.text, mentions: r.mentions })));
  const outcome = applyEntityCuration(clustering, curation.curation.entities ?? {}, new Map(records.map((r, i) => [r.file, i])));

  // Entities: live, visible clusters, most mentioned first.
  const live = clustering.clusters
    .map((c, index) => ({ c, index, attrs: outcome.attributes.get(index) }))
    .filter(({ c, attrs }) => c.mentions.length > 0 && !attrs?.hidden)
    .map((e) => ({ ...e, name: e.attrs?.name ?? clusterName(e.c), type: e.attrs?.type ?? clusterType(e.c) }))
    .sort((a, b) => b.c.mentions.length - a.c.mentions.length || byString(a.name, b.name) || byString(a.c.key, b.c.key));
  const entitySlugs = assignEntitySlugs(live.map((e) => ({ name: e.name, keys: [...e.c.keys].sort(), renamed: e.attrs?.name !== undefined, pinned: e.attrs?.slug })), memory);
  const slugOfCluster = new Map(live.map((e, i) => [e.index, entitySlugs.slugs[i]!]));

  const articleSlugs = assignArticleSlugs(records.map((r) => ({ seed: r.file, title: r.meta.title, retitled: r.meta.titleFrom === 'curation', pinned: r.meta.slug })), memory);

  // Per article: linked mentions.
  const linked: LinkedSpan[][] = records.map((r, ai) =>
    r.mentions.flatMap((m, mi) => {
      const cluster = clustering.assignment.get(refKey(ai, mi));
      const slug = cluster === undefined ? undefined : slugOfCluster.get(cluster);
      return slug ? [{ start: m.start, end: m.end, slug }] : [];
    }),
  );

  // Per entity: counts, articles, descriptions, quotes.
  const stats = new Map<string, { mentions: number; articles: Map<number, number>; descriptions: Map<string, Citation>; descriptionCounts: Map<string, number>; quotes: Citation[] }>();
  for (const slug of entitySlugs.slugs) stats.set(slug, { mentions: 0, articles: new Map(), descriptions: new Map(), descriptionCounts: new Map(), quotes: [] });
  records.forEach((r, ai) => {
    const plain = plains[ai]!;
    const slugAt = (mi: number) => {
      const c = clustering.assignment.get(refKey(ai, mi));
      return c === undefined ? undefined : slugOfCluster.get(c);
    };
    const blockOf = (offset: number) => plain.blocks.find((b) => b.start <= offset && offset <= b.end)!;
    r.mentions.forEach((m, mi) => {
      const slug = slugAt(mi);
      if (!slug) return;
      const s = stats.get(slug)!;
      s.mentions++;
      s.articles.set(ai, (s.articles.get(ai) ?? 0) + 1);
      if (m.type === 'person') {
        const d = describeMention(plain.text, m);
        if (d) {
          s.descriptionCounts.set(d, (s.descriptionCounts.get(d) ?? 0) + 1);
          const paragraph = blockOf(m.start).id;
          if (!s.descriptions.has(d)) s.descriptions.set(d, { text: d, article: articleSlugs.slugs[ai]!, paragraph, ...pageField(ai, paragraph) });
        }
      }
    });
    const persons = r.mentions.map((m, index) => ({ start: m.start, end: m.end, index, type: m.type })).filter((p) => p.type === 'person');
    for (const block of plain.blocks) {
      for (const q of findQuotes(plain.text, block, persons)) {
        const slug = slugAt(q.speaker);
        if (slug) stats.get(slug)!.quotes.push({ text: plain.text.slice(q.quote.start, q.quote.end), article: articleSlugs.slugs[ai]!, paragraph: block.id, ...pageField(ai, block.id) });
      }
    }
  });

  const dates = records.map((r) => r.meta.date);
  const articleOrder = (a: number, b: number) => byString(dates[b] ?? '', dates[a] ?? '') || byString(articleSlugs.slugs[a]!, articleSlugs.slugs[b]!);
  const entitiesOfArticle = linked.map((spans) => [...new Set(spans.map((s) => s.slug))]);

  const entities = live.map((e, i) => {
    const slug = entitySlugs.slugs[i]!;
    const s = stats.get(slug)!;
    const inArticles = [...s.articles.keys()].sort(articleOrder);
    const seen = inArticles.map((a) => dates[a]).filter((d): d is string => d !== undefined).sort();
    const related = new Map<string, number>();
    for (const a of inArticles) for (const other of entitiesOfArticle[a]!) if (other !== slug) related.set(other, (related.get(other) ?? 0) + 1);
    const bestDescription = [...s.descriptionCounts].sort(([a, ca], [b, cb]) => cb - ca || b.length - a.length || byString(a, b))[0]?.[0];
    const data: EntityData = {
      name: e.name,
      type: e.type,
      aliases: [...e.c.spellings].filter(([sp]) => sp !== e.name).sort(([a, ca], [b, cb]) => cb - ca || byString(a, b)).map(([sp]) => sp),
      ...(e.attrs?.description !== undefined ? { description: { text: e.attrs.description } } : bestDescription ? { description: s.descriptions.get(bestDescription)! } : {}),
      links: e.attrs?.links ?? [],
      mentions: s.mentions,
      ...(seen.length && { firstSeen: seen[0], lastSeen: seen.at(-1) }),
      articles: inArticles.map((a) => ({ slug: articleSlugs.slugs[a]!, count: s.articles.get(a)! })),
      related: [...related].sort(([a, ca], [b, cb]) => cb - ca || byString(a, b)).map(([slug, count]) => ({ slug, count })),
      quotes: s.quotes,
    };
    return { slug, data };
  });

  const articles = records.map((r, ai) => {
    const counts = new Map<string, number>();
    for (const s of linked[ai]!) counts.set(s.slug, (counts.get(s.slug) ?? 0) + 1);
    const data: ArticleData = {
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
      words: countWords(plains[ai]!.text),
    };
    const slug = articleSlugs.slugs[ai]!;
    const body = insertMentionLinks(structuredClone(r.tree), linked[ai]!);
    const pages = pagesOf[ai]!;
    const count = pages.at(-1) ?? 1;
    if (count > 1) data.pages = count;
    const bodyOf = (page: number): Root => ({ type: 'root', children: body.children.filter((_, i) => pages[i] === page) });
    const morePages = Array.from({ length: count - 1 }, (_, i) => ({ data: { article: slug, page: i + 2, firstParagraph: pages.indexOf(i + 2) + 1 }, body: bodyOf(i + 2) }));
    return { slug, data, body: count > 1 ? bodyOf(1) : body, morePages };
  });

  const events = records.map((r, ai) => {
    const slug = articleSlugs.slugs[ai]!;
    const events = buildEvents(slug, plains[ai]!.text, plains[ai]!.blocks, r.timexes, linked[ai]!).map((e) => ({ ...e, ...pageField(ai, e.paragraph) }));
    return { slug, data: { article: slug, events } };
  });

  return {
    articles,
    entities,
    events,
    redirects: [...articleSlugs.redirects, ...entitySlugs.redirects].sort((a, b) => byString(a.from, b.from)),
    report: {
      merges: [...outcome.merges],
      variants: entities.filter((e) => e.data.aliases.length > 0).map((e) => `${e.data.name} ← ${e.data.aliases.join(', ')}`),
      ambiguous: [...new Set(clustering.ambiguous.map((a) => `“${a.name}” in ${records[a.article]!.file} could be ${a.candidates.join(' or ')}: not linked`))],
      unmatched: outcome.unmatched.map((rule) => ({ rule, line: curation.entityLines.get(rule.split(' → ')[0]!) })),
    },
  };
}
