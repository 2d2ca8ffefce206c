import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beginBuild, finishBuild } from '../build-state.ts';
import { cardHash } from './card.ts';
import { scheduleCardFiles, type CardFile } from './card-files.ts';

const files: CardFile[] = [
  { path: 'og/entity/mosul.png', card: { label: 'Place', title: 'Mosul', footer: 'News Digest' } },
  { path: 'og/type/place.png', card: { label: 'Places', title: 'Places in the digest', footer: 'News Digest' } },
];

describe('card files', () => {
  it('are not taken over outside a build (astro dev serves each card on request)', () => {
    expect(scheduleCardFiles(files, '/nonexistent')).toBe(false);
  });
  it('are rendered into the cache and hard-linked into the output once the build is done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-files-'));
    try {
      const cache = join(dir, 'cache');
      const dist = join(dir, 'dist');
      const logged: string[] = [];
      beginBuild();
      expect(scheduleCardFiles(files, cache)).toBe(true);
      await finishBuild({ dist, logger: { info: (m) => logged.push(m) } });
      expect(logged).toEqual(['share cards: 2 images']);
      for (const { path, card } of files) {
        const out = statSync(join(dist, path));
        expect(out.ino).toBe(statSync(join(cache, `${cardHash(card)}.png`)).ino);
        expect(out.size).toBeGreaterThan(1000);
      }
      expect(scheduleCardFiles(files, cache)).toBe(false); // the build is over
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
