/**
 * The time-expression rules that are skipped for a text without their `needs` pattern: every
 * match of such a rule contains it, on examples of each rule and on every match in the shared
 * corpora (BBC news and TimeML; skipped when they are not there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, type Rule } from '../src/pipeline/time/grammar.ts';
import { readTimeMLDir } from '../scripts/lib/timeml.ts';

const CORPORA = resolve(import.meta.dirname, '../../shared/corpora');
const available = existsSync(join(CORPORA, 'bbc-news')) && existsSync(join(CORPORA, 'timeml'));
if (!available) console.warn(`time-needs.test: ${CORPORA} not found — skipping the corpus check`);

/** Phrases each rule matches, the way the digest's articles write them. */
const EXAMPLES: Record<string, string[]> = {
  quarter: ['the third quarter', 'second-half', 'the final period of 2004', '2004 first quarter'],
  decade: ['the 1990s', "the '80s", 'the late 1970s', 'the twenties', 'mid-1960s'],
  clock: ['10 a.m.', '3 pm', '9:30 GMT', 'noon', 'midnight', 'mid-afternoon', 'about 7 PM'],
  century: ['the 21st century', 'the early nineteenth century', 'late-20th century'],
  'the-quarter': ['the quarter', 'the latest period', 'last quarter', 'year-earlier', 'the year-ago quarter'],
  'quarter-pair': ['the first two quarters', 'the last two quarters of 2004'],
  'day-deictic': ['today', 'yesterday morning', 'late tomorrow', 'the day before yesterday'],
  'day-part': ['this morning', 'tonight', 'last night', 'overnight', 'earlier this evening'],
};

/** Every match of the rule's expression in `text`, from every position (as the recogniser retries inside a rejected match). */
function matches(rule: Rule, text: string): string[] {
  const re = new RegExp(rule.re.source, rule.re.flags);
  const found: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m[0]);
    re.lastIndex = m.index + 1;
  }
  return found;
}

const gated = RULES.filter((r) => r.needs);

describe('time rules skipped without their needed words', () => {
  it('are the rules that match in few articles, each with examples', () => {
    expect(gated.map((r) => r.name).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it('find each example, and each match contains what the rule needs', () => {
    for (const rule of gated) {
      for (const example of EXAMPLES[rule.name]!) {
        const found = matches(rule, `It happened ${example}, they said.`);
        expect(found, `${rule.name}: ${example}`).not.toEqual([]);
        for (const m of found) expect(rule.needs!.test(m), `${rule.name}: ${m}`).toBe(true);
      }
    }
  });

  it.skipIf(!available)('hold on every match in the BBC and TimeML corpora', () => {
    const bbc = join(CORPORA, 'bbc-news');
    const sections = readdirSync(bbc, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const texts = sections.flatMap((section) => readdirSync(join(bbc, section)).map((f) => readFileSync(join(bbc, section, f), 'latin1')));
    for (const part of ['TimeBank', 'AQUAINT']) texts.push(...readTimeMLDir(join(CORPORA, 'timeml', part)).map((d) => d.text));
    expect(texts.length).toBeGreaterThan(2400);
    let checked = 0;
    for (const rule of gated) {
      for (const text of texts) {
        for (const m of matches(rule, text)) {
          if (!rule.needs!.test(m)) throw new Error(`${rule.name} matched “${m}” without ${rule.needs}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
