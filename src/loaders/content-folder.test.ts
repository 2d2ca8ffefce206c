import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { contentFolder } from './content-folder.ts';

/** A loader context over an in-memory store that counts what the loader parses and renders. */
function fakeContext(root: string, store = new Map<string, Record<string, unknown>>()) {
  const calls = { parsed: [] as string[], rendered: 0 };
  const context = {
    collection: 'entities',
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Record<string, unknown> & { id: string }) => store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
    },
    generateDigest: (text: string) => String(text.length) + text.slice(0, 40),
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      calls.parsed.push(id);
      return data;
    },
    renderMarkdown: async () => {
      calls.rendered++;
      return { html: '<p>x</p>', metadata: { imagePaths: [] } };
    },
    logger: { error: () => {} },
  } as unknown as LoaderContext;
  return { context, store, calls };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-folder-'));
  dirs.push(root);
  mkdirSync(join(root, 'entities'));
  return root;
}

describe('contentFolder', () => {
  it('parses new and changed files only, and drops entries whose file is gone', async () => {
    const root = folder();
    writeFileSync(join(root, 'entities/a.json'), '{"name":"A"}');
    writeFileSync(join(root, 'entities/b.json'), '{"name":"B"}');
    const loader = contentFolder({ base: 'entities', extension: '.json' });
    const first = fakeContext(root);
    await loader.load(first.context);
    expect(first.calls.parsed.sort()).toEqual(['a', 'b']);
    expect(first.store.get('a')).toMatchObject({ data: { name: 'A' }, filePath: 'entities/a.json' });

    writeFileSync(join(root, 'entities/b.json'), '{"name":"Bee"}');
    rmSync(join(root, 'entities/a.json'));
    writeFileSync(join(root, 'entities/c.json'), '{"name":"C"}');
    const second = fakeContext(root, first.store);
    await loader.load(second.context);
    expect(second.calls.parsed.sort()).toEqual(['b', 'c']);
    expect([...second.store.keys()].sort()).toEqual(['b', 'c']);
    expect(second.store.get('b')).toMatchObject({ data: { name: 'Bee' } });
  });

  it('keeps an entry whose file was rewritten with the same bytes without parsing it', async () => {
    const root = folder();
    writeFileSync(join(root, 'entities/a.json'), '{"name":"A"}');
    const loader = contentFolder({ base: 'entities', extension: '.json' });
    const first = fakeContext(root);
    await loader.load(first.context);
    writeFileSync(join(root, 'entities/a.json'), '{"name":"A"}');
    const second = fakeContext(root, first.store);
    await loader.load(second.context);
    expect(second.calls.parsed).toEqual([]);
  });

  it('renders Markdown entries, with ids from the path below the folder at the given depth', async () => {
    const root = folder();
    mkdirSync(join(root, 'pages/some-article'), { recursive: true });
    writeFileSync(join(root, 'pages/some-article/2.md'), '---\narticle: some-article\npage: 2\n---\n\nText.\n');
    writeFileSync(join(root, 'pages/stray.md'), '---\npage: 1\n---\n');
    const { context, store, calls } = fakeContext(root);
    await contentFolder({ base: 'pages', extension: '.md', depth: 2 }).load(context);
    expect([...store.keys()]).toEqual(['some-article/2']);
    expect(store.get('some-article/2')).toMatchObject({ data: { article: 'some-article', page: 2 }, rendered: { html: '<p>x</p>' } });
    expect(calls.rendered).toBe(1);
  });

  it('stores Markdown entries unrendered with `render: false`, and makes again an entry stored the other way', async () => {
    const root = folder();
    mkdirSync(join(root, 'articles'));
    writeFileSync(join(root, 'articles/a.md'), '---\ntitle: A\n---\n\nText.\n');
    const rendering = fakeContext(root);
    await contentFolder({ base: 'articles', extension: '.md' }).load(rendering.context);
    expect(rendering.store.get('a')).toHaveProperty('rendered');
    // The same unchanged file, now loaded without rendering (an older build's store): made again.
    const plain = fakeContext(root, rendering.store);
    await contentFolder({ base: 'articles', extension: '.md', render: false }).load(plain.context);
    expect(plain.calls).toEqual({ parsed: ['a'], rendered: 0 });
    expect(plain.store.get('a')).toMatchObject({ data: { title: 'A' }, filePath: 'articles/a.md' });
    expect(plain.store.get('a')).not.toHaveProperty('rendered');
  });

  it('names the file it cannot read', async () => {
    const root = folder();
    writeFileSync(join(root, 'entities/broken.json'), '{"name": ');
    const { context } = fakeContext(root);
    await expect(contentFolder({ base: 'entities', extension: '.json' }).load(context)).rejects.toThrow(/entities\/broken\.json: .*npm run ingest/u);
  });

  it('follows changes in `astro dev` through the watcher: changed, added and removed files', async () => {
    const root = folder();
    writeFileSync(join(root, 'entities/a.json'), '{"name":"A"}');
    const { context, store } = fakeContext(root);
    const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
    Object.assign(context, { watcher });
    await contentFolder({ base: 'entities', extension: '.json' }).load(context);
    const settle = () => new Promise((r) => setTimeout(r, 20));

    writeFileSync(join(root, 'entities/a.json'), '{"name":"A2"}');
    watcher.emit('all', 'change', join(root, 'entities/a.json'));
    writeFileSync(join(root, 'entities/b.json'), '{"name":"B"}');
    watcher.emit('all', 'add', join(root, 'entities/b.json'));
    watcher.emit('all', 'add', join(root, 'elsewhere/c.json')); // outside the folder: ignored
    await settle();
    expect(store.get('a')).toMatchObject({ data: { name: 'A2' } });
    expect([...store.keys()].sort()).toEqual(['a', 'b']);

    rmSync(join(root, 'entities/a.json'));
    watcher.emit('all', 'unlink', join(root, 'entities/a.json'));
    await settle();
    expect([...store.keys()]).toEqual(['b']);
  });

  it('gives an empty collection for an absent folder', async () => {
    const { context, store } = fakeContext(folder());
    await contentFolder({ base: 'article-pages', extension: '.md', depth: 2 }).load(context);
    expect(store.size).toBe(0);
  });
});
