import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractorVersion } from '../cache.ts';
import { processInWorkers, startArticleWorkers } from './pool.ts';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

describe('processInWorkers with workers started ahead', () => {
  it('uses them, and stops every one, the unused too', async () => {
    const started = startArticleWorkers(3);
    const exits = started.map((w) => once(w, 'exit'));
    const results: number[] = [];
    await processInWorkers([{ index: 0, file: '000_7f75fb188196c575.txt' }], { seedsDir: SEEDS, version: extractorVersion(), workers: 2, started }, (index) => results.push(index));
    expect(results).toEqual([0]);
    await Promise.all(exits);
  });
});
