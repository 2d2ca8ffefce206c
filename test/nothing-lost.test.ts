/**
 * Nothing is lost: the build never writes curated files, a killed write leaves the previous
 * content (and the next build completes with the latest edits), and removing a seed removes its
 * generated content and nothing else.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest, GENERATED_DIRS } from '../src/pipeline/ingest.ts';
import { Logger } from '../src/pipeline/logger.ts';
import { GENERATED_MARKER, GeneratedWrite, recover, writeGenerated } from '../src/pipeline/write.ts';
import { listFiles, ROOT, seedLines, snapshot } from './helpers/site.ts';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'digest-lost-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir` (relative path → contents, `base64` for an exact byte comparison), hidden files included. */

/** Modification times of every file under `dir`. */
function mtimes(dir: string): Record<string, number> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

const quiet = () => new Logger({ info: () => {}, warn: () => {} }, { quiet: true });
const SEED_LINES = seedLines();

/** A generated collection of `n` files whose contents say which version wrote them. */
function generation(version: string, n: number): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < n; i++) files.set(`articles/a${String(i).padStart(3, '0')}.md`, `---\n# ${GENERATED_MARKER}\nversion: ${version}\n---\n${SEED_LINES[i % SEED_LINES.length]}\n`);
  // Each version also has files the other lacks, so deletions are exercised.
  files.set(`events/only-${version}.json`, JSON.stringify({ _generated: GENERATED_MARKER, version }));
  return files;
}

/** The generated files of `root` as a map, for comparing with a generation. */
function generated(root: string): Map<string, string> {
  const snap = snapshot(root);
  return new Map(Object.entries(snap).filter(([f]) => GENERATED_DIRS.some((d) => f.startsWith(`${d}/`))).sort(([a], [b]) => (a < b ? -1 : 1)));
}
const sorted = (m: Map<string, string>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('curated files are never written', () => {
  it('a build leaves seeds/, curation.yaml and content/editorial/ byte-for-byte and mtime-for-mtime as they were', () => {
    const dir = temp();
    cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
    writeFileSync(join(dir, 'seeds/broken.md'), '---\ntitle: [unclosed\n---\n\n' + SEED_LINES[0] + '\n');
    cpSync(join(ROOT, 'content/editorial'), join(dir, 'content/editorial'), { recursive: true });
    const before = { seeds: snapshot(join(dir, 'seeds'), 'base64'), editorial: snapshot(join(dir, 'content/editorial'), 'base64'), seedTimes: mtimes(join(dir, 'seeds')), editorialTimes: mtimes(join(dir, 'content/editorial')) };
    for (let i = 0; i < 2; i++) ingest({ seedsDir: join(dir, 'seeds'), contentDir: join(dir, 'content'), cacheDir: join(dir, 'cache') }, quiet());
    expect(snapshot(join(dir, 'seeds'), 'base64')).toEqual(before.seeds);
    expect(snapshot(join(dir, 'content/editorial'), 'base64')).toEqual(before.editorial);
    expect(mtimes(join(dir, 'seeds'))).toEqual(before.seedTimes);
    expect(mtimes(join(dir, 'content/editorial'))).toEqual(before.editorialTimes);
    expect(existsSync(join(dir, 'content/articles'))).toBe(true);
  });
});

describe('the write journal', () => {
  it('a crash after the temp files but before the journal keeps the previous content', () => {
    const root = temp();
    writeGenerated(root, generation('old', 5), GENERATED_DIRS);
    // Simulate the interrupted write: temp files of the new version exist, no journal yet.
    for (const [rel, contents] of generation('new', 5)) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, `${rel}.digest-tmp`), contents);
    }
    expect(recover(root)).toBe('discarded');
    expect(generated(root)).toEqual(sorted(generation('old', 5)));
  });

  it('a crash after the journal but before (or during) the renames is completed by the next build', () => {
    const root = temp();
    writeGenerated(root, generation('old', 5), GENERATED_DIRS);
    const next = generation('new', 5);
    const renames: [string, string][] = [];
    for (const [rel, contents] of next) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, `${rel}.digest-tmp`), contents);
      renames.push([`${rel}.digest-tmp`, rel]);
    }
    writeFileSync(join(root, '.digest-journal.json'), JSON.stringify({ renames, deletes: ['events/only-old.json'] }));
    // Some renames already happened before the crash.
    const [from, to] = renames[0]!;
    writeFileSync(join(root, to), readFileSync(join(root, from)));
    rmSync(join(root, from));
    expect(recover(root)).toBe('completed');
    expect(generated(root)).toEqual(sorted(next));
    expect(existsSync(join(root, '.digest-journal.json'))).toBe(false);
  });

  it('folders new in a write are staged whole: a crash before the journal leaves none of them, one after it is completed', () => {
    const first = temp();
    expect(writeGenerated(first, generation('new', 5), GENERATED_DIRS)).toEqual({ written: 6, unchanged: 0, deleted: 0 });
    expect(generated(first)).toEqual(sorted(generation('new', 5)));
    expect(Object.keys(snapshot(first)).filter((f) => f.includes('.digest-'))).toEqual([]);
    // Killed while staging: the staged folders exist, no journal yet.
    const early = temp();
    for (const [rel, contents] of generation('new', 5)) {
      mkdirSync(join(early, '.digest-new', rel, '..'), { recursive: true });
      writeFileSync(join(early, '.digest-new', rel), contents);
    }
    expect(recover(early)).toBe('discarded');
    expect(snapshot(early)).toEqual({});
    // Killed after the journal and the first folder's rename.
    const late = temp();
    for (const [rel, contents] of generation('new', 5)) {
      mkdirSync(join(late, '.digest-new', rel, '..'), { recursive: true });
      writeFileSync(join(late, '.digest-new', rel), contents);
    }
    writeFileSync(join(late, '.digest-journal.json'), JSON.stringify({ renames: [['.digest-new/articles', 'articles'], ['.digest-new/events', 'events']], deletes: [] }));
    cpSync(join(late, '.digest-new/articles'), join(late, 'articles'), { recursive: true });
    rmSync(join(late, '.digest-new/articles'), { recursive: true });
    expect(recover(late)).toBe('completed');
    expect(generated(late)).toEqual(sorted(generation('new', 5)));
    expect(Object.keys(snapshot(late)).filter((f) => f.includes('.digest-'))).toEqual([]);
  });

  it('a new folder that appears before the commit (made by hand) is merged into, file by file, and the journal still applies', () => {
    const root = temp();
    const write = new GeneratedWrite(root);
    write.stage(generation('new', 3));
    mkdirSync(join(root, 'articles'));
    writeFileSync(join(root, 'articles/a000.md'), 'an older copy\n');
    writeFileSync(join(root, 'articles/notes.txt'), 'not generated\n');
    write.commit(GENERATED_DIRS);
    expect(generated(root)).toEqual(sorted(new Map([...generation('new', 3), ['articles/notes.txt', 'not generated\n']])));
    expect(Object.keys(snapshot(root)).filter((f) => f.includes('.digest-'))).toEqual([]);
  });

  it('SIGKILL at random moments: after recovery the content is always one whole generation, and the next build has the latest', async () => {
    const root = temp();
    const N = 8;
    const child = `
      import { writeGenerated } from ${JSON.stringify(join(ROOT, 'src/pipeline/write.ts'))};
      const [root, n] = [process.argv[1], Number(process.argv[2])];
      const gen = (v) => { const m = new Map(); for (let i = 0; i < n; i++) m.set('articles/a' + String(i).padStart(3, '0') + '.md', ${JSON.stringify(`---\n# ${GENERATED_MARKER}\nversion: `)} + v + '\\n---\\n' + 'x'.repeat(2000) + '\\n'); m.set('events/only-' + v + '.json', JSON.stringify({ _generated: ${JSON.stringify(GENERATED_MARKER)}, version: v })); return m; };
      process.stdout.write('ready\\n');
      for (let k = 0; ; k++) writeGenerated(root, gen(k % 2 ? 'b' : 'a'), ['articles', 'events']);
    `;
    const n = 60;
    let checked = 0;
    for (let attempt = 0; attempt < N; attempt++) {
      await new Promise<void>((done, fail) => {
        const proc = spawn(join(ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', child, root, String(n)], { stdio: ['ignore', 'pipe', 'inherit'] });
        proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), 5 + Math.floor(Math.random() * 150)));
        proc.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`child exited without being killed (${signal})`))));
      });
      recover(root);
      const state = generated(root);
      const versions = new Set([...state.values()].map((c) => /version"?: ?"?(\w)/u.exec(c)![1]));
      // Before the first completed write there may be nothing; otherwise exactly one whole generation.
      if (state.size) {
        expect(versions.size).toBe(1);
        expect(state.size).toBe(n + 1);
        checked++;
      }
      expect(Object.keys(snapshot(root)).filter((f) => f.includes('.digest-'))).toEqual([]);
    }
    // At least one kill must have found written content, or the loop checked nothing.
    expect(checked).toBeGreaterThan(0);
    // The next build completes with the latest edits.
    writeGenerated(root, generation('latest', 3), GENERATED_DIRS);
    expect(generated(root)).toEqual(sorted(generation('latest', 3)));
  });
});

describe('removing a seed', () => {
  it('removes its generated content and nothing else', () => {
    const dir = temp();
    const seeds = join(dir, 'seeds');
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
    writeFileSync(join(seeds, 'second.md'), `---\ntitle: Syria joins coalition\ndate: 2025-11-10\n---\n\n${SEED_LINES.slice(2, 4).join('\n\n')}\n`);
    cpSync(join(ROOT, 'content/editorial'), join(content, 'editorial'), { recursive: true });
    // A hand-written file in a generated folder, without the marker: never deleted.
    mkdirSync(join(content, 'articles'), { recursive: true });
    writeFileSync(join(content, 'articles/handwritten-note.txt'), 'kept\n');
    ingest({ seedsDir: seeds, contentDir: content }, quiet());
    const before = snapshot(content);
    const secondSlug = Object.entries(JSON.parse(before['slugs.json']!).articles as Record<string, { seed: string }>).find(([, v]) => v.seed === 'second.md')![0];
    const firstSlug = Object.entries(JSON.parse(before['slugs.json']!).articles as Record<string, { seed: string }>).find(([, v]) => v.seed !== 'second.md')![0];
    expect(before[`articles/${secondSlug}.md`]).toBeDefined();

    rmSync(join(seeds, 'second.md'));
    ingest({ seedsDir: seeds, contentDir: content }, quiet());
    const after = snapshot(content);
    expect(after[`articles/${secondSlug}.md`]).toBeUndefined();
    expect(after[`events/${secondSlug}.json`]).toBeUndefined();
    // The other article, the editorial pages and the hand-written file are byte-for-byte the same.
    expect(after[`articles/${firstSlug}.md`]).toBe(before[`articles/${firstSlug}.md`]);
    expect(after[`events/${firstSlug}.json`]).toBe(before[`events/${firstSlug}.json`]);
    for (const f of Object.keys(before).filter((f) => f.startsWith('editorial/') || f === 'articles/handwritten-note.txt')) expect(after[f]).toBe(before[f]);
    // Every removed file belonged to the removed seed: its article, its events, or an entity only it mentioned.
    const removed = Object.keys(before).filter((f) => !(f in after));
    for (const f of removed) expect(f.startsWith('entities/') || f.includes(secondSlug!), f).toBe(true);
    for (const f of removed.filter((f) => f.startsWith('entities/'))) expect(before[f]).not.toContain(`"${firstSlug}"`);
    expect(snapshot(seeds, 'base64')['000_7f75fb188196c575.txt']).toBe(readFileSync(join(ROOT, 'seeds/000_7f75fb188196c575.txt'), 'base64'));
  });
});
