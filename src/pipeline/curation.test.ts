import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCuration } from './curation.ts';

function load(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'curation-'));
  try {
    writeFileSync(join(dir, 'curation.yaml'), yaml);
    return loadCuration(join(dir, 'curation.yaml'), 'seeds/curation.yaml');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('loadCuration', () => {
  it('reads article and entity rules', () => {
    const c = load('articles:\n  a.txt:\n    date: 2025-11-10\nentities:\n  Ahmad al-Sharaa:\n    rename: Ahmed al-Sharaa\n    links: [https://www.wikidata.org/wiki/Q1]\n');
    expect(c.warnings).toEqual([]);
    expect(c.curation.articles?.['a.txt']?.date).toBe('2025-11-10');
    expect(c.curation.entities?.['Ahmad al-Sharaa']?.rename).toBe('Ahmed al-Sharaa');
    expect(c.entityLines.get('Ahmad al-Sharaa')).toBe(5);
  });

  it('reports a bad field with its line and keeps the other rules', () => {
    const c = load('articles:\n  a.txt:\n    date: 2025-02-30\n  b.txt:\n    hide: maybe\n  c.txt:\n    title: Fine\nentities:\n  X:\n    type: animal\n');
    expect(c.warnings.map((w) => [w.line, w.message.split(':')[0]])).toEqual([
      [5, 'curation rule `articles.b.txt.hide`'],
      [10, 'curation rule `entities.X.type`'],
      [3, '`2025-02-30` is not a real calendar day (YYYY-MM-DD)'],
    ]);
    expect(c.curation.articles?.['c.txt']?.title).toBe('Fine');
    expect(c.curation.articles?.['a.txt']).toEqual({});
  });

  it('reports unknown keys and sections, and YAML syntax errors, with lines', () => {
    expect(load('articles:\n  a.txt:\n    dat: 2025-01-01\n').warnings[0]).toMatchObject({ file: 'seeds/curation.yaml', line: 2 });
    expect(load('people: {}\n').warnings[0]).toMatchObject({ line: 1, message: expect.stringContaining('unknown section') });
    const broken = load('articles:\n  a.txt:\n    date: [2025\n');
    expect(broken.warnings[0]!.line).toBeGreaterThanOrEqual(3);
    expect(broken.curation).toEqual({});
  });

  it('treats a missing file as no curation', () => {
    expect(loadCuration('/nonexistent/curation.yaml').curation).toEqual({});
  });
});
