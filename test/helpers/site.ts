/**
 * Builds a site from a seeds folder into a temporary directory: the real pipeline, then the real
 * `astro build` in a child process, with content and caches kept apart from the project's own.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { listFiles } from '../../src/lib/files.ts';
import { ingest, type IngestResult } from '../../src/pipeline/ingest.ts';
import { Logger } from '../../src/pipeline/logger.ts';
import { keptFiles } from '../../scripts/lib/build-log.ts';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A built fixture site. */
/** The paths a build rendered (not kept), from its log lines ("├─ /about/index.html (+18ms)"; the last of a group has "└─"). */
export const renderedPages = (log: string): string[] => [...log.matchAll(/[├└]─ (\S+) \(\+\d/gu)].map((m) => m[1]!);

/** How many files a build kept from the previous one (pages, feeds and exports): `keptFiles`. */
export const keptPages = keptFiles;

export interface BuiltSite {
  dir: string;
  seeds: string;
  content: string;
  dist: string;
  ingest: IngestResult;
  warnings: string[];
  /** What `astro build` printed (one line per page, "(restored)" where the incremental build copied it). */
  log: string;
}

/** Creates a temp folder with `seeds/` filled by `fill`. */
export function makeSeeds(fill: (seedsDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  fill(seeds);
  return dir;
}

/** The non-blank lines of the project's seed article: material for fixtures derived from it. */
export function seedLines(): string[] {
  return readFileSync(join(ROOT, 'seeds/000_7f75fb188196c575.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
}

/** Every file under `dir`, as paths relative to it, sorted (the project's own lister). */
export { listFiles };

/** Every file under `dir` with its content (`base64` for bytes), keyed by relative path: for comparing two folders. */
export function snapshot(dir: string, encoding: BufferEncoding = 'utf8'): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), encoding)]));
}

/** Copies the project's own seeds (article and curation file) into a seeds folder. */
export function copyProjectSeeds(seedsDir: string): void {
  cpSync(join(ROOT, 'seeds'), seedsDir, { recursive: true });
}

/**
 * Runs `fn` while holding a lock shared by all test processes: Astro keeps build state in the
 * project's `.astro/` folder, so two builds at once (vitest runs files in parallel) collide.
 */
export function withBuildLock<T>(fn: () => T): T {
  const lock = join(ROOT, 'node_modules', '.digest-build.lock');
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 10 minutes belongs to a killed run.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs ingest then `astro build` for the seeds in `dir/seeds`; `env` adds e.g. `BASE_PATH`. */
export function buildSite(dir: string, env: Record<string, string> = {}): BuiltSite {
  const seeds = join(dir, 'seeds');
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  const warnings: string[] = [];
  const result = ingest({ seedsDir: seeds, contentDir: content, cacheDir: join(dir, 'cache') }, new Logger({ info: () => {}, warn: (l) => warnings.push(l) }));
  const astro = withBuildLock(() => spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: ROOT,
    // BASE_URL is dropped: vitest sets it to '/', and Vite would let it override the base path.
    env: { ...process.env, BASE_URL: undefined, ASTRO_TELEMETRY_DISABLED: '1', DIGEST_CONTENT_DIR: content, DIGEST_ASTRO_CACHE: join(dir, 'astro-cache'), DIGEST_OG_CACHE: join(dir, 'og-cache'), DIGEST_CACHE_DIR: join(dir, 'digest-cache'), ...env },
    encoding: 'utf8',
  }));
  if (astro.status !== 0) throw new Error(`astro build failed:\n${astro.stdout}\n${astro.stderr}`);
  // Without colour codes: Astro colours its log when it thinks it is in CI (`CI=true`).
  return { dir, seeds, content, dist, ingest: result, warnings, log: stripVTControlCharacters(astro.stdout) };
}
