/** Small file fixtures for unit tests: a temporary folder and files written into it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** A new empty folder under the system's temp folder (`prefix` names it). */
export const tempFolder = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/** A new empty temp folder for the `describe` block (or file) that calls this, removed after its tests. */
export function suiteFolder(prefix: string): string {
  const dir = tempFolder(prefix);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `text` to `path` under `root`, making its folders. */
export function writeIn(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
