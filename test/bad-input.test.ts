/**
 * The bad-input catalogue: one folder per case under `test/fixtures/bad-input/<case>/`, each with
 * an `input/` seeds folder and an `expected.json` (the articles built and the warnings, with file
 * and line). One loop runs every case through the real ingest. Inputs that cannot be committed
 * sanely (binary, non-UTF-8, BOM, CRLF, 20 MB) are generated here from the project's seed article.
 *
 * `UPDATE=1 npx vitest run test/bad-input.test.ts` rewrites the expectations; review the diff.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/pipeline/ingest.ts';
import { Logger } from '../src/pipeline/logger.ts';
import { ROOT, seedLines } from './helpers/site.ts';

const FIXTURES = join(ROOT, 'test/fixtures/bad-input');
const UPDATE = process.env.UPDATE === '1';
/** The seed article's non-blank lines: every generated input is made of them. */
const SEED_LINES = seedLines();

/** Windows-1252 bytes of a text made of ASCII and the typographic quotes the seed uses. */
function windows1252(text: string): Buffer {
  const map: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '£': 0xa3 };
  return Buffer.from([...text].map((ch) => map[ch] ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x3f)));
}

/** Repeats the seed's lines, joined by `sep`, until the result has at least `bytes` bytes. */
function repeatSeed(bytes: number, sep: string): string {
  const block = SEED_LINES.join(sep) + sep;
  return block.repeat(Math.ceil(bytes / Buffer.byteLength(block)));
}

/** Inputs written into a case's seeds folder by the test, by case name. */
const GENERATED: Record<string, Record<string, Uint8Array | string>> = {
  'binary-file': {
    // A PNG signature and header: NUL bytes, not text.
    'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]),
    'photo.md': Buffer.concat([Buffer.from('# Syria\n\n'), Buffer.alloc(64, 0)]),
  },
  'not-utf8': {
    // Saved by an old editor: the seed's curly quotes (and a pound sign) as Windows-1252 bytes.
    'windows-1252.txt': windows1252(SEED_LINES.slice(3, 6).join('\n') + '\nPrice: £\n'),
  },
  'utf8-bom': {
    'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED_LINES.slice(0, 3).join('\n') + '\n')]),
    'utf-16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_LINES.slice(5, 7).join('\r\n') + '\r\n', 'utf16le')]),
    'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`---\ntitle: Syria joins coalition\ndate: 2025-11-10\n---\n\n${SEED_LINES.slice(3, 5).join('\n\n')}\n`)]),
  },
  'crlf-line-endings': {
    'crlf.txt': `Trump welcomes Syrian President\r\n\r\n${SEED_LINES.slice(0, 3).join('\r\n')}\r\n`,
    'crlf.md': `---\r\ntitle: Syria joins coalition\r\ndate: 2025-11-10\r\n---\r\n\r\n${SEED_LINES.slice(3, 5).join('\r\n\r\n')}\r\n`,
  },
  'huge-file': { 'huge.txt': repeatSeed(20 * 1024 * 1024, '\n') },
  'long-line': { 'long-line.txt': repeatSeed(1024 * 1024, ' ').trimEnd() },
  'hidden-and-backup-files': { '.DS_Store': Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]) },
};

/** What a case produced: the articles built and the warnings logged. */
interface Outcome {
  articles: { seed: string; slug: string; title: string; titleFrom: string; date?: string; paragraphs: number }[];
  warnings: string[];
}

/** Runs ingest on a case's seeds (committed plus generated) and collects the outcome. */
function runCase(name: string): { outcome: Outcome; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), `digest-bad-${name}-`));
  const seeds = join(dir, 'seeds');
  cpSync(join(FIXTURES, name, 'input'), seeds, { recursive: true });
  for (const [file, contents] of Object.entries(GENERATED[name] ?? {})) writeFileSync(join(seeds, file), contents);
  const warnings: string[] = [];
  ingest({ seedsDir: seeds, contentDir: join(dir, 'content') }, new Logger({ info: () => {}, warn: (l) => warnings.push(l) }, { quiet: true }));
  const memory = JSON.parse(readFileSync(join(dir, 'content/slugs.json'), 'utf8')) as { articles: Record<string, { seed: string }> };
  const articles = Object.keys(memory.articles)
    .filter((slug) => existsSync(join(dir, 'content/articles', `${slug}.md`)))
    .map((slug) => {
      const text = readFileSync(join(dir, 'content/articles', `${slug}.md`), 'utf8');
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text)!;
      const data = parseYaml(front!) as { seed: string; title: string; titleFrom: string; date?: string };
      return { seed: data.seed, slug, title: data.title, titleFrom: data.titleFrom, ...(data.date ? { date: data.date } : {}), paragraphs: body!.trim().split(/\n\n+/u).length };
    })
    .sort((a, b) => (a.seed < b.seed ? -1 : 1));
  return { outcome: { articles, warnings: warnings.map((w) => w.replace(/^warning: /u, '')) }, dir };
}

const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('bad input', () => {
  it.each(cases)('%s', (name) => {
    const { outcome, dir } = runCase(name);
    try {
      // Invariants of every case: slugs are never empty and URL-safe, every warning names a seed file.
      for (const a of outcome.articles) expect(a.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      for (const w of outcome.warnings) expect(w).toMatch(/^seeds\/[^:]+(?::\d+)?: \S/u);
      const expectedPath = join(FIXTURES, name, 'expected.json');
      if (UPDATE) writeFileSync(expectedPath, JSON.stringify(outcome, null, 2) + '\n');
      // A case without its expectation fails: writing one here would compare the output with itself.
      expect(existsSync(expectedPath), `${name}/expected.json is missing: run with UPDATE=1 and review it`).toBe(true);
      expect(outcome).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('digest ingest exit code', () => {
  const run = (name: string, ...flags: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-cli-'));
    try {
      const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'bin/digest.mjs'), 'ingest', '--seeds', join(FIXTURES, name, 'input'), '--content', join(dir, 'content'), '--no-cache', ...flags], { encoding: 'utf8' });
      return { status: r.status, stderr: r.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('is 0 with warnings by default and 1 with --strict', () => {
    const lenient = run('empty-file');
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('warning: seeds/empty.txt: empty file: skipped');
    const strict = run('empty-file', '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('empty file');
  });

  it('is 0 with --strict when there is nothing to warn about', () => {
    expect(run('duplicate-titles', '--strict').status).toBe(0);
  });
});
