/** Small file fixtures for unit tests: a temporary folder and files written into it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new empty folder under the system's temp folder (`prefix` names it). */
export const tempFolder = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/** Writes `text` to `path` under `root`, making its folders. */
export function writeIn(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
