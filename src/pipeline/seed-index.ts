/**
 * The seeds' cache keys from the last ingest, with each seed's stat signature: a seed whose size,
 * modification time and curation rule are unchanged is not read and hashed again. At 10,000
 * articles a warm ingest otherwise read ~25 MB of seeds only to find the same hashes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSignature } from '../lib/files.ts';
import type { ArticleCuration } from '../schemas/curation.ts';
import { articleHash } from './article.ts';
import { writeAtomic } from './write.ts';

/** The index file: the extractor version its hashes were made with, and per seed its signature, rule and hash. */
interface Stored {
  version: string;
  seeds: Record<string, [sig: string, rule: string, hash: string]>;
}

/** Seed hashes, remembered between ingests in a cache file (or not at all without one). */
export class SeedIndex {
  private readonly path: string | undefined;
  private readonly version: string;
  private readonly last: Stored['seeds'];
  private readonly next: Stored['seeds'] = {};

  /** Reads the index at `path` (none: every seed is hashed); hashes of another extractor version are ignored. */
  constructor(path: string | undefined, version: string) {
    this.path = path;
    this.version = version;
    let stored: Stored | undefined;
    try {
      stored = path ? (JSON.parse(readFileSync(path, 'utf8')) as Stored) : undefined;
    } catch {
      stored = undefined;
    }
    this.last = stored?.version === version ? stored.seeds : {};
  }

  /** The cache key of a seed (see `articleHash`), from the index when the seed is unchanged. */
  hash(seedsDir: string, file: string, rule: ArticleCuration | undefined): string {
    const path = join(seedsDir, file);
    // Signed before reading: a seed changed in between is read again next time.
    const sig = fileSignature(path) ?? '';
    const ruleJson = JSON.stringify(rule ?? {});
    const known = this.last[file];
    const entry: Stored['seeds'][string] = known && known[0] === sig && known[1] === ruleJson ? known : [sig, ruleJson, articleHash({ file, bytes: readFileSync(path), rule }, this.version)];
    this.next[file] = entry;
    return entry[2];
  }

  /** Writes the hashes asked for since the index was read (seeds gone since are dropped). */
  save(): void {
    if (this.path) writeAtomic(this.path, JSON.stringify({ version: this.version, seeds: this.next } satisfies Stored));
  }
}
