import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from './annotate.ts';
import { processArticle, type ArticleRecord } from './article.ts';

const SEED = new URL('../../seeds/000_7f75fb188196c575.txt', import.meta.url);

describe('processArticle', () => {
  it('finds in a plain-text seed exactly the mentions and timexes `digest annotate` finds', () => {
    const bytes = readFileSync(SEED);
    const record = processArticle({ file: 'seed.txt', bytes, rule: { date: '2025-11-10' } }, 'test') as ArticleRecord;
    const annotated = annotate(bytes.toString('utf8'), '2025-11-10', { curation: {}, entityLines: new Map(), articleLines: new Map(), warnings: [] });
    expect(record.mentions.map((m) => [m.text, m.type])).toEqual(annotated.mentions.map((m) => [m.text, m.type]));
    expect(record.timexes.map((t) => [t.text, t.value])).toEqual(annotated.timexes.map((t) => [t.text, t.value]));
  });

  it('leaves out spans in a headline line, which is not part of the body', () => {
    const text = 'Trump meets Putin\n\nDonald Trump met Vladimir Putin in Helsinki on Monday.\n';
    const record = processArticle({ file: 'x.txt', bytes: Buffer.from(text), rule: { date: '2018-07-16' } }, 'test') as ArticleRecord;
    expect(record.meta.title).toBe('Trump meets Putin');
    const body = 'Donald Trump met Vladimir Putin in Helsinki on Monday.';
    for (const m of record.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    expect(record.mentions.map((m) => m.text)).toContain('Vladimir Putin');
  });
});
