/**
 * Readable headlines for articles that have none: derived from the lede, with a tabloid ALL-CAPS
 * lead-in normalised ("DONALD Trump welcomed ..." → "Donald Trump welcomed ...") and the sentence
 * cut at a clause boundary.
 */

/** Headlines longer than this are cut at a clause boundary. */
export const MAX_HEADLINE_CHARS = 90;

const CAPS_WORD = /^[A-Z][A-Z'’.-]+$/u;
const TITLE_WORD = /^[A-Z][a-z]/u;

/**
 * Title-cases one ALL-CAPS word, each hyphenated or apostrophised part too ("AL-SHARAA" →
 * "Al-Sharaa", "O'NEILL" → "O'Neill"). Headlines and entity names use this one rule.
 */
export function titleCaseWord(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Normalises a tabloid lead-in: a run of ALL-CAPS words at the very start that is followed by a
 * capitalised word (the rest of a name: "DONALD Trump") is title-cased. Acronyms standing alone
 * ("ISIS fighters ...") are left as they are, because no capitalised word follows them.
 */
export function normaliseCapsLeadIn(text: string): string {
  const words = text.split(' ');
  let run = 0;
  while (run < words.length && CAPS_WORD.test(words[run]!)) run++;
  if (run === 0 || run >= words.length || !TITLE_WORD.test(words[run]!)) return text;
  return [...words.slice(0, run).map(titleCaseWord), ...words.slice(run)].join(' ');
}

/** The first sentence of a text (up to a full stop, question or exclamation mark followed by a space). */
function firstSentence(text: string): string {
  const m = /^(.+?[.!?][”"’)]*)(\s|$)/su.exec(text);
  return (m ? m[1]! : text).trim();
}

/** Where a headline may be cut: before these words or after these marks, never inside a word. */
const CLAUSE_BREAKS = [/, /g, / – /g, / — /g, /; /g, /: /g, / as /g, / after /g, / while /g, / which /g, / but /g, / and /g];

/**
 * Derives a headline from a lede: the first sentence, lead-in normalised, trailing full stop
 * dropped, cut at the last clause boundary before {@link MAX_HEADLINE_CHARS}, or at a word
 * boundary with an ellipsis when no clause boundary is near.
 */
export function headlineFromLede(lede: string): string {
  const sentence = normaliseCapsLeadIn(firstSentence(lede.replace(/\s+/gu, ' ').trim())).replace(/[.]$/u, '');
  if (sentence.length <= MAX_HEADLINE_CHARS) return sentence;
  let best = -1;
  for (const re of CLAUSE_BREAKS) {
    for (const m of sentence.matchAll(re)) {
      if (m.index! <= MAX_HEADLINE_CHARS && m.index! > best && m.index! >= 30) best = m.index!;
    }
  }
  if (best > 0) return sentence.slice(0, best).replace(/[,;:]$/u, '');
  const cut = sentence.lastIndexOf(' ', MAX_HEADLINE_CHARS - 1);
  return sentence.slice(0, cut > 30 ? cut : MAX_HEADLINE_CHARS - 1) + '…';
}
