/**
 * The worker-thread ingest writes exactly the bytes of the in-process ingest, on real articles
 * from the shared BBC corpus (skipped when the corpus is not there).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, ingestParallel } from '../src/pipeline/ingest.ts';
import { Logger } from '../src/pipeline/logger.ts';
import { snapshot } from './helpers/site.ts';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpora/bbc-news');
const available = existsSync(join(CORPUS, 'business'));
if (!available) console.warn(`ingest-workers.test: ${CORPUS} not found — skipping the worker parity test`);


const quiet = () => new Logger({ info: () => {}, warn: () => {} });

describe.skipIf(!available)('ingest on worker threads', () => {
  it('writes the same content as the in-process ingest, cold and from its cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-workers-'));
    const seeds = join(dir, 'seeds');
    // 40 articles from two sections: three batches of 16, so batches return out of order.
    for (const section of ['business', 'tech']) {
      for (let i = 1; i <= 20; i++) {
        const name = `${String(i).padStart(3, '0')}.txt`;
        cpSync(join(CORPUS, section, name), join(seeds, `${section}-${name}`));
      }
    }
    const single = ingest({ seedsDir: seeds, contentDir: join(dir, 'single') }, quiet());
    const lines: string[] = [];
    const log = new Logger({ info: (l) => lines.push(l), warn: (l) => lines.push(l) });
    // minBodies: 0 makes the bodies' Markdown on workers too, as a cold ingest of a large digest does.
    const parallel = await ingestParallel({ seedsDir: seeds, contentDir: join(dir, 'parallel'), cacheDir: join(dir, 'cache'), workers: 2, minMisses: 0, minBodies: 0 }, log);
    expect(parallel.cached).toBe(0);
    expect(parallel.articles).toBe(single.articles);
    expect(snapshot(join(dir, 'parallel'))).toEqual(snapshot(join(dir, 'single')));
    // Non-terminal progress: plain lines, the last one complete.
    expect(lines.filter((l) => l.startsWith('articles: ')).at(-1)).toMatch(/^articles: 40\/40 \(100%\)/);

    // The worker results went to the cache: a second run reads them all and writes the same bytes.
    const again = await ingestParallel({ seedsDir: seeds, contentDir: join(dir, 'again'), cacheDir: join(dir, 'cache'), workers: 2, minMisses: 0, minBodies: 0 }, quiet());
    expect(again.cached).toBe(40);
    expect(snapshot(join(dir, 'again'))).toEqual(snapshot(join(dir, 'single')));
    expect(parallel.write.written).toBe(Object.keys(snapshot(join(dir, 'single'))).length);

    // The workers write what is in a folder new to the write (body-trees/ here) and send back
    // the rest (articles/ exists, empty): the same bytes again.
    cpSync(join(dir, 'single'), join(dir, 'mixed'), { recursive: true });
    rmSync(join(dir, 'mixed/body-trees'), { recursive: true });
    for (const f of readdirSync(join(dir, 'mixed/articles'))) rmSync(join(dir, 'mixed/articles', f));
    await ingestParallel({ seedsDir: seeds, contentDir: join(dir, 'mixed'), cacheDir: join(dir, 'cache-mixed'), workers: 2, minMisses: 0, minBodies: 0 }, quiet());
    expect(snapshot(join(dir, 'mixed'))).toEqual(snapshot(join(dir, 'single')));
  });

  it('stays in-process with workers: 0 and gives the same result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-workers-'));
    const seeds = join(dir, 'seeds');
    for (let i = 1; i <= 3; i++) cpSync(join(CORPUS, 'sport', `00${i}.txt`), join(seeds, `sport-${i}.txt`));
    const a = await ingestParallel({ seedsDir: seeds, contentDir: join(dir, 'a'), workers: 0, minMisses: 0 }, quiet());
    const b = ingest({ seedsDir: seeds, contentDir: join(dir, 'b') }, quiet());
    expect(a.articles).toBe(3);
    expect(snapshot(join(dir, 'a'))).toEqual(snapshot(join(dir, 'b')));
  });
});
