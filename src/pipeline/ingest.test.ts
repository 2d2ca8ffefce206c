import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from './ingest.ts';
import { Logger } from './logger.ts';
import { jsonFile } from './serialize.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);
const quiet = () => new Logger({ info: () => {}, warn: () => {} });
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  it('completes an interrupted write before reading the slug memory it was writing', () => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const seeds = join(dir, 'seeds');
    const content = join(dir, 'content');
    cpSync(SEEDS, seeds, { recursive: true });
    mkdirSync(content);
    // A build was killed after its journal: the new slug memory (the article published as
    // `pinned-by-memory`) is still a temp file that the journal renames into place.
    const memory = { articles: { 'pinned-by-memory': { seed: '000_7f75fb188196c575.txt' } }, entities: {} };
    writeFileSync(join(content, 'slugs.json.digest-tmp'), jsonFile(memory));
    writeFileSync(join(content, '.digest-journal.json'), JSON.stringify({ renames: [['slugs.json.digest-tmp', 'slugs.json']], deletes: [] }));
    ingest({ seedsDir: seeds, contentDir: content }, quiet());
    expect(readdirSync(join(content, 'articles'))).toEqual(['pinned-by-memory.md']);
  });
});
