/**
 * The warm ingest's caches (link parts, seed hashes, the write manifest) never change what is
 * written: after each change below, an ingest with every cache of the previous run writes exactly
 * the content of a cold ingest of the same seeds.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../src/pipeline/ingest.ts';
import { Logger } from '../src/pipeline/logger.ts';
import { listFiles } from '../src/lib/files.ts';
import { makeSeeds, seedLines, snapshot } from './helpers/site.ts';

const quiet = () => new Logger({ info: () => {}, warn: () => {} });
const LINES = seedLines();

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Three dated articles cut from the project's seed; they share several entities. */
function writeArticles(seeds: string): void {
  writeFileSync(join(seeds, '2025-11-08-first.txt'), LINES.slice(0, 5).join('\n') + '\n');
  writeFileSync(join(seeds, '2025-11-09-second.txt'), LINES.slice(5, 12).join('\n') + '\n');
  writeFileSync(join(seeds, '2025-11-10-third.txt'), LINES.slice(12).join('\n') + '\n');
}

/**
 * Ingests with the shared cache (warm after the first run), then checks the content against a
 * cold ingest: no cache, no content but the slug memory the warm run started from.
 */
function ingestAndCompare(run: number): ReturnType<typeof ingest> {
  const cold = join(dir, `cold-${run}`);
  mkdirSync(join(cold, 'content'), { recursive: true });
  if (existsSync(join(dir, 'content/slugs.json'))) cpSync(join(dir, 'content/slugs.json'), join(cold, 'content/slugs.json'));
  const result = ingest({ seedsDir: join(dir, 'seeds'), contentDir: join(dir, 'content'), cacheDir: join(dir, 'cache') }, quiet());
  ingest({ seedsDir: join(dir, 'seeds'), contentDir: join(cold, 'content'), cacheDir: join(cold, 'cache') }, quiet());
  expect(snapshot(join(dir, 'content'))).toEqual(snapshot(join(cold, 'content')));
  return result;
}

describe('warm ingest caches', () => {
  it('a changed article is linked anew, not from its cached link parts', () => {
    dir = makeSeeds(writeArticles);
    ingestAndCompare(1);
    // The second article now names someone new and drops a paragraph: its parts (mentions,
    // quotes, events) and every entity it names change.
    const second = join(dir, 'seeds/2025-11-09-second.txt');
    writeFileSync(second, `Jane Appleseed, a spokeswoman for the Ministry of Testing, said on Monday that "the results will be published in full next week".\n${LINES.slice(6, 12).join('\n')}\n`);
    const warm = ingestAndCompare(2);
    expect(warm.cached).toBe(2);
    expect(readdirSync(join(dir, 'content/entities'))).toContain('jane-appleseed.json');
  });

  it('a generated file edited by hand is written again, though its key is unchanged', () => {
    dir = makeSeeds(writeArticles);
    ingestAndCompare(1);
    const entity = join(dir, 'content/entities', readdirSync(join(dir, 'content/entities'))[0]!);
    writeFileSync(entity, readFileSync(entity, 'utf8').replace('"mentions"', '"mentions_edited"'));
    const warm = ingestAndCompare(2);
    expect(warm.write.written).toBe(1);
  });

  it('a seed edited in place is hashed again, and a deleted record is made again when its body is needed', () => {
    dir = makeSeeds(writeArticles);
    ingestAndCompare(1);
    // Same size, new content and time: the seed index must not trust the old hash.
    const first = join(dir, 'seeds/2025-11-08-first.txt');
    const text = readFileSync(first, 'utf8');
    const edited = text.replace('Trump', 'Trunp');
    expect(edited).not.toBe(text);
    writeFileSync(first, edited);
    utimesSync(first, new Date(), new Date(Date.now() + 5000));
    // The records are gone but their link parts are cached: an article whose entry is missing
    // makes its body from a record made again.
    rmSync(join(dir, 'cache/articles'), { recursive: true });
    rmSync(join(dir, 'content/articles'), { recursive: true });
    ingestAndCompare(2);
  });

  it('cached link parts damaged by hand: a cut one is made again, unreadable events are made from the record', () => {
    dir = makeSeeds(writeArticles);
    ingestAndCompare(1);
    const links = listFiles(join(dir, 'cache/links')).map((f) => join(dir, 'cache/links', f));
    expect(links).toHaveLength(3);
    const [cut, badEvents] = links;
    // Parts cut short before their newline: the article's parts are made again.
    const [parts, events] = readFileSync(cut!, 'utf8').split('\n');
    writeFileSync(cut!, `${parts!.slice(0, 20)}\n${events}`);
    // The parts are read at once, the events only for an events entry that is written: these are.
    writeFileSync(badEvents!, `${readFileSync(badEvents!, 'utf8').split('\n')[0]}\n[{"not an event"]`);
    rmSync(join(dir, 'content/events'), { recursive: true });
    ingestAndCompare(2);
  });
});
