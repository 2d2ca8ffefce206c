/**
 * Penn/CoNLL-style tokenizer with character offsets and a light sentence splitter.
 *
 * Keeps "U.S." and "U.S.-led" together, splits possessive 's / ’s and n't, keeps hyphenated
 * words ("al-Sharaa", "10-year-old") and initials ("W.") together, splits other punctuation.
 */

/** Tokens of a text: parallel arrays of surface strings and UTF-16 offsets, plus sentence ranges. */
export interface Tokens {
  /** Token surface strings exactly as in the text. */
  words: string[];
  /** Start offsets (inclusive). */
  starts: number[];
  /** End offsets (exclusive). */
  ends: number[];
  /** Sentences as [firstToken, endToken) pairs, covering all tokens in order. */
  sentences: Array<[number, number]>;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sen rep gov gen lt col sgt capt cmdr adm maj jr sr inc corp co ltd plc bros ' +
    'no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev messrs fig dept est approx ave blvd'
  ).split(' '),
);

// Order matters: alternatives are tried left to right at each position.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*`, // U.S. U.K. U.S.-led e.g.
    String.raw`\p{L}+(?=n['’]t(?![\p{L}\p{N}]))`, // "did" of "didn't"
    String.raw`n['’]t(?![\p{L}\p{N}])`, // n't
    String.raw`['’](?:s|S|re|RE|ve|VE|ll|LL|m|M|d|D)(?![\p{L}\p{N}])`, // clitics 's 're ...
    String.raw`\p{N}+(?:[.,:/]\p{N}+)+(?:-[\p{L}\p{N}]+)*`, // 1,000 3.5 9/11 12:30
    String.raw`(?:\p{L}{1,2}['’](?=\p{Lu}))?[\p{L}\p{N}\p{M}]+(?:[-&][\p{L}\p{N}\p{M}]+)*`, // words, O'Brien, al-Sharaa
    String.raw`\.{2,}|-{2,}|…`,
    String.raw`[^\s]`,
  ].join('|'),
  'uy',
);

const SPACE_RE = /\s+/y;

/** Splits raw text into tokens and sentences. */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const breakBefore: boolean[] = [];
  let pos = 0;
  let sawNewline = true;
  const n = text.length;
  while (pos < n) {
    SPACE_RE.lastIndex = pos;
    const sp = SPACE_RE.exec(text);
    if (sp) {
      if (sp[0].includes('\n')) sawNewline = true;
      pos += sp[0].length;
      continue;
    }
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    let end = m ? pos + m[0].length : pos + 1;
    let w = text.slice(pos, end);
    // Abbreviations and initials keep their period.
    if (text.charCodeAt(end) === 46 /* . */ && /^\p{L}/u.test(w)) {
      const lw = w.toLowerCase();
      if ((w.length === 1 && /\p{Lu}/u.test(w)) || ABBREVIATIONS.has(lw)) {
        end += 1;
        w += '.';
      }
    }
    words.push(w);
    starts.push(pos);
    ends.push(end);
    breakBefore.push(sawNewline);
    sawNewline = false;
    pos = end;
  }
  const sentences: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i < words.length; i++) {
    if (i > s && breakBefore[i]) {
      sentences.push([s, i]);
      s = i;
    }
    const w = words[i];
    if (w === '.' || w === '!' || w === '?' || w === '...' || w === '…') {
      let j = i + 1;
      while (j < words.length && !breakBefore[j] && /^["”’')\]]$/.test(words[j])) j++;
      if (j < words.length && !breakBefore[j]) {
        const next = words[j];
        if (/^[\p{Lu}\p{N}"“‘'(\[]/u.test(next)) {
          sentences.push([s, j]);
          s = j;
          i = j - 1;
        }
      }
    }
  }
  if (s < words.length) sentences.push([s, words.length]);
  return { words, starts, ends, sentences };
}

const TITLE_NO_PERIOD = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Col', 'Lt', 'Sgt', 'Rev', 'Sen', 'Gov', 'Rep', 'Jr', 'Sr']);

/** Maps typographic characters to the ASCII forms used in CoNLL text (for feature lookup only); British "Mr" → "Mr.". */
export function normalizeToken(w: string): string {
  if (w.length <= 3 && TITLE_NO_PERIOD.has(w)) return w + '.';
  if (/^[\x00-\x7f]*$/.test(w)) return w;
  return w
    .replace(/[’‘‛`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...');
}
