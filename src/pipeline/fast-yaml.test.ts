import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastYaml, YAML_OPTIONS } from './fast-yaml.ts';

/** Strings made of the characters that decide YAML's quoting: indicators, digits, booleans' letters, spaces, quotes. */
const text = fc.array(fc.constantFrom('a', 'y', 'n', 'o', 'N', 'Y', 'e', 's', 'T', 'r', 'u', 'f', 'l', 'x', '0', '1', '2', '9', '.', '-', '+', ':', '#', ' ', ',', '[', '{', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '?', '~', '_', '/', '\\', 'é', '£', '…', '\t', '\n', '\u0085'), { maxLength: 12 }).map((c) => c.join(''));
const word = fc.constantFrom('yes', 'No', 'on', 'OFF', 'y', 'n', 'true', 'null', '~', '1.5', '0x1F', '0o17', '1e5', '.inf', '-.NaN', '1:20', '2002-02-23', '2002-02-23T10:00:00Z', '<<', '=', '12', '-3', '007', '1_000', 'Shell', '$1m payoff for former Shell boss', 'Tony Blair: the interview', '...and more', '--- dash', '% sign');
const scalar = fc.oneof(text, word, fc.integer({ min: -1e6, max: 1e6 }), fc.boolean(), fc.constant(undefined), fc.constant(null), fc.double({ noNaN: true }));
const key = fc.oneof(fc.constantFrom('title', 'date', 'slug', 'count', 'tags', 'entities', 'words', 'pages', 'x_1'), text);
const flatMap = fc.dictionary(key, scalar, { maxKeys: 4 });
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.array(flatMap, { maxLength: 3 }), flatMap);
const data = fc.dictionary(key, value, { maxKeys: 6 });
/** Values shaped like entries' front matter: known keys, strings and integers. */
const entryScalar = fc.oneof(text, word, fc.integer({ min: 0, max: 1e6 }));
const entryKey = fc.constantFrom('title', 'date', 'slug', 'count', 'tags', 'entities', 'words', 'pages');
const entryLike = fc.dictionary(entryKey, fc.oneof(entryScalar, fc.array(entryScalar, { maxLength: 3 }), fc.array(fc.dictionary(entryKey, entryScalar, { minKeys: 1, maxKeys: 2 }), { maxLength: 3 })), { maxKeys: 5 });

describe('fastYaml', () => {
  it("writes what yaml's stringify writes, whenever it writes anything", () => {
    let written = 0;
    fc.assert(fc.property(fc.oneof(data, entryLike), (d) => {
      const fast = fastYaml(d);
      if (fast === undefined) return;
      written++;
      expect(fast).toBe(stringify(d, YAML_OPTIONS));
    }), { numRuns: 20_000 });
    // Not a test of nothing: a good share of the random values are written here.
    expect(written).toBeGreaterThan(3_000);
  });

  it("writes an article entry's front matter (dates quoted, entities as a list of maps)", () => {
    const entry = { title: '$1m payoff for former Shell boss', titleFrom: 'text', date: '2002-02-23', tags: [], summary: 'Shell is to pay $1m (£522,000) to the ex-finance chief.', seed: '2002-02-23-business-419.txt', hash: '09f29676288b451ba1305c74e4065df4', entities: [{ slug: 'shell', count: 6 }, { slug: 'yes', count: 1 }], words: 230 };
    const fast = fastYaml(entry);
    expect(fast).toBe(stringify(entry, YAML_OPTIONS));
    expect(fast).toContain('date: "2002-02-23"\n');
    expect(fast).toContain('  - slug: shell\n    count: 6\n');
  });

  it('leaves to yaml what it does not write itself', () => {
    expect(fastYaml({ title: '"Quoted" at the start' })).toBeUndefined();
    expect(fastYaml({ y: 'a key YAML 1.1 reads as a boolean' })).toBeUndefined();
    expect(fastYaml({ summary: '' })).toBeUndefined();
    expect(fastYaml({ lines: 'two\nlines' })).toBeUndefined();
    expect(fastYaml({ ratio: 0.5 })).toBeUndefined();
    expect(fastYaml({ zero: -0 })).toBeUndefined();
    expect(fastYaml({ when: new Date(0) })).toBeUndefined();
  });
});
