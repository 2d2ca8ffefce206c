/**
 * Listing a folder tree: the write stage, the output cleanup, the service worker's manifest, the
 * benchmark and the tests all walk folders the same way.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The path of `path` relative to `dir`, `/`-separated on every system (as the output and content folders name files). */
export function relativePath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

/** Every file under `dir` (hidden ones too), as `/`-separated paths relative to it, sorted; none when `dir` is absent. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relativePath(dir, join(d.parentPath, d.name)))
    .sort();
}
