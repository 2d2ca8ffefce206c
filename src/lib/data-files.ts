/**
 * Small files that a build writes itself instead of rendering them as Astro routes one at a time:
 * every entity's RSS feed and TimelineJS export (~17,500 files at 10,000 articles). Making one
 * costs ~0.2–0.5 ms; Astro's per-route work around it (render call, log line, folder, the file
 * written twice for its incremental cache) cost ~1.5 ms more, ~20 s of a cold build's main
 * thread. The route lists its files with a key each (what the contents depend on, e.g. the
 * entity's page key) during the build and returns no pages; the files whose key or code changed
 * since the last build are made and written in the background while Astro renders the pages, the
 * others are left as they are. `astro dev` still serves each file from its route.
 *
 * The last build's keys are kept in a manifest in the digest's cache folder, with the version of
 * what else the files depend on: the project's code (`projectCodeVersion`: any change remakes
 * them all, once) and the site's address. (The route's own bundled module was no version: its
 * bytes change with the content, whose data chunk it imports by a content-hashed name.)
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contentPaths } from '../config.ts';
import { currentBuild } from './build-state.ts';
import { urls } from './urls.ts';

/** One file a route hands to the build. */
export interface DataFile {
  /** Its URL (from `urls`), e.g. `/entities/x/rss.xml`. */
  url: string;
  /** What its contents depend on besides the route's code and the site's address: equal keys, equal bytes. */
  key: string;
  /** Makes the contents (called only when the file must be written). */
  contents: () => Promise<string> | string;
}

/** The last build's files of one route: its code version and each file's key, by output path. */
interface Manifest {
  version: string;
  files: Record<string, string>;
}

/** Files made at once between two yields to the pages rendering on the same thread. */
const CHUNK = 16;

/** The manifests' folder: `data-files/` in the digest's cache folder. */
export function manifestDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(join(contentPaths(env).digestCacheDir, 'data-files'));
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Replaces a manifest file (write, then rename). */
function writeManifest(file: string, manifest: Manifest): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
  renameSync(`${file}.tmp`, file);
}

/** Which of `files` must be written into `dist`: those whose key or code version changed, or that are missing. */
function filesToWrite<F extends { path: string; key: string }>(files: readonly F[], last: Manifest | undefined, version: string, dist: string): F[] {
  const same = last?.version === version ? last.files : {};
  return files.filter((f) => same[f.path] !== f.key || !existsSync(join(dist, f.path)));
}

/**
 * Hands the files of the route `route` (a name for its manifest) to the build: they are made and
 * written while Astro renders, and awaited when the build is done. `origin`: the site's address
 * (feeds hold absolute links; the base path, which the Astro config takes from the environment,
 * is added here). False outside a build (the route then serves them itself).
 */
export function scheduleDataFiles(route: string, origin: string, files: readonly DataFile[], dir = manifestDir()): boolean {
  const build = currentBuild();
  const dist = build?.dist;
  if (!build || !dist || !build.codeVersion) return false;
  const version = `${build.codeVersion} ${urls.absolute(urls.base, origin)}`;
  const listed = files.map((f) => ({ ...f, path: urls.pageFile(f.url) }));
  for (const f of listed) build.outputs.add(f.path);
  const manifestFile = join(dir, `${route}.json`);
  const last = readManifest(manifestFile);
  const todo = filesToWrite(listed, last, version, dist);
  // The files about to be written leave the manifest first: a build stopped halfway leaves none
  // of them under its old key, which a later build with the old inputs would take as current.
  if (last && todo.length > 0) {
    const files = { ...last.files };
    for (const f of todo) delete files[f.path];
    writeManifest(manifestFile, { version: last.version, files });
  }
  const written = (async () => {
    // Each folder made once (an entity's feed and export share one). Written synchronously, a
    // chunk at a time: half the CPU time of fs/promises' writeFile for files this small.
    const folders = new Set<string>();
    for (let i = 0; i < todo.length; i += CHUNK) {
      const chunk = todo.slice(i, i + CHUNK);
      const texts = await Promise.all(chunk.map((f) => f.contents()));
      chunk.forEach((f, k) => {
        const target = join(dist, f.path);
        const folder = dirname(target);
        if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
        folders.add(folder);
        writeFileSync(target, texts[k]!);
      });
      // The pages rendering on this thread go on between chunks.
      await new Promise((next) => setImmediate(next));
    }
  })();
  // A failure is reported when the build is done (awaited there), not as unhandled before that.
  written.catch(() => {});
  build.finishers.push(async ({ logger }) => {
    await written;
    writeManifest(manifestFile, { version, files: Object.fromEntries(listed.map((f) => [f.path, f.key])) });
    logger.info(`${route}: ${listed.length} files (${todo.length} written, ${listed.length - todo.length} unchanged)`);
  });
  return true;
}
