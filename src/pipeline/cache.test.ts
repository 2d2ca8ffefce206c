import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractorVersion, importClosure } from './cache.ts';

describe('extractorVersion', () => {
  it('covers every module the per-article stages import, not only their own folders', () => {
    const files = importClosure(join(import.meta.dirname, 'article.ts')).map((f) => relative(import.meta.dirname, f));
    for (const f of ['article.ts', 'read.ts', 'dates.ts', 'yaml-issues.ts', 'parse/meta.ts', 'entities/recognize.ts', 'time/recognize.ts', '../schemas/front-matter.ts']) expect(files).toContain(f);
    expect(files).not.toContain('link/index.ts');
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/u);
  });
});
