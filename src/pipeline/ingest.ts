/**
 * `digest ingest`: seeds → content collections. Runs the per-article stages (cached by content
 * hash), links the digest, and writes the collections atomically. Bad input becomes warnings;
 * every good article still builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord, SkippedArticle } from './article.ts';
import { articleHash, processArticle } from './article.ts';
import { ArticleCache, extractorVersion } from './cache.ts';
import { CURATION_FILE, loadCuration } from './curation.ts';
import { linkDigest, type CuratorReport } from './link/index.ts';
import { emptyMemory, type SlugMemory } from './link/slugs.ts';
import type { Logger } from './logger.ts';
import { listSeeds } from './seeds.ts';
import { articleFile, jsonFile } from './serialize.ts';
import { writeGenerated, type WriteSummary } from './write.ts';
import { articleSchema, entitySchema, eventsSchema } from '../schemas/collections.ts';

/** Where ingest reads and writes. */
export interface IngestOptions {
  /** Folder of seed articles and `curation.yaml`. */
  seedsDir: string;
  /** Folder of content collections. */
  contentDir: string;
  /** Cache folder; `undefined` disables the cache. */
  cacheDir?: string;
}

/** Generated folders inside the content folder: the build owns them. */
export const GENERATED_DIRS = ['articles', 'entities', 'events'] as const;
/** The slug memory file inside the content folder. */
export const SLUGS_FILE = 'slugs.json';
/** The redirects file inside the content folder. */
export const REDIRECTS_FILE = 'redirects.json';

/** What an ingest did. */
export interface IngestResult {
  articles: number;
  skipped: number;
  hidden: number;
  entities: number;
  events: number;
  cached: number;
  write: WriteSummary;
  report: CuratorReport;
}

function readMemory(path: string): SlugMemory {
  if (!existsSync(path)) return emptyMemory();
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<SlugMemory>;
    return { articles: data.articles ?? {}, entities: data.entities ?? {} };
  } catch {
    return emptyMemory();
  }
}

/** Runs the ingest. Warnings go to the logger; nothing is thrown for bad input. */
export function ingest(options: IngestOptions, log: Logger): IngestResult {
  const curation = loadCuration(join(options.seedsDir, CURATION_FILE));
  log.warnAll(curation.warnings);
  const { files, warnings } = listSeeds(options.seedsDir);
  log.warnAll(warnings);
  const cache = options.cacheDir ? new ArticleCache(options.cacheDir) : undefined;
  const version = extractorVersion();
  const rules = curation.curation.articles ?? {};

  const results: (ArticleRecord | SkippedArticle)[] = [];
  let cached = 0;
  for (const file of files) {
    const bytes = readFileSync(join(options.seedsDir, file));
    const input = { file, bytes, rule: rules[file] };
    const hit = cache?.get(articleHash(input, version));
    const result = hit ?? processArticle(input, version);
    if (hit) cached++;
    else cache?.set(result);
    results.push(result);
  }
  for (const r of results) log.warnAll(r.warnings.map((w) => ({ ...w, file: `seeds/${w.file}` })));
  for (const name of Object.keys(rules)) {
    if (!files.includes(name)) log.warn({ file: `seeds/${CURATION_FILE}`, line: curation.articleLines.get(name), message: `article rule \`${name}\` matches no seed file` });
  }

  const readable = results.filter((r): r is ArticleRecord => !('skipped' in r));
  const visible = readable.filter((r) => !r.meta.hidden);
  const memoryPath = join(options.contentDir, SLUGS_FILE);
  const memory = readMemory(memoryPath);
  const digest = linkDigest(visible, curation, memory);
  for (const u of digest.report.unmatched) log.warn({ file: `seeds/${CURATION_FILE}`, line: u.line, message: `entity rule \`${u.rule}\` matches no entity` });

  const out = new Map<string, string>();
  for (const a of digest.articles) out.set(`articles/${a.slug}.md`, articleFile(articleSchema.parse(a.data), a.body));
  for (const e of digest.entities) out.set(`entities/${e.slug}.json`, jsonFile(entitySchema.parse(e.data)));
  for (const e of digest.events) out.set(`events/${e.slug}.json`, jsonFile(eventsSchema.parse(e.data)));
  out.set(REDIRECTS_FILE, jsonFile({ redirects: digest.redirects }));
  const sortedMemory: SlugMemory = {
    articles: Object.fromEntries(Object.entries(memory.articles).sort(([a], [b]) => (a < b ? -1 : 1))),
    entities: Object.fromEntries(Object.entries(memory.entities).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  out.set(SLUGS_FILE, jsonFile(sortedMemory));
  const write = writeGenerated(options.contentDir, out, GENERATED_DIRS);
  cache?.prune(new Set(results.map((r) => r.hash)));

  return {
    articles: digest.articles.length,
    skipped: results.length - readable.length,
    hidden: readable.length - visible.length,
    entities: digest.entities.length,
    events: digest.events.reduce((n, e) => n + e.data.events.length, 0),
    cached,
    write,
    report: digest.report,
  };
}
