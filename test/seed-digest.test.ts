/**
 * The seed article through the whole pipeline (no Astro): the entities and events the entities
 * and timelines issues name for it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/pipeline/ingest.ts';
import { Logger } from '../src/pipeline/logger.ts';
import type { EntityData, EventData } from '../src/schemas/collections.ts';
import { copyProjectSeeds, makeSeeds } from './helpers/site.ts';

let dir: string;
const entities = new Map<string, EntityData>();
let events: EventData[] = [];

beforeAll(() => {
  dir = makeSeeds(copyProjectSeeds);
  ingest({ seedsDir: join(dir, 'seeds'), contentDir: join(dir, 'content') }, new Logger({ info: () => {}, warn: () => {} }));
  for (const f of readdirSync(join(dir, 'content/entities'))) entities.set(f.replace(/\.json$/u, ''), JSON.parse(readFileSync(join(dir, 'content/entities', f), 'utf8')) as EntityData);
  for (const f of readdirSync(join(dir, 'content/events'))) events.push(...(JSON.parse(readFileSync(join(dir, 'content/events', f), 'utf8')) as { events: EventData[] }).events);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byName = (name: string) => [...entities].find(([, e]) => e.name === name);

describe('entities of the seed article', () => {
  it.each([
    ['Donald Trump', 'person', ['DONALD Trump', 'Trump']],
    ['Ahmad al-Sharaa', 'person', ['al-Sharaa']],
    ['Karoline Leavitt', 'person', []],
    ['Dareen Khalifa', 'person', []],
    ['Bashar al-Assad', 'person', []],
    ['ISIS', 'organization', []],
    ['Hayat Tahrir al-Sham', 'organization', []],
    ['Al-Qaeda', 'organization', ['Al Qaeda']],
    ['International Crisis Group', 'organization', []],
    ['Treasury Department', 'organization', []],
    ['Wall Street Journal', 'organization', []],
    ['Syria', 'place', []],
    ['Saudi Arabia', 'place', []],
    ['Mosul', 'place', []],
    ['France', 'place', []],
    ['Iran', 'place', []],
    ['Russia', 'place', []],
    ['Turkey', 'place', []],
  ] as const)('%s is one %s entity with its variants merged', (name, type, aliases) => {
    const found = byName(name);
    expect(found, `${name} among ${[...entities.values()].map((e) => e.name).join(', ')}`).toBeDefined();
    expect(found![1].type).toBe(type);
    for (const alias of aliases) expect(found![1].aliases).toContain(alias);
    // No other entity carries the name or has it as an alias.
    expect([...entities].filter(([slug, e]) => slug !== found![0] && (e.name === name || e.aliases.includes(name))).map(([slug]) => slug)).toEqual([]);
  });

  it('makes no entity of sentence-initial words', () => {
    for (const word of ['Monday', 'Officials', 'Speaking', 'Meanwhile', 'Together', 'Though', 'President']) {
      expect([...entities.values()].map((e) => e.name)).not.toContain(word);
    }
  });

  it('describes people from the text and keeps their quotes', () => {
    expect(byName('Dareen Khalifa')![1].description?.text).toBe('a senior adviser at the International Crisis Group');
    expect(byName('Karoline Leavitt')![1].description?.text).toBe('White House press secretary');
    const trumpQuotes = byName('Donald Trump')![1].quotes.map((q) => q.text);
    expect(trumpQuotes.some((q) => q.startsWith('He has had a rough past'))).toBe(true);
    expect(trumpQuotes.some((q) => q.startsWith('And I think this leader can do it'))).toBe(true);
    expect(byName('Dareen Khalifa')![1].quotes.map((q) => q.text)).toEqual([expect.stringMatching(/^I think it is turning a page/u)]);
  });
});

describe('events of the seed article (published 2025-11-10)', () => {
  it.each([
    ['June', '2025-06', undefined],
    ['May', '2025-05', undefined],
    ['2000', '2000', 'since'],
    ['last week', '2025-W45', undefined],
    ['four months ago', '2025-07', 'until'],
    ['Monday', '2025-11-10', undefined],
    ['earlier this year', '2025', undefined],
    ['this year', '2025', 'until'],
  ])('“%s” → %s', (when, value, mod) => {
    const e = events.find((ev) => ev.when === when && ev.value === value);
    expect(e, `${when} among ${events.map((ev) => `${ev.when}=${ev.value}`).join(', ')}`).toBeDefined();
    expect(e!.mod).toBe(mod);
  });

  it('links events to the entities of their sentence and to their paragraph', () => {
    const june = events.find((e) => e.when === 'June')!;
    expect(june.entities).toContain(byName('Donald Trump')![0]);
    expect(june.paragraph).toMatch(/^p\d+$/u);
    expect(june.text.length).toBeLessThanOrEqual(200);
  });
});
