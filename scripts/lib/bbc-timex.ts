/**
 * The BBC news time-expression labels (`scripts/eval-data/bbc-timex.json`): 40 articles of
 * ../shared/corpora/bbc-news (8 per section), each with a publication date chosen from its
 * content and every TIMEX3 (TimeML conventions) by hand, by an annotator who did not see the
 * recogniser. The labels hold spans as text plus occurrence number, never article text; this
 * module turns them into offset-based documents for the scorer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimeMLDoc } from './timeml.ts';

/** One labelled article as stored. */
interface LabelledArticle {
  file: string;
  dct: string;
  timexes: { text: string; occurrence: number; type: string; value: string; mod?: string }[];
}

/** Offset of the `n`-th (1-based) occurrence of `needle` in `text`, or -1. */
function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Reads the labels against the corpus folder. Throws when a label's span is not in its article
 * (the labels and the corpus would disagree). Returns [] when the corpus is absent.
 */
export function readBbcTimexDocs(labelsFile: string, corpusDir: string): TimeMLDoc[] {
  if (!existsSync(corpusDir)) return [];
  const labelled = JSON.parse(readFileSync(labelsFile, 'utf8')) as LabelledArticle[];
  return labelled.map((a) => {
    // Latin-1 as the benchmark reads the corpus: one file has a stray 0xA3 byte.
    const text = readFileSync(join(corpusDir, a.file), 'latin1');
    const gold = a.timexes.map((t) => {
      const start = nthIndex(text, t.text, t.occurrence);
      if (start < 0) throw new Error(`${labelsFile}: "${t.text}" (occurrence ${t.occurrence}) is not in ${a.file}`);
      return { start, end: start + t.text.length, text: t.text, type: t.type.toLowerCase(), value: t.value, ...(t.mod && { mod: t.mod }) };
    });
    return { id: a.file, date: a.dct, text, gold };
  });
}
