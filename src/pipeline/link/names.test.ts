import { describe, expect, it } from 'vitest';
import { chooseDisplayName, isNameSuffix, nameKey, stripTitles } from './names.ts';

describe('nameKey', () => {
  it.each([
    ['DONALD Trump', 'donald trump'],
    ['U.S.', 'us'],
    ['US', 'us'],
    ['Al-Qaeda', 'al qaeda'],
    ['Al Qaeda', 'al qaeda'],
    ['Trump’s', 'trump'],
    ['The White House', 'white house'],
    ['Zürich', 'zurich'],
  ])('%s → %s', (name, key) => expect(nameKey(name)).toBe(key));
});

describe('stripTitles', () => {
  it('removes titles before a name but never the whole name', () => {
    expect(stripTitles('President Ahmad al-Sharaa')).toBe('Ahmad al-Sharaa');
    expect(stripTitles('U.S. President Donald Trump')).toBe('Donald Trump');
    expect(stripTitles('ex-President Bashar al-Assad')).toBe('Bashar al-Assad');
    expect(stripTitles('President')).toBe('President');
  });
});

describe('isNameSuffix', () => {
  it('matches whole trailing words only', () => {
    expect(isNameSuffix('trump', 'donald trump')).toBe(true);
    expect(isNameSuffix('al sharaa', 'ahmad al sharaa')).toBe(true);
    expect(isNameSuffix('rump', 'donald trump')).toBe(false);
    expect(isNameSuffix('donald trump', 'donald trump')).toBe(false);
  });
});

describe('chooseDisplayName', () => {
  it('prefers the full name, then proper casing, then frequency', () => {
    expect(chooseDisplayName(new Map([['Trump', 5], ['DONALD Trump', 1], ['Donald Trump', 1]]), 'donald trump')).toBe('Donald Trump');
    expect(chooseDisplayName(new Map([['DONALD Trump', 1]]), 'donald trump')).toBe('Donald Trump');
    // Hyphenated and apostrophised parts are capitalised as in headlines.
    expect(chooseDisplayName(new Map([['Ahmad AL-SHARAA', 1]]), 'ahmad al-sharaa')).toBe('Ahmad Al-Sharaa');
    expect(chooseDisplayName(new Map([["Shaquille O'NEAL", 1]]), "shaquille o'neal")).toBe("Shaquille O'Neal");
    expect(chooseDisplayName(new Map([['ISIS', 3]]), 'isis')).toBe('ISIS');
  });
});
