/**
 * Finding seed files: every `.txt`/`.md` file under `seeds/` (sub-folders too), in a stable
 * order. Hidden files, editor backups and the curation file are not articles.
 */
import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Warning } from './logger.ts';
import { SEED_FORMATS } from './parse/index.ts';
import { CURATION_FILE } from './curation.ts';

/** Names that are never articles: hidden files, editor backups and swap files, OS clutter. */
const IGNORED = [/^\./u, /~$/u, /^#.*#$/u, /\.(?:bak|swp|swo|tmp|orig)$/iu, /^Thumbs\.db$/iu, /^desktop\.ini$/iu];
/** Files that may sit beside the articles without a warning. */
const COMPANIONS = new Set([CURATION_FILE, 'README.md', 'README.txt', 'README']);

/** Lists seed files relative to `dir` (with `/` separators), sorted, and warns about others. */
export function listSeeds(dir: string, displayDir = 'seeds'): { files: string[]; warnings: Warning[] } {
  const files: string[] = [];
  const warnings: Warning[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (IGNORED.some((re) => re.test(entry.name))) continue;
      const path = join(d, entry.name);
      const rel = relative(dir, path).split('\\').join('/');
      if (entry.isDirectory()) walk(path);
      else if (!entry.isFile() || (d === dir && COMPANIONS.has(entry.name))) continue;
      else if (SEED_FORMATS[extname(entry.name).toLowerCase()]) files.push(rel);
      else warnings.push({ file: `${displayDir}/${rel}`, message: `not an article (expected ${Object.keys(SEED_FORMATS).join(', ')}): ignored` });
    }
  };
  walk(dir);
  files.sort();
  return { files, warnings };
}
