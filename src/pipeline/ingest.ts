/**
 * `digest ingest`: seeds → content collections. Runs the per-article stages (cached by content
 * hash), links the digest, and writes the collections atomically. Bad input becomes warnings;
 * every good article still builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ArticleRecord, SkippedArticle } from './article.ts';
import { processArticle } from './article.ts';
import { ArticleCache, extractorVersion, linkVersion, partsKey, writeVersion } from './cache.ts';
import { CURATION_FILE, loadCuration } from './curation.ts';
import { linkDigest, type CuratorReport, type LinkedDigest, type LinkSource } from './link/index.ts';
import { articleParts, partsText, readPartsText, type ArticleParts } from './link/parts.ts';
import type { EventPart } from './link/events.ts';
import { emptyMemory, type SlugMemory } from './link/slugs.ts';
import type { Logger } from './logger.ts';
import { listSeeds } from './seeds.ts';
import { SeedIndex } from './seed-index.ts';
import { articleFile, jsonFile, type BodySource } from './serialize.ts';
import { GeneratedWrite, keyOf, recoverAndList, type KeyedFile, type WriteSummary } from './write.ts';
import { Progress } from './progress.ts';
import { DEFAULT_BATCH_SIZE, defaultWorkers, processInWorkers, startArticleWorkers } from './workers/pool.ts';
import { entriesOnWorkers, startMarkdownWorkers } from './workers/markdown-pool.ts';
import type { MadeEntry } from './workers/markdown-worker.ts';
import { BODY_TREES_DIR, treeFileMatches, treeFileOf, treeFileText } from '../lib/body-trees.ts';
import { entryBody } from './entry-layout.ts';
import { byString } from '../lib/order.ts';
import { once } from '../lib/lazy.ts';
import type { ArticleCuration } from '../schemas/curation.ts';
import { articlePageSchema, articleSchema, entitySchema, eventsSchema, REDIRECTS_FILE } from '../schemas/collections.ts';

/** Where ingest reads and writes. */
export interface IngestOptions {
  /** Folder of seed articles and `curation.yaml`. */
  seedsDir: string;
  /** Folder of content collections. */
  contentDir: string;
  /** Cache folder; `undefined` disables the cache. */
  cacheDir?: string;
}

/** Generated folders inside the content folder: the build owns them (`body-trees`: see `src/lib/body-trees.ts`). */
export const GENERATED_DIRS = ['articles', 'article-pages', 'entities', 'events', BODY_TREES_DIR] as const;
/** The seeds' hashes inside the cache folder (see seed-index.ts). */
export const SEED_INDEX_FILE = 'seeds.json';
/** The write stage's manifest inside the cache folder: what it last wrote (see write.ts). */
export const WRITTEN_FILE = 'written.json';
/** The slug memory file inside the content folder. */
export const SLUGS_FILE = 'slugs.json';
/** The redirects file inside the content folder (named beside its schema). */
export { REDIRECTS_FILE };

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

/** Options of {@link ingestParallel}. */
export interface ParallelIngestOptions extends IngestOptions {
  /**
   * Worker threads for the per-article stages of cache misses; default one per core. `0` runs
   * everything on the main thread, as do runs with fewer than {@link PARALLEL_MIN_MISSES} misses.
   */
  workers?: number;
  /** Fewest misses worth starting workers for (default {@link PARALLEL_MIN_MISSES}; tests lower it). */
  minMisses?: number;
  /** Fewest new bodies worth making Markdown on workers for (default {@link MARKDOWN_WORKERS_MIN_BODIES}; tests lower it). */
  minBodies?: number;
}

/** Below this many cache misses, starting workers (each loads the models) costs more than it saves. */
export const PARALLEL_MIN_MISSES = 50;

/**
 * One seed's result: its link parts (or why it was skipped), and its events and record, loaded
 * when first asked for (the record parsed, or as JSON for a worker thread).
 */
interface ArticleSlot {
  parts: ArticleParts | SkippedArticle;
  events: () => EventPart[];
  record: () => ArticleRecord | SkippedArticle;
  json: () => string;
}

/** The per-article stage in progress: curation, seed list, and a result slot per seed. */
interface ArticleStage {
  curation: ReturnType<typeof loadCuration>;
  files: string[];
  rules: Record<string, ArticleCuration>;
  /** The records' cache. */
  cache: ArticleCache | undefined;
  /**
   * The link parts' cache (same folder, `links/`), keyed by {@link partsKey}: texts made by
   * `partsText`, only ever read and written as text (hence no parsed type).
   */
  links: ArticleCache<never> | undefined;
  version: string;
  /** The link version, part of every parts key. */
  link: string;
  /** One slot per seed file in seed order; `undefined` until processed. */
  results: (ArticleSlot | undefined)[];
  /** Indexes of the seeds not found in the cache. */
  misses: number[];
}

/** A slot for a record at hand: its parts are made now and cached. */
function slotOf(stage: ArticleStage, record: ArticleRecord | SkippedArticle): ArticleSlot {
  const made = articleParts(record);
  stage.links?.setJson(partsKey(record.hash, stage.link), partsText(made));
  return { parts: made.parts, events: () => made.events, record: () => record, json: once(() => JSON.stringify(record)) };
}

/**
 * A slot from the parts' cached text and a way to the record. Events that cannot be parsed (a
 * cache file damaged by hand) are made again from the record.
 */
function cachedSlot(read: NonNullable<ReturnType<typeof readPartsText>>, record: ArticleSlot['record'], json: ArticleSlot['json']): ArticleSlot {
  const events = once((): EventPart[] => {
    try {
      return read.events();
    } catch {
      return articleParts(record()).events;
    }
  });
  return { parts: read.parts, events, record, json };
}

/**
 * Reads the curation file and seed list and fills the slots of every cache hit. A hit whose link
 * parts are cached does not even load its record: only its parts are read.
 */
function startArticles(options: IngestOptions, log: Logger, onListed?: (seeds: number) => void): ArticleStage {
  const curation = loadCuration(join(options.seedsDir, CURATION_FILE));
  log.warnAll(curation.warnings);
  const { files, warnings } = listSeeds(options.seedsDir);
  log.warnAll(warnings);
  onListed?.(files.length);
  const cache = options.cacheDir ? new ArticleCache(options.cacheDir) : undefined;
  const links = options.cacheDir ? new ArticleCache<never>(options.cacheDir, 'links') : undefined;
  const version = extractorVersion();
  const rules = curation.curation.articles ?? {};
  const results: ArticleStage['results'] = new Array(files.length).fill(undefined);
  const stage: ArticleStage = { curation, files, rules, cache, links, version, link: linkVersion(), results, misses: [] };
  // Seeds are read one at a time and dropped after hashing (unchanged ones not at all: see
  // seed-index.ts); misses re-read theirs when processed, so memory does not grow with the size
  // of the seeds folder.
  const index = new SeedIndex(options.cacheDir && join(options.cacheDir, SEED_INDEX_FILE), version);
  files.forEach((file, i) => {
    const hash = index.hash(options.seedsDir, file, rules[file]);
    const text = links?.getJson(partsKey(hash, stage.link));
    const read = text === undefined ? undefined : readPartsText(text);
    // A record pruned or deleted by hand since its parts were cached is made again.
    const remake = () => processArticle({ file, bytes: readFileSync(join(options.seedsDir, file)), rule: rules[file] }, version);
    if (read) {
      const record = once(() => cache?.get(hash) ?? remake());
      // Once: a long article's pages ask for the same record text.
      results[i] = cachedSlot(read, record, once(() => cache?.getJson(hash) ?? JSON.stringify(record())));
    }
    else {
      const hit = cache?.get(hash);
      if (hit) results[i] = slotOf(stage, hit);
      else stage.misses.push(i);
    }
  });
  index.save();
  return stage;
}

/** Processes the given misses on the main thread, in seed order. */
function processInProcess(stage: ArticleStage, misses: readonly number[], seedsDir: string, progress: Progress): void {
  for (const i of misses) {
    const file = stage.files[i];
    const result = processArticle({ file, bytes: readFileSync(join(seedsDir, file)), rule: stage.rules[file] }, stage.version);
    stage.cache?.set(result.hash, result);
    stage.results[i] = slotOf(stage, result);
    progress.advance();
  }
}

/** Runs the ingest on the main thread. Warnings go to the logger; nothing is thrown for bad input. */
export function ingest(options: IngestOptions, log: Logger): IngestResult {
  const stage = startArticles(options, log);
  const progress = new Progress(log, 'articles', stage.misses.length);
  processInProcess(stage, stage.misses, options.seedsDir, progress);
  const linked = linkStage(stage, options, log);
  const write = openWrite(options, linked.listing);
  write.stage(jsonFiles(linked));
  return writeStage(linked, stage, options, write);
}

/**
 * Runs the ingest with the per-article stages of cache misses on worker threads, and the Markdown
 * of new bodies too when there are many (a cold ingest). The output is byte-identical to
 * {@link ingest}: results go back to their seed-order slots before linking, texts to their files.
 */
export async function ingestParallel(options: ParallelIngestOptions, log: Logger): Promise<IngestResult> {
  const workers = options.workers ?? defaultWorkers();
  const minMisses = options.minMisses ?? PARALLEL_MIN_MISSES;
  // A cold ingest (no seed index yet: every seed is a miss) starts its workers as soon as it
  // knows how many seeds there are, so that they load the entity model while this thread reads
  // and hashes the seeds (~0.5 s each at 10,000 articles).
  const cold = !options.cacheDir || !existsSync(join(options.cacheDir, SEED_INDEX_FILE));
  let started: Worker[] = [];
  const stage = startArticles(options, log, (seeds) => {
    if (cold && workers > 0 && seeds >= minMisses) started = startArticleWorkers(Math.min(workers, Math.ceil(seeds / DEFAULT_BATCH_SIZE)));
  });
  const progress = new Progress(log, 'articles', stage.misses.length);
  if (workers <= 0 || stage.misses.length === 0 || stage.misses.length < minMisses) {
    await Promise.all(started.map((w) => w.terminate()));
    processInProcess(stage, stage.misses, options.seedsDir, progress);
  } else {
    const jobs = stage.misses.map((index) => ({ index, file: stage.files[index], rule: stage.rules[stage.files[index]] }));
    try {
      await processInWorkers(jobs, { seedsDir: options.seedsDir, version: stage.version, workers, started }, (index, hash, json, parts) => {
        // Written as the worker serialised them and parsed like cache hits: nothing is re-encoded,
        // and the record is parsed only when its body is made.
        stage.cache?.setJson(hash, json);
        stage.links?.setJson(partsKey(hash, stage.link), parts);
        stage.results[index] = cachedSlot(readPartsText(parts)!, once(() => JSON.parse(json) as ArticleRecord | SkippedArticle), () => json);
        progress.advance();
      });
    } finally {
      progress.finish();
    }
  }
  const minBodies = options.minBodies ?? MARKDOWN_WORKERS_MIN_BODIES;
  // As many new records make as many new entries (a cold ingest): their Markdown workers start
  // now, loading their modules while this thread links the digest (~1 s at 10,000 articles).
  const markdownWorkers = workers > 0 && stage.misses.length >= minBodies ? startMarkdownWorkers(workers) : [];
  const linked = linkStage(stage, options, log);
  const write = openWrite(options, linked.listing);
  const pending = markdownInWorkers(linked.articles, workers, minBodies, markdownWorkers, write);
  // While any workers make the article entries, this thread makes and stages the others.
  write.stage(jsonFiles(linked));
  return writeStage(linked, stage, options, write, await pending);
}

/**
 * An article entry to write: its file, the key that names it, its data (made and validated when
 * the entry is made) and body, and whether the last build wrote it.
 */
interface ArticleEntry {
  file: string;
  key: string;
  data: () => object;
  schema: typeof articleSchema | typeof articlePageSchema;
  body: BodySource;
  /** The article's record as JSON (for a worker thread to make the body). */
  json: () => string;
  exists: boolean;
}

/** What the link stage hands to the write stage. */
interface LinkedStage {
  results: ArticleSlot[];
  readable: LinkSource[];
  visible: LinkSource[];
  cached: number;
  memory: SlugMemory;
  digest: LinkedDigest;
  articles: ArticleEntry[];
  /** The content folder's files before this write (see `recoverAndList`). */
  listing: string[];
}

/** Reports the per-article warnings and links the visible articles. */
function linkStage(stage: ArticleStage, options: IngestOptions, log: Logger): LinkedStage {
  const { curation, files, rules } = stage;
  const results = stage.results.map((r, i) => {
    if (!r) throw new Error(`internal: no result for seed ${files[i]}`);
    return r;
  });
  const cached = files.length - stage.misses.length;
  for (const { parts } of results) log.warnAll(parts.warnings.map((w) => ({ ...w, file: `seeds/${w.file}` })));
  for (const name of Object.keys(rules)) {
    if (!files.includes(name)) log.warn({ file: `seeds/${CURATION_FILE}`, line: curation.articleLines.get(name), message: `article rule \`${name}\` matches no seed file` });
  }

  const readable = results.flatMap(({ parts, events, record }) => ('skipped' in parts ? [] : [{ parts, events, record: record as () => ArticleRecord }]));
  const visible = readable.filter((r) => !r.parts.meta.hidden);
  // Finish or discard an interrupted write before reading anything the last build wrote.
  const { state: recovery, files: listing } = recoverAndList(options.contentDir);
  if (recovery !== 'clean') log.info(`content: an interrupted build was found and ${recovery === 'completed' ? 'completed' : 'discarded'}`);
  const memory = readMemory(join(options.contentDir, SLUGS_FILE));
  const digest = linkDigest(visible, curation, memory);
  for (const u of digest.report.unmatched) log.warn({ file: `seeds/${CURATION_FILE}`, line: u.line, message: `entity rule \`${u.rule}\` matches no entity` });

  const articles: ArticleEntry[] = [];
  // One listing instead of a stat per entry: only new entries go to the Markdown workers.
  const written = new Set(listing.filter((f) => f.startsWith('articles/') || f.startsWith('article-pages/')));
  const slots = new Map(results.map((r) => [r.parts.file, r]));
  for (const a of digest.articles) {
    const json = slots.get(a.seed)!.json;
    const entry = (file: string, key: string, data: () => object, schema: ArticleEntry['schema'], body: BodySource) => articles.push({ file, key, data, schema, body, json, exists: written.has(file) });
    entry(`articles/${a.slug}.md`, a.key, a.data, articleSchema, a.body);
    for (const p of a.morePages) entry(`article-pages/${a.slug}/${p.data.page}.md`, `${a.key} ${p.data.page}`, () => p.data, articlePageSchema, p.body);
  }
  return { results, readable, visible, cached, memory, digest, articles, listing };
}

/** Fewest entries worth starting Markdown workers for (a cold ingest, or a big change). */
export const MARKDOWN_WORKERS_MIN_BODIES = 200;

/**
 * The new article entries (no previous version to reuse), made on worker threads, by file; or
 * `undefined` when there are fewer than `minBodies` (a warm ingest reuses nearly every entry, and
 * starting workers would cost more than it saves). The workers get each article's record as JSON
 * and make its body, Markdown and front matter: the main thread used to make the trees, copy
 * them to the workers and write the YAML itself, ~4 s of a cold ingest at 10,000 articles.
 * Changed entries that have a previous version are left to the write stage, which reuses what it
 * can of them.
 */
function markdownInWorkers(articles: readonly ArticleEntry[], workers: number, minBodies: number, started: readonly Worker[], write: GeneratedWrite): Promise<Map<string, MadeEntry>> | undefined {
  const fresh = articles.filter((a) => !a.exists && a.body.recipe);
  if (workers <= 0 || fresh.length === 0 || fresh.length < minBodies) {
    for (const w of started) void w.terminate();
    return undefined;
  }
  // Entries and trees in folders new in this write (a first ingest) are written by the workers
  // into the staging folder: they have no previous version to compare with.
  const jobs = fresh.map((a) => ({
    key: a.body.key, page: a.schema === articlePageSchema, data: a.data(), record: a.json(), recipe: a.body.recipe!,
    entryPath: write.stagingPath(a.file), treePath: write.stagingPath(treeFileOf(a.file)),
  }));
  return entriesOnWorkers(jobs, workers, started).then((made) => new Map(fresh.map((a, i) => [a.file, made[i]!])));
}

/** The entity and events entries of the digest, by file: what the write stage would make of each. */
function jsonFiles(linked: LinkedStage): Map<string, KeyedFile> {
  const version = writeVersion();
  const out = new Map<string, KeyedFile>();
  for (const e of linked.digest.entities) out.set(`entities/${e.slug}.json`, jsonEntry(entitySchema, e, version));
  for (const e of linked.digest.events) out.set(`events/${e.slug}.json`, jsonEntry(eventsSchema, e, version));
  return out;
}

/** A JSON entry: its key with the write version (which stands for the schema and the format), made only when it has to be compared or written. */
function jsonEntry(schema: typeof entitySchema | typeof eventsSchema, entry: { key: string; data: () => object }, version: string): KeyedFile {
  return { key: keyOf(version, entry.key), make: () => jsonFile(schema.parse(entry.data())) };
}

/** A write of the content folder (the link stage has recovered an interrupted one already and listed the folder). */
function openWrite(options: IngestOptions, listing: readonly string[]): GeneratedWrite {
  return new GeneratedWrite(options.contentDir, { listing, manifest: options.cacheDir && join(options.cacheDir, WRITTEN_FILE), version: linkVersion() });
}

/**
 * Serialises the linked digest and writes the collections through `write` (which has staged the
 * entity and events entries already); `made` holds new article entries made on workers.
 */
function writeStage(linked: LinkedStage, stage: ArticleStage, options: IngestOptions, write: GeneratedWrite, made?: ReadonlyMap<string, MadeEntry>): IngestResult {
  const { results, readable, visible, cached, memory, digest } = linked;
  const version = writeVersion();
  // Bodies are reused only from a file the last write left, made by the same code (the write's
  // version): their keys leave the link code's version out (see link/index.ts). Without a
  // manifest nothing says so; a file written since by another run (`--no-cache`) is made again.
  const out = new Map<string, string | KeyedFile>();
  // Entries made in this write, for their tree files (staged after them: `body-trees/` sorts last).
  const texts = new Map<string, string>();
  for (const a of linked.articles) {
    const m = made?.get(a.file);
    const key = keyOf(version, a.key);
    if (m?.wroteEntry) {
      write.adopt(a.file, key);
      // Its tree, if the worker left it to this thread, is made from the text it sent back.
      if (m.text !== undefined) texts.set(a.file, m.text);
      else if (!m.wroteTree) throw new Error(`internal: no text for ${a.file}, written by a worker without its tree`);
    } else {
      out.set(a.file, {
        key,
        make: (previous, fromLastWrite) => {
          const text = (previous === undefined ? m?.text : undefined) ?? articleFile(a.schema.parse(a.data()), a.body, previous, fromLastWrite);
          texts.set(a.file, text);
          return text;
        },
      });
    }
    // The body's tree changes only with the body (its key); the file names the Markdown it was
    // written with, so a tree left from an entry edited since is remade.
    const treeKey = keyOf(version, a.body.key, BODY_TREES_DIR);
    if (m?.wroteTree) write.adopt(treeFileOf(a.file), treeKey);
    else {
      out.set(treeFileOf(a.file), {
        key: treeKey,
        make: (previous) => {
          const markdown = entryBody(texts.get(a.file) ?? readFileSync(join(options.contentDir, a.file), 'utf8')) ?? '';
          return treeFileMatches(previous, markdown) ? previous! : treeFileText(markdown, m?.tree ?? JSON.stringify(a.body.tree()));
        },
      });
    }
  }
  out.set(REDIRECTS_FILE, jsonFile({ redirects: digest.redirects }));
  const sortedMemory: SlugMemory = {
    articles: Object.fromEntries(Object.entries(memory.articles).sort(([a], [b]) => byString(a, b))),
    entities: Object.fromEntries(Object.entries(memory.entities).sort(([a], [b]) => byString(a, b))),
  };
  out.set(SLUGS_FILE, jsonFile(sortedMemory));
  write.stage(out);
  const written = write.commit(GENERATED_DIRS);
  stage.cache?.prune(new Set(results.map((r) => r.parts.hash)));
  stage.links?.prune(new Set(results.map((r) => partsKey(r.parts.hash, stage.link))));

  return {
    articles: digest.articles.length,
    skipped: results.length - readable.length,
    hidden: readable.length - visible.length,
    entities: digest.entities.length,
    events: digest.events.reduce((n, e) => n + e.count, 0),
    cached,
    write: written,
    report: digest.report,
  };
}
