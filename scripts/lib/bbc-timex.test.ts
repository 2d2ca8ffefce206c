import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBbcTimexDocs } from './bbc-timex.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = join(ROOT, '../shared/corpora/bbc-news');
const LABELS = join(ROOT, 'scripts/eval-data/bbc-timex.json');
const available = existsSync(CORPUS);
if (!available) console.warn(`BBC time labels test skipped: ${CORPUS} is absent (../shared/corpora is only on CI and developer machines)`);

describe.skipIf(!available)('the BBC news time labels', () => {
  const docs = readBbcTimexDocs(LABELS, CORPUS);

  it('place every labelled span in its article, in text order, without overlaps', () => {
    expect(docs).toHaveLength(40);
    for (const doc of docs) {
      expect(doc.date).toMatch(/^200[45]-\d\d-\d\d$/u);
      doc.gold.forEach((g, i) => {
        expect(doc.text.slice(g.start, g.end)).toBe(g.text);
        if (i > 0) expect(g.start, `${doc.id}: "${g.text}" overlaps or precedes the label before it`).toBeGreaterThanOrEqual(doc.gold[i - 1]!.end);
      });
    }
  });

  it('give every timex a TimeML type and a value', () => {
    for (const g of docs.flatMap((d) => d.gold)) {
      expect(['date', 'time', 'duration', 'set']).toContain(g.type);
      expect(g.value).toMatch(/^(?:\d|P|PRESENT_REF|PAST_REF|FUTURE_REF)/u);
    }
  });
});
