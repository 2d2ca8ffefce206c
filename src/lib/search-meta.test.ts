import { describe, expect, it } from 'vitest';
import { articleSearchMeta, entitySearchMeta, entitySearchText, isSearchable, MAX_ARTICLE_ENTITIES, searchRecord, UNDATED } from './search-meta.ts';
import type { ArticleData, EntityData } from '../schemas/collections.ts';

const article = (over: Partial<ArticleData>): ArticleData => ({ title: 'T', titleFrom: 'text', tags: [], summary: '', seed: 's.txt', hash: 'h', entities: [], words: 1, ...over }) as ArticleData;
const entity = (over: Partial<EntityData>): EntityData => ({ name: 'Ahmad al-Sharaa', type: 'person', aliases: ['al-Sharaa'], links: [], mentions: 1, articles: [], related: [], quotes: [], ...over }) as EntityData;

describe('search metadata', () => {
  it('gives articles their entities (most mentioned first), year and date', () => {
    const names: Record<string, string> = { a: 'Syria', b: 'Donald Trump' };
    const meta = articleSearchMeta(article({ date: '2025-11-10', entities: [{ slug: 'a', count: 1 }, { slug: 'b', count: 5 }, { slug: 'gone', count: 9 }] }), (s) => names[s]);
    expect(meta).toMatchObject({ type: 'Article', entities: ['Donald Trump', 'Syria'], years: ['2025'], date: '2025-11-10' });
  });

  it('caps the entity facets of an article at its most mentioned names', () => {
    const refs = Array.from({ length: MAX_ARTICLE_ENTITIES + 5 }, (_, i) => ({ slug: `e${i}`, count: i + 1 }));
    const meta = articleSearchMeta(article({ entities: refs }), (s) => s.toUpperCase());
    expect(meta.entities).toHaveLength(MAX_ARTICLE_ENTITIES);
    expect(meta.entities[0]).toBe(`E${MAX_ARTICLE_ENTITIES + 4}`);
  });

  it('gives entities named more than once a record of their own', () => {
    expect(isSearchable(entity({ mentions: 1 }))).toBe(false);
    expect(isSearchable(entity({ mentions: 2 }))).toBe(true);
  });

  it('gives undated pages a sort key, so sorting by date never drops them', () => {
    expect(articleSearchMeta(article({}), () => undefined)).toMatchObject({ years: [], date: UNDATED });
    expect(entitySearchMeta(entity({})).date).toBe(UNDATED);
  });

  it('gives entities their type, names and last-seen date', () => {
    const meta = entitySearchMeta(entity({ firstSeen: '2024-01-02', lastSeen: '2025-11-10' }));
    expect(meta).toMatchObject({ type: 'Person', entities: [], years: ['2024', '2025'], date: '2025-11-10', names: 'Ahmad al-Sharaa|al-Sharaa' });
  });

  it('makes an entity record with the text its page shows, its type, years and date', () => {
    const data = entity({ description: { text: 'President of Syria' }, quotes: [{ text: 'We want peace', article: 'a', paragraph: 'p1' }, { text: 'Second', article: 'a', paragraph: 'p2' }] });
    const text = entitySearchText(data, 1);
    expect(text.split('\n')).toEqual(['Person', 'Ahmad al-Sharaa', 'President of Syria', 'Also written: al-Sharaa', '“We want peace”']);
    const record = searchRecord('/entities/ahmad-al-sharaa/', text, entitySearchMeta(data), 'en');
    expect(record).toMatchObject({ url: '/entities/ahmad-al-sharaa/', language: 'en', filters: { type: ['Person'], entity: [], year: [] }, sort: { date: UNDATED } });
    expect(record.meta).toEqual({ title: 'Ahmad al-Sharaa', type: 'Person', date: UNDATED, names: 'Ahmad al-Sharaa|al-Sharaa' });
  });
});
