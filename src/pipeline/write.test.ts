import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_MARKER, writeGenerated } from './write.ts';

describe('the write manifest', () => {
  it('skips unchanged keyed files without making them, rewrites one edited by hand, and counts no file as the last write\'s after a version change', (context) => {
    const dir = mkdtempSync(join(tmpdir(), 'write-'));
    context.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const root = join(dir, 'content');
    const manifest = join(dir, 'written.json');
    let made = 0;
    const files = () => new Map([['events/a.json', { key: 'k1', make: () => (made++, `{"_generated":"${GENERATED_MARKER}"}\n`) }]]);
    writeGenerated(root, files(), ['events'], { manifest, version: 'v1' });
    expect(made).toBe(1);
    expect(writeGenerated(root, files(), ['events'], { manifest, version: 'v1' })).toEqual({ written: 0, unchanged: 1, deleted: 0 });
    expect(made).toBe(1);
    writeFileSync(join(root, 'events/a.json'), 'edited by hand, longer than before\n');
    expect(writeGenerated(root, files(), ['events'], { manifest, version: 'v1' })).toEqual({ written: 1, unchanged: 0, deleted: 0 });
    const fromLast: boolean[] = [];
    const keyed = (key: string) => new Map([['events/a.json', { key, make: (_: string | undefined, fromLastWrite: boolean) => (fromLast.push(fromLastWrite), `{"_generated":"${GENERATED_MARKER}","k":"${key}"}\n`) }]]);
    writeGenerated(root, keyed('k2'), ['events'], { manifest, version: 'v1' }); // the same version
    writeGenerated(root, keyed('k3'), ['events'], { manifest, version: 'v2' }); // another version
    expect(fromLast).toEqual([true, false]);
  });

  it('tells `make` whether the file is what the last write left, so parts are reused only from it', (context) => {
    const dir = mkdtempSync(join(tmpdir(), 'write-'));
    context.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const root = join(dir, 'content');
    const manifest = join(dir, 'written.json');
    const seen: boolean[] = [];
    const file = (key: string) => new Map([['articles/a.md', { key, make: (_: string | undefined, fromLastWrite: boolean) => (seen.push(fromLastWrite), `${key} ${GENERATED_MARKER}\n`) }]]);
    writeGenerated(root, file('k1'), ['articles'], { manifest });
    writeGenerated(root, file('k2'), ['articles'], { manifest });
    // Written since by another run (no manifest), then a write with the manifest again.
    writeGenerated(root, file('k3-other-run'), ['articles']);
    writeGenerated(root, file('k4'), ['articles'], { manifest });
    expect(seen).toEqual([false, true, false, false]);
  });
});
