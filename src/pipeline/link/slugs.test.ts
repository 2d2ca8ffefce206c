import { describe, expect, it } from 'vitest';
import { assignEntitySlugs, emptyMemory } from './slugs.ts';

describe('assignEntitySlugs and the slug memory', () => {
  it('keeps the one remembered slug of an entity whatever its name now gives', () => {
    const memory = emptyMemory();
    memory.entities.sharaa = { keys: ['sharaa'] };
    const { slugs, redirects } = assignEntitySlugs([{ name: 'Ahmad al-Sharaa', keys: ['ahmad al sharaa', 'sharaa'], renamed: false }], memory);
    expect(slugs).toEqual(['sharaa']);
    expect(redirects).toEqual([]);
    // The fuller name's key is remembered, sorted in.
    expect(memory.entities.sharaa).toEqual({ keys: ['ahmad al sharaa', 'sharaa'] });
  });

  it('picks the name’s own slug among several remembered ones, else the best overlap', () => {
    const memory = emptyMemory();
    memory.entities['ahmad-al-sharaa'] = { keys: ['ahmad al sharaa'] };
    memory.entities.sharaa = { keys: ['sharaa'] };
    expect(assignEntitySlugs([{ name: 'Ahmad al-Sharaa', keys: ['ahmad al sharaa', 'sharaa'], renamed: false }], memory).slugs).toEqual(['ahmad-al-sharaa']);
    const other = emptyMemory();
    other.entities.jolani = { keys: ['jolani', 'sharaa'] };
    other.entities.sharaa = { keys: ['sharaa'] };
    expect(assignEntitySlugs([{ name: 'Ahmad al-Sharaa', keys: ['jolani', 'sharaa'], renamed: false }], other).slugs).toEqual(['jolani']);
  });

  it('leaves an entry whose keys are all known as it is, and sorts one that is not sorted', () => {
    const memory = emptyMemory();
    const entry = { keys: ['ahmad al sharaa', 'sharaa'] };
    memory.entities.sharaa = entry;
    memory.entities.kept = { keys: ['zeta', 'alpha'] };
    assignEntitySlugs([{ name: 'Sharaa', keys: ['sharaa'], renamed: false }, { name: 'Kept', keys: ['alpha'], renamed: false }], memory);
    expect(memory.entities.sharaa).toBe(entry);
    expect(memory.entities.kept).toEqual({ keys: ['alpha', 'zeta'] });
  });
});
