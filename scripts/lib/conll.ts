/**
 * Reader for CoNLL-2003 files (`word POS tag` per line, blank line between sentences, IOB2 tags)
 * and helpers to group sentences into pseudo-documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** One CoNLL sentence. */
export interface ConllSentence {
  words: string[];
  tags: string[];
}

/** Directory of the shared CoNLL-2003 corpus (may not exist). */
export const CONLL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora/conll2003');
/** Directory of the shared BBC news corpus (may not exist). */
export const BBC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora/bbc-news');

/** Exits with a clear message (status 0) when a corpus path is missing. */
export function requireCorpus(path: string, what: string): void {
  if (!existsSync(path)) {
    console.log(`SKIP: ${what} not found at ${path} (the shared corpora are not present on this machine).`);
    process.exit(0);
  }
}

/** Parses a CoNLL-2003 file. */
export function readConll(path: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const l = line.trim();
    if (!l || l.startsWith('-DOCSTART-')) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const parts = l.split(' ');
    cur.words.push(parts[0]);
    cur.tags.push(parts[parts.length - 1]);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** Groups consecutive sentences into pseudo-documents of `size` sentences. */
export function pseudoDocs<T>(sentences: T[], size = 25): T[][] {
  const docs: T[][] = [];
  for (let i = 0; i < sentences.length; i += size) docs.push(sentences.slice(i, i + size));
  return docs;
}
