/**
 * Named-entity recognition for English news: people, organizations, places (plus demonyms and
 * other CoNLL MISC names). An averaged structured perceptron over hashed features with BILOU
 * Viterbi decoding, trained on CoNLL-2003 (see scripts/train-entities.ts). The model file is
 * loaded lazily on first call and cached.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MentionType, RawMention } from '../types.ts';
import { extractFeatures } from './recognizer/features.ts';
import { GAZ, lookupPhrase } from './recognizer/gazetteer.ts';
import { type Model, decodeDocument, deserializeModel } from './recognizer/model.ts';
import { type TokenSpan, tagsToSpans } from './recognizer/tags.ts';
import { tokenize } from './recognizer/tokenize.ts';

const MODEL_URL = new URL('./model/entities.bin.gz', import.meta.url);
let cached: Model | null = null;

/** Loads (once) and returns the trained model. */
export function loadEntityModel(): Model {
  if (!cached) cached = deserializeModel(readFileSync(fileURLToPath(MODEL_URL)));
  return cached;
}

const TYPE_NAMES: MentionType[] = ['person', 'organization', 'place', 'misc'];
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'ben', 'abu', 'bint', 'de', 'van', 'von', 'da', 'di', 'du', 'le', 'la', 'mc', 'mac', 'o', 'd']);
const DEMONYM_BIT = 1 << GAZ.demonym;
const KNOWN_ORG_BIT = 1 << GAZ.knownOrg;
const KNOWN_PERSON_BIT = 1 << GAZ.knownPerson;

/** Finds named-entity mentions in raw text; offsets are UTF-16 offsets into `text`, end exclusive. */
export function recognizeEntities(text: string): RawMention[] {
  const model = loadEntityModel();
  const tk = tokenize(text);
  const n = tk.words.length;
  if (n === 0) return [];
  const doc = extractFeatures(tk.words, tk.sentences, model.resources, 'grouped');
  const tags = new Int32Array(n);
  decodeDocument(model, doc, tags);
  const out: RawMention[] = [];
  const spans = harmonize(titledPersons(tagsToSpans(tags), tk.words), tk.words);
  for (const sp of spans) {
    let start = tk.starts[sp.start];
    const end = tk.ends[sp.end - 1];
    let type = TYPE_NAMES[sp.type];
    // "ex-Al Qaeda", "pro-Kremlin": drop a lower-case prefix glued by a hyphen (not a name particle).
    const m = /^(\p{Ll}+)-(?=\p{Lu})/u.exec(tk.words[sp.start]);
    if (m && !PARTICLES.has(m[1]) && type !== 'misc') start += m[0].length;
    const surface = text.slice(start, end);
    // Well-known names (hand-written lists) correct a person/organization mix-up.
    const known = lookupPhrase(model.resources.gazetteer, surface);
    if (type === 'person' && known & KNOWN_ORG_BIT && !(known & KNOWN_PERSON_BIT)) type = 'organization';
    else if ((type === 'organization' || type === 'place') && known & KNOWN_PERSON_BIT && !(known & KNOWN_ORG_BIT)) type = 'person';
    // English puts no article before a person's name: "led the Hayat Tahrir al-Sham" is a group.
    if (type === 'person' && !(known & KNOWN_PERSON_BIT) && /\bthe\s+$/u.test(text.slice(Math.max(0, start - 5), start))) type = 'organization';
    if (type === 'misc') {
      if ((known & DEMONYM_BIT) !== 0) type = 'demonym';
    }
    if (end > start) out.push(...personName({ start, end, text: surface, type }));
  }
  return out;
}

/** Name particles and connectives that may be lower-case inside a person's name. */
const NAME_LOWER = new Set([...PARTICLES, 'del', 'della', 'der', 'den', 'dos', 'das', 'ter', 'ten', 'y', 'e', 'bint', 'zu']);

/**
 * A person's name is capitalised words and particles. A span with another lower-case word in it
 * ("Ray star Jamie Foxx", "Hockney also left Ukip") is cut to the capitalised run after that
 * word when two or more words remain, and dropped otherwise.
 */
export function personName(m: RawMention): RawMention[] {
  if (m.type !== 'person') return [m];
  const words = [...m.text.matchAll(/\S+/gu)];
  let last = -1;
  words.forEach((w, i) => {
    if (/^\p{Ll}/u.test(w[0]) && !NAME_LOWER.has(w[0].toLowerCase().replace(/[-'’].*$/u, ''))) last = i;
  });
  if (last < 0) return [m];
  const rest = words.slice(last + 1);
  if (rest.length < 2) return [];
  const cut = rest[0]!.index!;
  return [{ start: m.start + cut, end: m.end, text: m.text.slice(cut), type: m.type }];
}

/**
 * Document-level consistency: the same name gets one type throughout a text (majority vote), and
 * a lone surname of a person named in full elsewhere in the text is a person.
 */
export function harmonize(spans: TokenSpan[], words: string[]): TokenSpan[] {
  const keyOf = (sp: TokenSpan) => words.slice(sp.start, sp.end).join(' ').replace(/[’]/g, "'").replace(/-/g, ' ').toLowerCase();
  const votes = new Map<string, number[]>();
  const surnames = new Set<string>();
  for (const sp of spans) {
    const k = keyOf(sp);
    const v = votes.get(k) ?? [0, 0, 0, 0];
    v[sp.type]++;
    votes.set(k, v);
    if (sp.type === 0 && sp.end - sp.start > 1) surnames.add(words[sp.end - 1].replace(/[’]/g, "'").toLowerCase());
  }
  return spans.map((sp) => {
    const k = keyOf(sp);
    const v = votes.get(k)!;
    let best = sp.type;
    for (let t = 0; t < 4; t++) if (v[t] > v[best]) best = t;
    if (sp.end - sp.start === 1 && best !== 0 && surnames.has(k) && v[best] <= (v[0] + 1) * 2) best = 0;
    return best === sp.type ? sp : { ...sp, type: best };
  });
}

const TITLE_RE = /^(?:Mr|Mrs|Ms|Dr|Mister|Madam)\.?$/;
const NAME_RE = /^(?:\p{Lu}|(?:al|el|bin|ibn|abu|de|van|von|da|di|du|le|la)-?\p{Lu}?)/u;

/**
 * "Mr Trump", "Mrs. May": the capitalised words after a personal title are a person, whatever the
 * model said; the title itself is never part of the name.
 */
export function titledPersons(spans: TokenSpan[], words: string[]): TokenSpan[] {
  let out = spans;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!TITLE_RE.test(words[i]) || !/^\p{Lu}/u.test(words[i + 1])) continue;
    let k = i + 1;
    while (k < words.length && k - i <= 4 && NAME_RE.test(words[k]) && !TITLE_RE.test(words[k])) k++;
    const start = i + 1;
    if (out.some((s) => s.type === 0 && s.start === start && s.end >= k)) continue;
    out = out.filter((s) => s.end <= i || s.start >= k);
    out.push({ start, end: k, type: 0 });
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
