/**
 * Name normalisation for linking: one key for all spellings of a name ("DONALD Trump",
 * "Donald Trump"; "Al-Qaeda", "Al Qaeda"; "U.S.", "US"), titles stripped from people's names, and
 * the choice of a display name among the spellings seen.
 */
import { titleCaseWord } from '../parse/headline.ts';

/** Titles and roles that precede a name but are not part of it ("President Ahmad al-Sharaa"). */
const TITLES = new Set(
  'president ex-president vice-president prime minister secretary chancellor mr mrs ms miss dr prof professor sir dame lord lady king queen prince princess sheikh emir general gen lieutenant colonel col major captain capt sergeant admiral senator sen rep representative congressman congresswoman governor gov mayor judge justice pope cardinal bishop archbishop rev reverend father sister brother chairman chairwoman chief ceo coach manager officer agent inspector detective ambassador envoy leader former ex late the u.s. u.s us uk'.split(' '),
);

/** Words a name never starts with, even when the recogniser includes them. */
const LEADING_NOISE = /^(?:the|a|an)\s+/iu;

/**
 * The linking key of a name: case, accents, dots, apostrophes, hyphens and a leading "the" do
 * not matter. `"U.S."` → `"us"`, `"Al-Qaeda"` → `"al qaeda"`, `"Trump’s"` → `"trump"`.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]s$/u, '')
    .replace(/[.’'`´]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING_NOISE, '');
}

/** Removes leading titles from a person's name ("President Ahmad al-Sharaa" → "Ahmad al-Sharaa"). */
export function stripTitles(name: string): string {
  const words = name.split(/\s+/u);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!.toLowerCase().replace(/\.$/u, ''))) i++;
  return words.slice(i).join(' ');
}

/** True when `short`'s words are the last words of `long` ("al sharaa" in "ahmad al sharaa"). */
export function isNameSuffix(short: string, long: string): boolean {
  return short.length < long.length && long.endsWith(' ' + short);
}

const CAPS_WORD = /^\p{Lu}[\p{Lu}'’.-]{3,}$/u;

/** Title-cases ALL-CAPS words in a name that also has mixed-case words ("DONALD Trump", "Ahmad AL-SHARAA"). */
export function fixCapsWords(name: string): string {
  const words = name.split(' ');
  if (!words.some((w) => /\p{Ll}/u.test(w))) return name;
  return words.map((w) => (CAPS_WORD.test(w) ? titleCaseWord(w) : w)).join(' ');
}

/** How good a spelling is for display: proper casing beats ALL CAPS or all lowercase. */
function casingScore(name: string): number {
  if (name === name.toUpperCase()) return /\s/u.test(name) ? 0 : 2; // "ISIS" is fine; "DONALD TRUMP" is not
  if (name === name.toLowerCase()) return 0;
  return name.split(' ').some((w) => CAPS_WORD.test(w)) ? 1 : 3;
}

/**
 * Picks the display name among spellings with their counts: spellings of the full name (`key`)
 * first ("Donald Trump" over the more frequent "Trump"), then the best-cased, then the most
 * frequent, then the longest, then the first seen (deterministic: mentions come in seed order).
 */
export function chooseDisplayName(spellings: ReadonlyMap<string, number>, key?: string): string {
  const full = [...spellings].filter(([s]) => nameKey(s) === key);
  // Array sort is stable: among equals, the spelling seen first (in seed order) wins.
  const ranked = (full.length ? full : [...spellings]).sort(([a, ca], [b, cb]) => casingScore(b) - casingScore(a) || cb - ca || b.length - a.length);
  return fixCapsWords(ranked[0]![0]);
}
