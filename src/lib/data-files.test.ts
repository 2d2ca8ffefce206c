import { mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { beginBuild, currentBuild, finishBuild } from './build-state.ts';
import { scheduleDataFiles, type DataFile } from './data-files.ts';
import { listFiles } from './files.ts';

const work = mkdtempSync(join(tmpdir(), 'digest-data-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dist = join(work, 'dist');
const manifests = join(work, 'manifests');

/** One build of the route `feeds` with these files (contents: their key, and how often each was made). */
async function build(keys: Record<string, string>, code = 'v1'): Promise<{ made: string[]; outputs: string[]; log: string[] }> {
  const made: string[] = [];
  const log: string[] = [];
  beginBuild(dist, code);
  const files: DataFile[] = Object.entries(keys).map(([slug, key]) => ({ url: `/entities/${slug}/rss.xml`, key, contents: () => (made.push(slug), `<rss>${slug} ${key}</rss>`) }));
  expect(scheduleDataFiles('feeds', 'https://example.org/', files, manifests)).toBe(true);
  const outputs = [...currentBuild()!.outputs].sort();
  await finishBuild({ dist, logger: { info: (m) => log.push(m) } });
  return { made: made.sort(), outputs, log };
}

describe('data files', () => {
  it('writes every file of a first build into the output, and lists them as its output', async () => {
    const first = await build({ a: 'k1', b: 'k2', c: 'k3' });
    expect(first.made).toEqual(['a', 'b', 'c']);
    expect(first.outputs).toEqual(['entities/a/rss.xml', 'entities/b/rss.xml', 'entities/c/rss.xml']);
    expect(listFiles(dist)).toEqual(first.outputs);
    expect(readFileSync(join(dist, 'entities/b/rss.xml'), 'utf8')).toBe('<rss>b k2</rss>');
    expect(first.log).toEqual(['feeds: 3 files (3 written, 0 unchanged)']);
  });

  it('makes again only the files whose key changed, or that are missing from the output', async () => {
    unlinkSync(join(dist, 'entities/c/rss.xml'));
    const next = await build({ a: 'k1', b: 'k2-changed', c: 'k3', d: 'k4' });
    expect(next.made).toEqual(['b', 'c', 'd']);
    expect(readFileSync(join(dist, 'entities/b/rss.xml'), 'utf8')).toBe('<rss>b k2-changed</rss>');
    expect(readFileSync(join(dist, 'entities/c/rss.xml'), 'utf8')).toBe('<rss>c k3</rss>');
    // A file no longer listed is not this build's output (the stale-output integration removes it).
    const fewer = await build({ a: 'k1', b: 'k2-changed' });
    expect(fewer.made).toEqual([]);
    expect(fewer.outputs).toEqual(['entities/a/rss.xml', 'entities/b/rss.xml']);
  });

  it('makes every file again when the project code changed', async () => {
    expect((await build({ a: 'k1', b: 'k2-changed' }, 'v2')).made).toEqual(['a', 'b']);
    expect((await build({ a: 'k1', b: 'k2-changed' }, 'v2')).made).toEqual([]);
  });

  it('takes the files it is about to write out of the manifest first (a build stopped halfway leaves them unnamed)', async () => {
    await build({ a: 'k1', b: 'k2' }, 'v3');
    beginBuild(dist, 'v3');
    scheduleDataFiles('feeds', 'https://example.org/', [
      { url: '/entities/a/rss.xml', key: 'k1-new', contents: () => 'new a' },
      { url: '/entities/b/rss.xml', key: 'k2', contents: () => 'b' },
    ], manifests);
    // As a build stopped now would leave it: b still named by its key, a by none.
    const manifest = JSON.parse(readFileSync(join(manifests, 'feeds.json'), 'utf8')) as { files: Record<string, string> };
    expect(manifest.files).toEqual({ 'entities/b/rss.xml': 'k2' });
    await finishBuild({ dist, logger: { info: () => {} } });
    // A later build with the old inputs makes a again.
    expect((await build({ a: 'k1', b: 'k2' }, 'v3')).made).toEqual(['a']);
  });

  it('does nothing outside a build (the route serves its files itself)', () => {
    expect(scheduleDataFiles('feeds', 'https://example.org/', [{ url: '/entities/a/rss.xml', key: 'k', contents: () => 'x' }], manifests)).toBe(false);
  });
});
