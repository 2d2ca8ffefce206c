import { describe, expect, it } from 'vitest';
import type { EventData } from '../schemas/collections.ts';
import { eventSlide, headline, toTimelineJs, type TlContext } from './timelinejs.ts';

const base: EventData = { id: 'a-p1-0', value: '2025-06', granularity: 'month', start: '2025-06-01', when: 'June', text: 'Sanctions <lifted> & "more"', entities: [], article: 'a', paragraph: 'p1' };
const ctx: TlContext = {
  title: 'Digest & co', description: 'All <events>',
  article: (slug) => (slug === 'a' ? { title: 'A <b>title</b>', date: '2025-11-10' } : undefined),
  link: (e) => `https://example.org/articles/${e.article}/#${e.paragraph}`,
};

describe('TimelineJS export', () => {
  it('writes dates to the precision of the value', () => {
    expect(eventSlide(base, ctx)!.start_date).toEqual({ year: 2025, month: 6 });
    expect(eventSlide({ ...base, value: '2025-11-10', granularity: 'day', start: '2025-11-10' }, ctx)!.start_date).toEqual({ year: 2025, month: 11, day: 10 });
    expect(eventSlide({ ...base, value: '2025', granularity: 'year', start: '2025-01-01' }, ctx)!.start_date).toEqual({ year: 2025 });
  });

  it('escapes every text field and keeps the id', () => {
    const s = eventSlide(base, ctx)!;
    expect(s.text.headline).toBe('Sanctions &lt;lifted&gt; &amp; &quot;more&quot;');
    expect(s.text.text).toContain('A &lt;b&gt;title&lt;/b&gt; (2025-11-10): https://example.org/articles/a/#p1');
    expect(s.group).toBe('A &lt;b&gt;title&lt;/b&gt;');
    expect(s.unique_id).toBe('a-p1-0');
    expect(s.display_date).toBe('June 2025');
  });

  it('gives "since" ranges an end date at the article day', () => {
    const s = eventSlide({ ...base, value: '2000', granularity: 'year', start: '2000-01-01', mod: 'since' }, ctx)!;
    expect(s.start_date).toEqual({ year: 2000 });
    expect(s.end_date).toEqual({ year: 2025, month: 11, day: 10 });
    expect(s.display_date).toBe('since 2000');
  });

  it('leaves out unresolved events and has a title slide', () => {
    const doc = toTimelineJs([base, { ...base, id: 'u', value: 'XXXX-06', start: undefined }], ctx);
    expect(doc.events.map((e) => e.unique_id)).toEqual(['a-p1-0']);
    expect(doc.title.text).toEqual({ headline: 'Digest &amp; co', text: 'All &lt;events&gt;' });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("makes an event's slide once for the same context functions, and again for others", () => {
    expect(eventSlide(base, ctx)).toBe(eventSlide(base, { ...ctx, title: 'Another export' }));
    const elsewhere = { ...ctx, link: (e: EventData) => `https://other.org/${e.article}/` };
    expect(eventSlide(base, elsewhere)!.text.text).toContain('https://other.org/a/');
    expect(eventSlide(base, ctx)!.text.text).toContain('https://example.org/articles/a/#p1');
  });

  it('cuts long headlines at a word boundary', () => {
    const long = 'word '.repeat(40).trim();
    const h = headline(long);
    expect([...h].length).toBeLessThanOrEqual(90); // the ellipsis counts
    expect(h.endsWith('word…')).toBe(true);
    expect(headline('short')).toBe('short');
  });
});
