import { describe, expect, it } from 'vitest';
import { once, perObject } from './lazy.ts';

describe('once', () => {
  it('makes its value on the first call only', () => {
    let made = 0;
    const value = once(() => ++made);
    expect([value(), value(), made]).toEqual([1, 1, 1]);
  });
});

describe('perObject', () => {
  it('makes a value once per object while the other arguments stay the same, and anew when they change', () => {
    const calls: string[] = [];
    const label = perObject((o: { name: string }, prefix: string) => {
      calls.push(`${prefix}${o.name}`);
      return { text: `${prefix}${o.name}` };
    });
    const a = { name: 'a' };
    const first = label(a, '#');
    expect(label(a, '#')).toBe(first);
    expect(label({ name: 'a' }, '#')).not.toBe(first);
    expect(label(a, '*').text).toBe('*a');
    expect(calls).toEqual(['#a', '#a', '*a']);
  });
});
