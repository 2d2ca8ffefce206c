import { describe, expect, it } from 'vitest';
import { mismatchKind, sameValue } from './eval-time.ts';

describe('eval-time value comparison', () => {
  it('treats decade and century notations as one value', () => {
    expect(sameValue('199X', '199')).toBe(true);
    expect(sameValue('19XX', '19')).toBe(true);
    expect(sameValue('1990', '199')).toBe(false);
  });
  it('lists as errors only what the scores count: a wrong value, or the right value with a wrong type', () => {
    expect(mismatchKind({ type: 'date', value: '198X' }, { type: 'date', value: '198' })).toBeUndefined();
    expect(mismatchKind({ type: 'date', value: '1988' }, { type: 'date', value: '1988-Q3' })).toBe('VALUE');
    expect(mismatchKind({ type: 'time', value: '2000-01-28TMO' }, { type: 'date', value: '2000-01-28TMO' })).toBe('TYPE');
  });
});
