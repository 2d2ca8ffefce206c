/**
 * The link stage with synthetic mentions (independent of the recogniser): curation rules and the
 * slug memory that keeps URLs stable and yields redirects.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../article.ts';
import type { LoadedCuration } from '../curation.ts';
import { plainTextToMdast } from '../parse/plain-text.ts';
import { plainTextOf } from '../parse/segments.ts';
import type { MentionType, RawMention } from '../types.ts';
import { RELATED_ENTITIES } from '../../schemas/collections.ts';
import type { Curation } from '../../schemas/curation.ts';
import { linkDigest } from './index.ts';
import { emptyMemory } from './slugs.ts';

/** An article record whose mentions are the given names at their first unused occurrence. */
function record(file: string, text: string, names: [string, MentionType][], date = '2025-11-10'): ArticleRecord {
  const tree = plainTextToMdast(text).tree;
  const plain = plainTextOf(tree).text;
  let from = 0;
  const mentions: RawMention[] = names.map(([name, type]) => {
    const start = plain.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in text`);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type };
  });
  return { file, hash: file, format: 'text', meta: { title: text.split('.')[0]!, titleFrom: 'lede', date, tags: [], summary: text, hidden: false }, tree, mentions, timexes: [], warnings: [] };
}

const curation = (c: Curation = {}): LoadedCuration => ({ curation: c, entityLines: new Map(Object.keys(c.entities ?? {}).map((k, i) => [k, i + 1])), articleLines: new Map(), warnings: [] });
const names = (d: ReturnType<typeof linkDigest>) => Object.fromEntries(d.entities.map((e) => [e.slug, e.data().name]));

const a1 = record('a.txt', 'Sharaa met the press.', [['Sharaa', 'person']]);
const a2 = record('b.txt', 'Ahmad al-Sharaa spoke. Sharaa left.', [['Ahmad al-Sharaa', 'person'], ['Sharaa', 'person']]);

describe('linkDigest', () => {
  it('keeps the most co-mentioned entities, at most what an entity page lists', () => {
    // One person named with 40 places, 8 of them in a second article too.
    const places = Array.from({ length: RELATED_ENTITIES + 10 }, (_, i) => `Place${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
    const many = record('m.txt', `Sharaa visited ${places.join(', ')}.`, [['Sharaa', 'person'], ...places.map((p): [string, MentionType] => [p, 'place'])]);
    const few = record('n.txt', `Sharaa visited ${places.slice(-8).join(', ')}.`, [['Sharaa', 'person'], ...places.slice(-8).map((p): [string, MentionType] => [p, 'place'])]);
    const sharaa = linkDigest([many, few], curation(), emptyMemory()).entities.find((e) => e.slug === 'sharaa')!.data();
    expect(sharaa.related).toHaveLength(RELATED_ENTITIES);
    expect(sharaa.related.slice(0, 8).map((r) => r.count)).toEqual(Array(8).fill(2));
  });

  it('links mentions in the body as entity: links', () => {
    const d = linkDigest([a2], curation(), emptyMemory());
    expect(JSON.stringify(d.articles[0]!.body.tree())).toContain('"url":"entity:ahmad-al-sharaa"');
  });

  it('keeps an entity URL when a later article gives a fuller name', () => {
    const memory = emptyMemory();
    const first = linkDigest([a1], curation(), memory);
    expect(names(first)).toEqual({ sharaa: 'Sharaa' });
    const second = linkDigest([a1, a2], curation(), memory);
    expect(names(second)).toEqual({ sharaa: 'Ahmad al-Sharaa' });
    expect(second.redirects).toEqual([]);
  });

  it('moves the URL on a curator rename and redirects the old one', () => {
    const memory = emptyMemory();
    linkDigest([a2], curation(), memory);
    const renamed = linkDigest([a2], curation({ entities: { 'Ahmad al-Sharaa': { rename: 'Ahmed al-Sharaa' } } }), memory);
    expect(names(renamed)).toEqual({ 'ahmed-al-sharaa': 'Ahmed al-Sharaa' });
    expect(renamed.redirects).toEqual([{ from: 'ahmad-al-sharaa', to: 'ahmed-al-sharaa', kind: 'entity' }]);
  });

  it('applies merge, hide, type, description, links and pinned slugs, and reports rules that match nothing', () => {
    const text = record('c.txt', 'Abu Mohammed al-Jolani led HTS. Ahmad al-Sharaa leads Syria. Fox reported.', [['Abu Mohammed al-Jolani', 'person'], ['HTS', 'organization'], ['Ahmad al-Sharaa', 'person'], ['Syria', 'place'], ['Fox', 'organization']]);
    const d = linkDigest([text], curation({
      entities: {
        'Ahmad al-Sharaa': { merge: ['Abu Mohammed al-Jolani'], description: 'President of Syria', links: ['https://www.wikidata.org/wiki/Q1'], slug: 'sharaa' },
        HTS: { type: 'organization', rename: 'Hayat Tahrir al-Sham' },
        Fox: { hide: true },
        Nobody: { hide: true },
      },
    }), emptyMemory());
    const sharaa = d.entities.find((e) => e.slug === 'sharaa')!;
    expect(sharaa.data().aliases).toContain('Abu Mohammed al-Jolani');
    expect(sharaa.data().description).toEqual({ text: 'President of Syria' });
    expect(sharaa.data().links).toEqual(['https://www.wikidata.org/wiki/Q1']);
    expect(d.entities.map((e) => e.data().name)).not.toContain('Fox');
    expect(d.entities.find((e) => e.slug === 'hayat-tahrir-al-sham')?.data().type).toBe('organization');
    expect(d.report.merges).toEqual(['Abu Mohammed al-Jolani → Ahmad al-Sharaa']);
    expect(d.report.unmatched).toEqual([{ rule: 'Nobody', line: 4 }]);
  });

  it('finds a rule keyed by the published slug of a long name (slugs are cut at 60 characters)', () => {
    const name = 'International Federation of Red Cross and Red Crescent Societies Appeal Office';
    const a = record('long.txt', `${name} appealed. Syria replied.`, [[name, 'organization'], ['Syria', 'place']]);
    const slug = linkDigest([a], curation(), emptyMemory()).entities.find((e) => e.data().name === name)!.slug;
    expect(slug.length).toBeLessThan(name.length);
    const d = linkDigest([a], curation({ entities: { [slug]: { hide: true } } }), emptyMemory());
    expect(d.entities.map((e) => e.data().name)).toEqual(['Syria']);
    expect(d.report.unmatched).toEqual([]);
  });

  it('splits mentions in named articles into another entity', () => {
    const x = record('x.txt', 'Jordan Smith scored.', [['Jordan Smith', 'person']]);
    const y = record('y.txt', 'Jordan Smith voted.', [['Jordan Smith', 'person']]);
    const d = linkDigest([x, y], curation({ entities: { 'Jordan Smith': { split: [{ name: 'Jordan Smith (politician)', articles: ['y.txt'] }] } } }), emptyMemory());
    expect(Object.values(names(d)).sort()).toEqual(['Jordan Smith', 'Jordan Smith (politician)']);
  });

  it('gives two articles with the same title distinct slugs, and keeps them across builds', () => {
    const memory = emptyMemory();
    const p = record('p.txt', 'Same title. One.', []);
    const q = record('q.txt', 'Same title. Two.', []);
    const d = linkDigest([q, p], curation(), memory);
    expect(d.articles.map((a) => a.slug)).toEqual(['same-title', 'same-title-2']);
    expect(linkDigest([p, q], curation(), memory).articles.map((a) => a.slug)).toEqual(['same-title', 'same-title-2']);
  });

  it('redirects an article’s old URL after a retitle', () => {
    const memory = emptyMemory();
    linkDigest([record('p.txt', 'Old title. Text.', [])], curation(), memory);
    const r = record('p.txt', 'Old title. Text.', []);
    r.meta = { ...r.meta, title: 'New title', titleFrom: 'curation' };
    const d = linkDigest([r], curation(), memory);
    expect(d.articles[0]!.slug).toBe('new-title');
    expect(d.redirects).toEqual([{ from: 'old-title', to: 'new-title', kind: 'article' }]);
  });
});
