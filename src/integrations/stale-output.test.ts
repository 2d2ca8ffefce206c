import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder, writeIn } from '../../test/helpers/files.ts';
import { listFiles } from '../../test/helpers/site.ts';
import { currentOutputs, removeStaleOutput, retireRebuilt } from './stale-output.ts';

const file = (root: string, path: string) => writeIn(root, path, path);

describe('removeStaleOutput', () => {
  it('keeps what routes made, the public copy and what is rebuilt whole; removes the rest and empty folders', () => {
    const dist = tempFolder('dist-');
    const publicDir = tempFolder('public-');
    file(publicDir, 'scripts/search.js');
    for (const f of ['entities/kept/index.html', 'entities/gone/index.html', 'entities/gone/rss.xml', 'scripts/search.js', 'scripts/old.js', '_astro/Base.x.css', 'pagefind/pagefind.js', 'sw.js', '.git/HEAD']) file(dist, f);
    const assets = new Map([['/entities/[slug]', [pathToFileURL(join(dist, 'entities/kept/index.html'))]]]);
    const current = currentOutputs(dist, assets, publicDir);
    expect([...current].sort()).toEqual(['entities/kept/index.html', 'scripts/search.js']);
    expect(removeStaleOutput(dist, current)).toEqual(['entities/gone/index.html', 'entities/gone/rss.xml', 'scripts/old.js']);
    expect(listFiles(dist)).toEqual(['.git/HEAD', '_astro/Base.x.css', 'entities/kept/index.html', 'pagefind/pagefind.js', 'scripts/search.js', 'sw.js']);
  });

  it('moves what is rebuilt whole out of the output and deletes it, with the leftovers of an interrupted build', async () => {
    const dist = tempFolder('dist-');
    const trash = tempFolder('trash-');
    for (const f of ['pagefind/archive/fragment/a.pf_fragment', 'pagefind/pagefind.js', '_astro/Base.x.css', 'sw.js', 'articles/a/index.html']) file(dist, f);
    file(trash, 'build-old/pagefind/pagefind.js');
    const done = retireRebuilt(dist, trash);
    expect(listFiles(dist)).toEqual(['articles/a/index.html']);
    await done;
    expect(readdirSync(trash)).toEqual([]);
  });
});
