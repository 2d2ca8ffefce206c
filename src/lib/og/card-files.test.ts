import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardHash } from './card.ts';
import { expectCardFiles, scheduleCardFiles, takeCardFiles, writeCardFiles, type CardFile } from './card-files.ts';

const files: CardFile[] = [
  { path: 'og/entity/mosul.png', card: { label: 'Place', title: 'Mosul', footer: 'News Digest' } },
  { path: 'og/type/place.png', card: { label: 'Places', title: 'Places in the digest', footer: 'News Digest' } },
];

describe('card files', () => {
  it('are not taken over outside a build (astro dev serves each card on request)', () => {
    takeCardFiles();
    expect(scheduleCardFiles(files, '/nonexistent')).toBe(false);
    expect(takeCardFiles()).toBeUndefined();
  });
  it('are rendered into the cache and hard-linked into the output once the build is done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-files-'));
    try {
      const cache = join(dir, 'cache');
      const dist = join(dir, 'dist');
      expectCardFiles();
      expect(scheduleCardFiles(files, cache)).toBe(true);
      const scheduled = takeCardFiles()!;
      expect(takeCardFiles()).toBeUndefined(); // taken once
      expect(await writeCardFiles(dist, scheduled, cache)).toBe(2);
      for (const { path, card } of files) {
        const out = statSync(join(dist, path));
        expect(out.ino).toBe(statSync(join(cache, `${cardHash(card)}.png`)).ino);
        expect(out.size).toBeGreaterThan(1000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
