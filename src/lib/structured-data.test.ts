import { describe, expect, it } from 'vitest';
import { articleJsonLd, entityJsonLd, serializeJsonLd, type EntityInfo } from './structured-data.ts';

const person: EntityInfo = { type: 'person', name: 'Ahmad al-Sharaa', url: 'https://e.org/entities/ahmad-al-sharaa/', aliases: ['al-Sharaa', 'Ahmad al-Sharaa'], description: 'President of Syria', links: ['https://www.wikidata.org/wiki/Q1', 'javascript:alert(1)'] };
const place: EntityInfo = { type: 'place', name: 'Syria', url: 'https://e.org/entities/syria/' };
const site = { name: 'News Digest', url: 'https://e.org/' };

describe('entityJsonLd', () => {
  it('maps an entity to a schema.org Person with aliases and sameAs', () => {
    expect(entityJsonLd(person)).toEqual({
      '@context': 'https://schema.org', '@type': 'Person', '@id': 'https://e.org/entities/ahmad-al-sharaa/#entity', name: 'Ahmad al-Sharaa',
      alternateName: ['al-Sharaa'], description: 'President of Syria', url: person.url, sameAs: ['https://www.wikidata.org/wiki/Q1'],
    });
  });
  it('uses Place and Organization types and omits empty fields', () => {
    expect(entityJsonLd(place)).toEqual({ '@context': 'https://schema.org', '@type': 'Place', '@id': `${place.url}#entity`, name: 'Syria', url: place.url });
    expect(entityJsonLd({ ...place, type: 'organization' })['@type']).toBe('Organization');
  });
});

describe('articleJsonLd', () => {
  it('is a NewsArticle with about (most mentioned) and mentions (the rest)', () => {
    const entities = [person, place, { ...place, name: 'A' }, { ...place, name: 'B' }];
    const data = articleJsonLd({ headline: 'H', description: 'D', url: 'https://e.org/articles/h/', datePublished: '2025-11-10', author: 'Jane', entities, site });
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline: 'H', datePublished: '2025-11-10', author: { '@type': 'Person', name: 'Jane' } });
    expect(data.about).toEqual([{ '@type': 'Person', name: 'Ahmad al-Sharaa', url: person.url }, { '@type': 'Place', name: 'Syria', url: place.url }, { '@type': 'Place', name: 'A', url: place.url }]);
    expect(data.mentions).toEqual([{ '@type': 'Place', name: 'B', url: place.url }]);
  });
  it('credits the source, else the digest, when there is no byline', () => {
    expect(articleJsonLd({ headline: 'H', description: 'D', url: 'u', source: 'BBC', entities: [], site }).author).toEqual({ '@type': 'Organization', name: 'BBC' });
    expect(articleJsonLd({ headline: 'H', description: 'D', url: 'u', entities: [], site }).author).toEqual({ '@type': 'Organization', ...site });
  });
});

describe('serializeJsonLd', () => {
  it('can never close the script element, and still parses to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/u);
    expect(JSON.parse(text)).toEqual(data);
  });
});
