/**
 * The per-article cache: results of read → time keyed by content hash, one JSON file each in
 * `.cache/digest/articles/`. The extractor version is a hash of the per-article stages' source
 * (every module `article.ts` imports, followed through the project) and of the model files, so
 * any change to them invalidates the cache by itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { listFiles } from '../lib/files.ts';
import { fileURLToPath } from 'node:url';
import { once } from '../lib/lazy.ts';
import { keyOf, writeAtomic } from './write.ts';
import type { ArticleRecord, SkippedArticle } from './article.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Folders whose data files (trained models, lists) the recognisers read at run time. */
const DATA_DIRS = ['entities/model'];

/** The project's own modules that `entry` imports, directly or not (relative imports only). */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+\.ts)'/gu)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

/** A hash of the given files' paths (relative to this folder) and contents. */
function filesHash(files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files.sort()) hash.update(relative(here, f)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

/** A hash of every source module and data file the per-article stages depend on. */
export const extractorVersion = once((): string => {
  const data = DATA_DIRS.flatMap((dir) => listFiles(join(here, dir)).map((f) => join(here, dir, f)));
  return filesHash([...importClosure(join(here, 'article.ts')), ...data]);
});

/**
 * A hash of every source module the link stage and the body serialisation depend on (following
 * type imports too, so it covers the extractor's modules as well): part of the key of the cached
 * link parts and of every article and JSON entry, so a change to that code makes them anew by
 * itself (as the extractor version does for the records). Body keys leave it out (see
 * `link/index.ts`).
 */
export const linkVersion = once((): string => filesHash([...new Set([...importClosure(join(here, 'link/index.ts')), ...importClosure(join(here, 'serialize.ts'))])]));

/**
 * A hash of every source module the ingest depends on (formats, schemas, stages): part of the
 * write stage's keys, so a code change compares every generated file again (reading, not
 * rewriting, what is unchanged).
 */
export const writeVersion = once((): string => filesHash(importClosure(join(here, 'ingest.ts'))));

/** The key of an article's cached link parts: its record's hash and the link version. */
export function partsKey(recordHash: string, link: string): string {
  return keyOf(recordHash, link);
}

/** A folder of cached per-article results, one JSON file per hash: the records (`articles/`) or their link parts (`links/`). */
export class ArticleCache<T = ArticleRecord | SkippedArticle> {
  private readonly dir: string;

  constructor(dir: string, folder: 'articles' | 'links' = 'articles') {
    this.dir = join(dir, folder);
  }

  private path(hash: string): string {
    return join(this.dir, hash.slice(0, 2), `${hash}.json`);
  }

  /** The cached result for a hash, if present and readable. */
  get(hash: string): T | undefined {
    const json = this.getJson(hash);
    try {
      return json === undefined ? undefined : (JSON.parse(json) as T);
    } catch {
      return undefined;
    }
  }

  /** The cached result for a hash as its JSON text, if present. */
  getJson(hash: string): string | undefined {
    try {
      return readFileSync(this.path(hash), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Stores a result under its hash. */
  set(hash: string, result: T): void {
    writeAtomic(this.path(hash), JSON.stringify(result));
  }

  /** Stores a result already serialised with `JSON.stringify` (as worker threads return it). */
  setJson(hash: string, json: string): void {
    writeAtomic(this.path(hash), json);
  }

  /** Removes cache entries not in `keep` (called after a full ingest). */
  prune(keep: ReadonlySet<string>): void {
    for (const f of listFiles(this.dir)) {
      if (f.endsWith('.json') && !keep.has(basename(f, '.json'))) rmSync(join(this.dir, f), { force: true });
    }
  }
}
