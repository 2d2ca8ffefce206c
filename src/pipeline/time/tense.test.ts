import { describe, expect, it } from 'vitest';
import { scheduleCue, sentenceBounds, tenseDirection } from './tense.ts';

const dirOf = (s: string, word: string) => {
  const i = s.indexOf(word);
  return tenseDirection(s, i, i + word.length);
};

describe('tenseDirection', () => {
  it('reads past, future and unknown', () => {
    expect(dirOf('They met in May.', 'May')).toBe(-1);
    expect(dirOf('They will meet in May.', 'May')).toBe(1);
    expect(dirOf('The dividend will be paid Dec. 14.', 'Dec. 14')).toBe(1);
    expect(dirOf('Talks are set to resume Monday.', 'Monday')).toBe(1);
    expect(dirOf('Meeting Monday.', 'Monday')).toBe(0);
    expect(dirOf('He is to launch his party in Westminster on Wednesday.', 'Wednesday')).toBe(1);
  });
  it('stays inside the sentence', () => {
    const s = 'He resigned. The board meets Monday.';
    expect(sentenceBounds(s, s.indexOf('Monday'), s.indexOf('Monday') + 6)).toEqual([12, s.length]);
    expect(dirOf(s, 'Monday')).toBe(0);
  });
  it('does not end a sentence at a dot before a lower-case word or after a title', () => {
    const s = 'In Birmingham, Ala., a bomb killed a guard. Gen. Smith spoke Monday.';
    expect(sentenceBounds(s, 0, 2)).toEqual([0, 43]);
    expect(sentenceBounds(s, s.indexOf('Monday'), s.indexOf('Monday') + 6)[0]).toBe(43);
  });
  it('ends a sentence at a closing quote after the final mark', () => {
    const s = 'He said it "would rise." On Monday, officials met.';
    expect(sentenceBounds(s, s.indexOf('Monday'), s.indexOf('Monday') + 6)[0]).toBe(s.indexOf(' On'));
    expect(dirOf(s, 'Monday')).toBe(-1);
  });
  it('reads a quotation by its own tense, not by the attribution outside it', () => {
    expect(dirOf("''He will leave at 4 a.m. Thursday,'' Castro said.", 'Thursday')).toBe(1);
    expect(dirOf('“He will leave on Thursday,” she said.', 'Thursday')).toBe(1);
    // A quotation begun in an earlier sentence: its closing mark tells.
    expect(dirOf('He will be there Thursday," she said.', 'Thursday')).toBe(1);
    // Outside a quotation the attribution is the sentence's tense.
    expect(dirOf('"We will win," he said Thursday.', 'Thursday')).toBe(-1);
    expect(dirOf('They were shown "Titanic" on Thursday.', 'Thursday')).toBe(-1);
  });
  it('gives no direction to an infinitive after a verb of intent', () => {
    expect(dirOf('It disclosed that Thermo agreed to purchase the line in February.', 'February')).toBe(0);
    expect(dirOf('It disclosed that he vowed to return the money in March.', 'March')).toBe(0);
    // The verb's own time stays past: "agreed in February to purchase".
    expect(dirOf('It disclosed that Thermo agreed in February to purchase the line.', 'February')).toBe(-1);
  });
  it('lets a nearer modal or plan govern over a reporting verb', () => {
    expect(dirOf('He said he would resign Friday.', 'Friday')).toBe(1);
    expect(dirOf('They said they would fight Friday’s ruling.', 'Friday')).toBe(-1);
    expect(dirOf('It set aside vacation plans on Friday and left.', 'Friday')).toBe(-1);
  });
});

describe('scheduleCue', () => {
  const cueOf = (s: string, word: string) => scheduleCue(s, s.indexOf(word));
  it('finds present-tense schedules', () => {
    expect(cueOf('The leaders meet separately Monday.', 'Monday')).toBe('near');
    expect(cueOf('The board meets on Monday.', 'Monday')).toBe('near');
    expect(cueOf('The vote is Tuesday.', 'Tuesday')).toBe('near');
    expect(cueOf('Albright is traveling to East Africa Tuesday.', 'Tuesday')).toBe('far');
    expect(cueOf('Arafat meets Albright Monday.', 'Monday')).toBe('far');
  });
  it('ignores nouns, infinitives and clauses before a comma', () => {
    expect(cueOf('Its tax returns Monday were late.', 'Monday')).toBeUndefined();
    expect(cueOf('It had been due to expire Friday.', 'Friday')).toBeUndefined();
    expect(cueOf('When it opens, Monday will tell.', 'Monday')).toBeUndefined();
    expect(cueOf('The index rose above its record close on Wednesday.', 'Wednesday')).toBeUndefined();
    expect(cueOf('She faced the public vote on Friday.', 'Friday')).toBeUndefined();
    expect(cueOf('They vote on Friday.', 'Friday')).toBe('near');
    expect(cueOf('Speaking at the Australian Open on Monday, he smiled.', 'Monday')).toBeUndefined();
  });
});
