import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from './recognize.ts';

const SEED = readFileSync(new URL('../../../seeds/000_7f75fb188196c575.txt', import.meta.url), 'utf8');

describe('recognizeEntities on the seed article', () => {
  const mentions = recognizeEntities(SEED);
  const found = (type: string) => new Set(mentions.filter((m) => m.type === type).map((m) => m.text));

  it('returns sorted, non-overlapping, trimmed spans whose text matches the offsets', () => {
    let last = -1;
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(SEED.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).not.toMatch(/(?:['’]s|[,;:!?"“”’])$/u);
      if (m.text.endsWith('.')) expect(m.text).toMatch(/(?:\p{L}\.){2,}$/u); // U.S.
      expect(m.text).toBe(m.text.trim());
      last = m.end;
    }
  });

  it('finds the people', () => {
    const per = found('person');
    for (const name of ['Trump', 'Ahmad al-Sharaa', 'al-Sharaa', 'Karoline Leavitt', 'Dareen Khalifa', 'Bashar al-Assad']) expect(per).toContain(name);
    expect([...per].some((p) => /^(DONALD|Donald) Trump$/.test(p))).toBe(true);
  });

  it('finds the organizations', () => {
    const org = found('organization');
    for (const name of ['ISIS', 'Hayat Tahrir al-Sham', 'International Crisis Group', 'Treasury Department', 'Wall Street Journal']) expect(org).toContain(name);
    expect([...org].some((o) => /^Al[- ]Qaeda$/.test(o))).toBe(true);
  });

  it('finds the places', () => {
    const loc = found('place');
    for (const name of ['Syria', 'Saudi Arabia', 'Mosul', 'France', 'Iran', 'Russia', 'Turkey']) expect(loc).toContain(name);
  });

  it('types nationality adjectives as demonyms', () => {
    expect(found('demonym')).toContain('Syrian');
  });

  it('does not tag sentence-initial ordinary words', () => {
    const texts = new Set(mentions.map((m) => m.text));
    for (const w of ['Monday', 'Officials', 'Speaking', 'Meanwhile', 'Together', 'Though']) expect(texts).not.toContain(w);
  });
});

describe('recognizeEntities on raw text', () => {
  it('handles empty text and punctuation only', () => {
    expect(recognizeEntities('')).toEqual([]);
    expect(recognizeEntities(' … — “ ” ')).toEqual([]);
  });

  it('gives UTF-16 offsets and drops titles and possessives', () => {
    const text = '“Mr Trump’s visit,” said Angela Merkel in Berlin.';
    const ms = recognizeEntities(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms.map((m) => [m.text, m.type])).toEqual(
      expect.arrayContaining([
        ['Trump', 'person'],
        ['Angela Merkel', 'person'],
        ['Berlin', 'place'],
      ]),
    );
  });
});

describe('personName', () => {
  it('cuts a person span at a stray lower-case word, or drops it', async () => {
    const { personName } = await import('./recognize.ts');
    const m = (text: string) => ({ start: 10, end: 10 + text.length, text, type: 'person' as const });
    expect(personName(m('Ray star Jamie Foxx'))).toEqual([{ start: 19, end: 29, text: 'Jamie Foxx', type: 'person' }]);
    expect(personName(m('Hockney also left Ukip'))).toEqual([]);
    expect(personName(m('Ahmad al-Sharaa'))).toEqual([m('Ahmad al-Sharaa')]);
    expect(personName(m('Ludwig van Beethoven'))).toEqual([m('Ludwig van Beethoven')]);
    expect(personName({ ...m('the Treasury'), type: 'organization' })).toEqual([{ ...m('the Treasury'), type: 'organization' }]);
  });
});
