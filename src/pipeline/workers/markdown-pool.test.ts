import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { entriesOnWorkers, startMarkdownWorkers } from './markdown-pool.ts';

describe('entriesOnWorkers with workers started ahead', () => {
  it('stops the ones it has no share for', async () => {
    const started = startMarkdownWorkers(2);
    const exits = started.map((w) => once(w, 'exit'));
    expect(await entriesOnWorkers([], 2, started)).toEqual([]);
    await Promise.all(exits);
  });
});
