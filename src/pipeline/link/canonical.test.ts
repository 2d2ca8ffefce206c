import { describe, expect, it } from 'vitest';
import type { MentionType, RawMention } from '../types.ts';
import { clusterMentions, clusterName, clusterType, type LinkArticle } from './canonical.ts';

/** Builds an article from text and the names in it (each found at its first unused occurrence). */
function article(text: string, names: [string, MentionType][]): LinkArticle {
  let from = 0;
  const mentions: RawMention[] = names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, text: name, type };
  });
  return { text, mentions };
}

const nameOf = (c: ReturnType<typeof clusterMentions>, a: number, m: number) => {
  const i = c.assignment.get(a, m);
  return i === undefined ? undefined : clusterName(c.clusters[i]!);
};

describe('clusterMentions', () => {
  it('merges case variants and short names within an article', () => {
    const c = clusterMentions([article('DONALD Trump met Ahmad al-Sharaa. Trump praised al-Sharaa.', [['DONALD Trump', 'person'], ['Ahmad al-Sharaa', 'person'], ['Trump', 'person'], ['al-Sharaa', 'person']])]);
    expect([0, 1, 2, 3].map((m) => nameOf(c, 0, m))).toEqual(['Donald Trump', 'Ahmad al-Sharaa', 'Donald Trump', 'Ahmad al-Sharaa']);
  });

  it('treats a name tagged once as an organization as the person of the same name', () => {
    const c = clusterMentions([article('DONALD Trump spoke. Donald Trump left.', [['DONALD Trump', 'organization'], ['Donald Trump', 'person']])]);
    const i = c.assignment.get(0, 0)!;
    expect(c.assignment.get(0, 1)).toBe(i);
    expect(clusterType(c.clusters[i]!)).toBe('person');
  });

  it('merges punctuation variants and countries with their demonyms', () => {
    const c = clusterMentions([article('Al-Qaeda and Al Qaeda; the US and the U.S.; Syrian troops in Syria.', [['Al-Qaeda', 'organization'], ['Al Qaeda', 'organization'], ['US', 'place'], ['U.S.', 'place'], ['Syrian', 'demonym'], ['Syria', 'place']])]);
    expect(c.assignment.get(0, 0)).toBe(c.assignment.get(0, 1));
    expect(nameOf(c, 0, 2)).toBe('United States');
    expect(c.assignment.get(0, 2)).toBe(c.assignment.get(0, 3));
    expect(nameOf(c, 0, 4)).toBe('Syria');
    expect(c.assignment.get(0, 4)).toBe(c.assignment.get(0, 5));
  });

  it('links a demonym to its place only where it modifies a noun', () => {
    const c = clusterMentions([article('The Syrian leader met them. He is Syrian.', [['Syrian', 'demonym'], ['Syrian', 'demonym']])]);
    expect(nameOf(c, 0, 0)).toBe('Syria');
    expect(nameOf(c, 0, 1)).toBeUndefined();
  });

  it('resolves an acronym defined in parentheses, in that article and others', () => {
    const c = clusterMentions([
      article('He led Hayat Tahrir al-Sham (HTS). HTS grew.', [['Hayat Tahrir al-Sham', 'organization'], ['HTS', 'organization'], ['HTS', 'organization']]),
      article('HTS took Aleppo.', [['HTS', 'organization'], ['Aleppo', 'place']]),
    ]);
    const i = c.assignment.get(0, 0);
    expect(c.assignment.get(0, 2)).toBe(i);
    expect(c.assignment.get(1, 0)).toBe(i);
    expect(nameOf(c, 1, 0)).toBe('Hayat Tahrir al-Sham');
  });

  it('links a short name across articles only when one full name fits', () => {
    const c = clusterMentions([
      article('Donald Trump spoke.', [['Donald Trump', 'person']]),
      article('Trump left.', [['Trump', 'person']]),
    ]);
    expect(nameOf(c, 1, 0)).toBe('Donald Trump');
  });

  it('never merges an ambiguous short name into two different people', () => {
    const c = clusterMentions([
      article('Boris Johnson spoke.', [['Boris Johnson', 'person']]),
      article('Martin Johnson coached.', [['Martin Johnson', 'person']]),
      article('Johnson said no.', [['Johnson', 'person']]),
      article('John Smith and Jane Smith met. Smith left.', [['John Smith', 'person'], ['Jane Smith', 'person'], ['Smith', 'person']]),
    ]);
    expect(nameOf(c, 0, 0)).toBe('Boris Johnson');
    expect(nameOf(c, 1, 0)).toBe('Martin Johnson');
    expect(nameOf(c, 2, 0)).toBeUndefined();
    expect(nameOf(c, 3, 2)).toBeUndefined();
    expect(c.ambiguous.map((a) => a.name).sort()).toEqual(['Johnson', 'Smith']);
  });

  it('keeps a person and a place with the same name apart', () => {
    // A country stays a country, even beside a person of the same name...
    const c = clusterMentions([article('Jordan scored in Jordan.', [['Jordan', 'person'], ['Jordan', 'place']])]);
    expect(c.assignment.get(0, 0)).not.toBe(c.assignment.get(0, 1));
    // ...and across articles.
    const d = clusterMentions([article('Michael Jordan scored.', [['Michael Jordan', 'person']]), article('Troops left Jordan.', [['Jordan', 'place']])]);
    expect(d.assignment.get(0, 0)).not.toBe(d.assignment.get(1, 0));
  });
});
