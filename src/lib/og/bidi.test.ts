import { describe, expect, it } from 'vitest';
import { baseDirection } from './bidi.ts';
import { cardFaces } from './fonts.ts';
import { layoutParagraph } from './text-layout.ts';

describe('bidi step', () => {
  it('finds the paragraph direction from the first strong character', () => {
    expect(baseDirection('Ahmad al-Sharaa')).toBe('ltr');
    expect(baseDirection('أحمد الشرع')).toBe('rtl');
    expect(baseDirection('2025: שלום עולם')).toBe('rtl');
    expect(baseDirection('Syria سوريا')).toBe('ltr');
  });
  it('takes the direction of the first strong character, not of digits or brackets', () => {
    expect(baseDirection('أحمد الشرع (2025)')).toBe('rtl');
    expect(baseDirection('(2025) Trump (US) met الشرع')).toBe('ltr');
  });
});

/** Words of a card title with the x of their left edge, from the set paragraph's glyph clusters. */
async function wordPositions(title: string): Promise<Map<string, number>> {
  const { glyphs } = layoutParagraph(cardFaces(), title, { size: 54, weight: 700 }, 1000);
  return new Map([...title.matchAll(/[\p{L}\p{N}-]+/gu)].map((m) => {
    const xs = glyphs.filter((g) => g.cluster >= m.index && g.cluster < m.index + m[0].length).map((g) => g.x);
    return [m[0], Math.min(...xs)];
  }));
}

describe('preview card word order', () => {
  it('lays out an Arabic name right to left after Latin text', async () => {
    const x = await wordPositions('Ahmad al-Sharaa أحمد الشرع');
    expect(x.get('Ahmad')!).toBeLessThan(x.get('أحمد')!);
    expect(x.get('الشرع')!).toBeLessThan(x.get('أحمد')!); // first word of the RTL run is rightmost
  });
  it('puts the number of an Arabic title to the left of the name (RTL paragraph)', async () => {
    const x = await wordPositions('أحمد الشرع (2025)');
    expect(x.get('2025')!).toBeLessThan(x.get('الشرع')!);
    expect(x.get('الشرع')!).toBeLessThan(x.get('أحمد')!);
  });
  it('lays out Hebrew words right to left', async () => {
    const x = await wordPositions('שלום עולם');
    expect(x.get('עולם')!).toBeLessThan(x.get('שלום')!);
  });
});
