import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, cardHash } from './card.ts';
import { MIN_CARDS_FOR_WORKERS, renderOnWorkers, uncachedCards } from './prerender.ts';

/** The uncached ones of `cards` rendered on two workers, as a build's og route does. */
const prerenderCards = (cards: Parameters<typeof uncachedCards>[0], dir: string) => renderOnWorkers(uncachedCards(cards, dir), dir, 2);

describe('the card cache folder', () => {
  it('lives in the digest cache folder unless DIGEST_OG_CACHE moves it', () => {
    expect(cacheDir({ DIGEST_CACHE_DIR: '/ci/cache' })).toBe('/ci/cache/og');
    expect(cacheDir({ DIGEST_CACHE_DIR: '/ci/cache', DIGEST_OG_CACHE: '/cards' })).toBe('/cards');
    expect(cacheDir({})).toBe(join(process.cwd(), '.cache/digest/og'));
  });
});

describe('renderOnWorkers', () => {
  it('renders every uncached card in worker threads into the cache, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-'));
    try {
      const cards = Array.from({ length: MIN_CARDS_FOR_WORKERS + 2 }, (_, i) => ({ label: 'Person', title: `Name ${i}`, footer: 'News Digest' }));
      expect(await prerenderCards(cards, dir)).toBe(cards.length);
      for (const card of cards) {
        const png = readFileSync(join(dir, `${cardHash(card)}.png`));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(png.readUInt32BE(16)).toBe(1200);
        expect(png.readUInt32BE(20)).toBe(630);
      }
      expect(uncachedCards(cards, dir)).toEqual([]);
      expect(await prerenderCards(cards, dir)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a handful of cards to the endpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-'));
    try {
      expect(await prerenderCards([{ label: 'Place', title: 'Mosul', footer: 'News Digest' }], dir)).toBe(0);
      expect(existsSync(join(dir, `${cardHash({ label: 'Place', title: 'Mosul', footer: 'News Digest' })}.png`))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
