import { describe, expect, it } from 'vitest';
import { baseDirection, prepareBidi } from './bidi.ts';
import { cardSvg } from './card.ts';

describe('bidi step', () => {
  it('finds the paragraph direction from the first strong character', () => {
    expect(baseDirection('Ahmad al-Sharaa')).toBe('ltr');
    expect(baseDirection('أحمد الشرع')).toBe('rtl');
    expect(baseDirection('2025: שלום עולם')).toBe('rtl');
    expect(baseDirection('Syria سوريا')).toBe('ltr');
  });
  it('gives satori the paragraph direction of the text', () => {
    expect(prepareBidi('أحمد الشرع (2025)')).toEqual({ text: 'أحمد الشرع (2025)', direction: 'rtl' });
    expect(prepareBidi('Trump (US) met الشرع')).toEqual({ text: 'Trump (US) met الشرع', direction: 'ltr' });
  });
  it('keeps the logical order of the characters', () => {
    expect(prepareBidi('שלום עולם').text).toBe('שלום עולם');
  });
});

/** Words of a card title with their x positions, from satori's SVG with text kept as `<text>`. */
async function wordPositions(title: string): Promise<Map<string, number>> {
  const svg = await cardSvg({ label: 'x', title, footer: 'y' }, { embedFont: false });
  return new Map([...svg.matchAll(/<text[^>]*\sx="([\d.]+)"[^>]*>([^<]+)<\/text>/gu)].map((m) => [m[2]!, Number(m[1])]));
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
