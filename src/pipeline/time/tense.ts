/**
 * Tense and direction cues: decides whether an underspecified expression ("Monday", "in May",
 * "the fourth quarter") points before or after the publication date, from the verbs around it.
 */

/** -1 past, +1 future, 0 present / unknown. */
export type Direction = -1 | 0 | 1;

const FUTURE = new Set([
  'will', "'ll", '’ll', 'shall', 'gonna', 'upcoming', 'forthcoming', 'scheduled', 'plans', 'planned', 'plan',
  'expects', 'expected', 'expect', 'due', 'payable', 'effective', 'next', 'coming', 'tomorrow', 'intends', 'aims',
  'hopes', 'would', 'set', 'planning', 'preparing', 'slated', 'poised', 'scheduled', 'tonight',
]);
// Weaker future cues only count when nothing stronger is nearer.
const WEAK_FUTURE = new Set(['would', 'planned', 'set', 'plan', 'expect', 'expected', 'due', 'slated', 'poised']);

const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'last', 'yesterday', 'earlier', 'previously', 'since', 'met', 'began',
  'came', 'went', 'saw', 'took', 'made', 'told', 'gave', 'left', 'fell', 'rose', 'sold', 'bought', 'paid', 'held',
  'led', 'won', 'lost', 'found', 'got', 'knew', 'thought', 'became', 'brought', 'built', 'felt', 'kept', 'meant',
  'ran', 'sent', 'spent', 'stood', 'struck', 'taught', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'ate', 'flew',
  'grew', 'threw', 'wore', 'hit', 'shut', 'quit', 'cut', 'put', 'set', 'let', 'beat', 'sought', 'fought', 'won',
  'overtook', 'undertook', 'forgot', 'forgave', 'sank', 'swam', 'sang', 'rang', 'began', 'hung', 'slid',
]);
const NOT_ED = new Set([
  'need', 'needed', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'indeed', 'hundred', 'proceed', 'succeed',
  'exceed', 'breed', 'greed', 'deed', 'weed', 'bleed', 'embed', 'wed', 'led', 'fled', 'sled', 'bred', 'fed',
  'expected', 'scheduled', 'planned', 'united', 'limited', 'related', 'based', 'advanced', 'detailed', 'named',
  'unrelated', 'undisclosed', 'proposed', 'increased', 'reduced', 'revised', 'restated', 'combined',
  'adjusted', 'anticipated', 'projected', 'forecasted', 'intended', 'concerned', 'interested',
  'supposed', 'used', 'listed', 'designated', 'unexpected', 'unprecedented', 'unidentified', 'armed', 'mixed',
  'diversified', 'qualified', 'experienced', 'sophisticated', 'talented', 'dedicated', 'unemployed',
  // Adjectives in un-…-ed are no verbs: "on a still unspecified date".
  'unspecified', 'unnamed', 'unchanged', 'unannounced', 'unconfirmed', 'unresolved', 'unsecured', 'unlimited',
  'unaudited', 'unsolicited', 'unidentified', 'unexplained', 'unscheduled', 'undecided', 'unopposed',
]);

const WORD = /[A-Za-z’']+/g;
/** Verbs of intent and commitment that take an infinitive: "agreed to buy", "vowed to return". */
const INTENT_VERB = /^(?:agreed|decided|promised|vowed|pledged|threatened|offered|intended|hoped|wanted|aimed|voted|arranged|sought|chose|resolved|undertook|volunteered|prepared)$/i;
/** Weak future cues that, when nearer the timex than a past cue, still decide: modals and plans, not past participles. */
const NEAR_MODALS = /^(?:would|plan|expect|due|slated|poised)$/i;

// Abbreviations whose dot ends no sentence: initials, titles before names ("Gen.", "Sen."),
// month abbreviations, "vs.", company suffixes.
const ABBR = '(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[ap]\\.m|U\\.S|Inc|Corp|Co|Ltd|No|vs|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|Rev|Prof|Jr|Sr)';
const ABBREV = new RegExp(`\\b${ABBR}$`);
const ABBREV_DOT = new RegExp(`\\b${ABBR}\\.$`);
/** True when the next non-space character from `i` is a lower-case letter: a dot before it ends no sentence ("Birmingham, Ala., killed", "Roe vs. Wade"). */
function lowerNext(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return /[a-z]/.test(text[j] ?? '');
}

const QUOTE_END = /^["”’']$/;

/** Bounds of the sentence around [start, end): stops at a newline or a sentence-final mark. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0) {
    const c = text[s - 1];
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[s] ?? ' ') && !lowerNext(text, s) && !ABBREV_DOT.test(text.slice(Math.max(0, s - 6), s))) break;
    // A closing quote after the final mark: `… to 65." On Monday, …` starts a new sentence.
    if (QUOTE_END.test(c) && s >= 2 && /[.!?]/.test(text[s - 2]) && /\s/.test(text[s] ?? ' ') && !lowerNext(text, s)) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const c = text[e];
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[e + 1] ?? ' ') && !lowerNext(text, e + 1) && !ABBREV.test(text.slice(Math.max(0, e - 5), e))) {
      e++;
      break;
    }
    if ((c === '.' || c === '!' || c === '?') && QUOTE_END.test(text[e + 1] ?? '') && /\s/.test(text[e + 2] ?? ' ') && !lowerNext(text, e + 2)) {
      e += 2;
      break;
    }
    e++;
  }
  return [s, e];
}

// Verbs in un-: every other un-…-ed word is a negated participle used as an adjective
// ("markets untouched by the crisis", "an unspecified date"), which carries no tense.
const UN_VERBS = /^un(?:der|veil|load|leash|cover|lock|fold|rav|it|if|earth|seat|wind|pack|plug|ti|block|freez|seal|scrambl|do|mask|nerv|burden|hing)/;
const unAdjective = (w: string) => w.startsWith('un') && !UN_VERBS.test(w);

function cue(w: string): Direction | 'weak+' | undefined {
  const lw = w.toLowerCase().replace('’', "'");
  if (lw.endsWith("'ll")) return 1;
  if (FUTURE.has(lw)) return WEAK_FUTURE.has(lw) ? 'weak+' : 1;
  if (PAST.has(lw)) return -1;
  if (lw.length > 4 && lw.endsWith('ed') && !NOT_ED.has(lw) && !lw.endsWith('eed') && !unAdjective(lw)) return -1;
  return undefined;
}

// Quotation marks: straight and curly double quotes, and the `` and '' of wire copy.
const QUOTE_MARK = /``|''|["“”]/g;

/**
 * The quotation holding [start, end) within the sentence [s, e), or the sentence itself when the
 * span is not quoted. The attribution outside a quotation ("…Thursday,'' Castro said.") reports
 * when the words were said, not when what they talk about happens, so its tense must not decide.
 * A mark opens a quotation when a space (or the sentence start) precedes it and a word follows;
 * otherwise it closes one, which also tells a quotation begun in an earlier sentence.
 */
export function quotationBounds(text: string, start: number, end: number, [s, e]: [number, number]): [number, number] {
  const marks: { at: number; end: number; open: boolean }[] = [];
  const seg = text.slice(s, e);
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(seg); m; m = QUOTE_MARK.exec(seg)) {
    const at = s + m.index, after = at + m[0].length;
    const open = m[0] === '``' || m[0] === '“' || ((at === s || /[\s(\[]/.test(text[at - 1])) && /[^\s,.;:!?]/.test(text[after] ?? ' '));
    marks.push({ at, end: after, open });
  }
  const before = marks.filter((q) => q.end <= start).pop();
  const after = marks.find((q) => q.at >= end);
  const inside = before ? before.open : after !== undefined && !after.open;
  if (!inside) return [s, e];
  return [before ? before.end : s, after && !after.open ? after.at : e];
}

/**
 * Direction implied by the tense of the sentence around [start, end): the nearest strong cue
 * wins ("will", "'ll", "next", "expects" → future; "was", "said", "-ed" verbs, "ago" → past);
 * weak future cues ("would", "by", "until", "may") decide only when no strong cue is found.
 * Returns 0 when the sentence gives no cue.
 */
export function tenseDirection(text: string, start: number, end: number): Direction {
  const [s, e] = quotationBounds(text, start, end, sentenceBounds(text, start, end));
  let best: Direction = 0, bestDist = Infinity, weak = false, weakDist = Infinity, intentDist = Infinity;
  const scan = (from: number, to: number, before: boolean) => {
    const seg = text.slice(from, to);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(seg); m; m = WORD.exec(seg)) {
      let c = cue(m[0]);
      // "is to launch", "are to meet": the British future of arrangements.
      if (c === undefined && /^(?:is|are)$/i.test(m[0]) && /^\s+to\s+[a-z]/.test(seg.slice(m.index + m[0].length, m.index + m[0].length + 6))) c = 1;
      // "agreed to purchase the line in February": the infinitive after a verb of intent or
      // commitment is later than that verb, so the verb's past tense does not place the timex.
      if (before && c !== 1 && INTENT_VERB.test(m[0]) && /^\s+to\s+[a-z]/i.test(seg.slice(m.index + m[0].length, m.index + m[0].length + 8))) {
        intentDist = Math.min(intentDist, start - (from + m.index));
        continue;
      }
      if (c === undefined) continue;
      const prev = seg.slice(Math.max(0, m.index - 9), m.index);
      // Participles take their tense from the auxiliary ("will be paid", "is expected").
      if (c === -1 && !/^(?:was|were|had|did|ago|last|yesterday|earlier|since)$/i.test(m[0]) && /\b(?:be|been|being|is|are|am|'s|’s|get|gets|will|to)\s+$/i.test(prev)) continue;
      // "was planning to", "were going to": the future cue after the auxiliary decides.
      if (c === -1 && /^(?:was|were|is|are)$/i.test(m[0]) && /^\s+(?:planning|preparing|expecting|scheduled|set|due|going|about|poised|slated|expected)\b/i.test(seg.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      const next4 = seg.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (/^(?:set|due|expected|scheduled|poised|slated)$/i.test(m[0])) {
        // "had been due to expire Friday": a plan that has passed; otherwise "due to" looks ahead.
        if (/^\s+to\b/i.test(next4)) c = /\bhad\s+been\s+$/i.test(seg.slice(Math.max(0, m.index - 10), m.index)) ? -1 : 1;
        else if (/^set$/i.test(m[0])) continue; // "set aside", "set up"
      }
      if (/^next$/i.test(m[0]) && /^\s+to\b/i.test(next4)) continue; // "next to the embassy"
      // "plans" and "plan" are verbs of intent only before "to" ("plans to sell"); "vacation plans",
      // "the peace plan" are nouns and carry no tense.
      if (/^plans?$/i.test(m[0]) && !/^\s+to\b/i.test(next4)) continue;

      const pos = from + m.index;
      // Words after the timex count a little less than those before it.
      const dist = before ? start - pos : (pos - end) * 1.3 + 2;
      if (c === 'weak+') {
        weak = true;
        // A modal between the reporting verb and the timex governs it: "said he would resign
        // Friday", "did not plan to leave Thursday" look ahead whatever the tense of "said".
        if (before && NEAR_MODALS.test(m[0]) && dist < weakDist) weakDist = dist;
        continue;
      }
      if (dist < bestDist) {
        bestDist = dist;
        best = c;
      }
    }
  };
  scan(s, start, true);
  scan(end, e, false);
  // Past cues beyond a verb of intent say when it was agreed, not when it will happen: no direction.
  if (best < 0 && intentDist < bestDist) return 0;
  if (best === 0 && weak) return 1;
  // Not for a possessive ("get around Wednesday's ruling"): the modal governs the verb, not the noun.
  if (best < 0 && weakDist < bestDist && !/^['’]s\b/.test(text.slice(end, end + 3))) return 1;
  return best;
}

// Verbs of scheduled events, present tense: "meet(s)", "opens", "heads", "is" ("the vote is Tuesday").
const SCHEDULE_VERB =
  "(?:meets?|opens?|begins?|starts?|resumes?|plays?|faces?|travels?|visits?|arrives?|leaves?|returns?|votes?|closes?|ends?|holds?|hosts?|heads?|flies|fly|goes|testif(?:y|ies)|convenes?|reconvenes?|kicks? off|takes? office|expires?|is|are|'re|’re)";
const SCHEDULE_NEAR = new RegExp(
  `(?:^|[^\\w'’])(?<!\\b(?:the|a|an|its|their|his|her|our|tax|total|home|away|to|public|record|final|first|last|next|this|that|no|any|each|every)\\s)(?<!\\b\\w+ed\\s)${SCHEDULE_VERB}(?:\\s+(?:again|separately|together|jointly|formally|privately|here|there|home|abroad|back|next|only|also|then))?\\s+(?:on\\s+)?$`,
  'i',
);
// The same verb with a short object or phrase between it and the timex, or a present progressive
// ("Albright is traveling to East Africa Tuesday"); used only when the sentence has no other cue.
const SCHEDULE_FAR = new RegExp(
  `(?:^|[^\\w'’])(?:(?<!\\b(?:the|a|an|its|their|his|her|our|tax|total|home|away|to)\\s)${SCHEDULE_VERB}|(?:is|are|'s|’s|'re|’re)\\s+[a-z]+ing)(?:\\s+[A-Za-z'’.-]+){0,5}\\s+(?:on\\s+)?$`,
  'i',
);

/**
 * Present-tense schedules look ahead: "Netanyahu and Arafat meet separately Monday", "the vote is
 * Tuesday", "Albright is traveling to Kenya Tuesday". Returns 'near' when the schedule verb stands
 * right before the timex (it decides over a reporting "said"), 'far' when a few words come between
 * (it decides only when the sentence has no other tense cue), undefined otherwise.
 */
export function scheduleCue(text: string, start: number): 'near' | 'far' | undefined {
  let before = text.slice(Math.max(0, start - 60), start);
  const cut = before.search(/[.!?;:,\n"“”(][^.!?;:,\n"“”(]*$/);
  if (cut >= 0) before = before.slice(cut + 1);
  const near = SCHEDULE_NEAR.exec(before) ?? SCHEDULE_FAR.exec(before);
  if (!near) return undefined;
  // A base form ("meet", "vote", "close") is a verb only after a plural or named subject or a
  // pronoun ("the leaders meet", "Arafat and Netanyahu meet", "they vote"); after a singular noun
  // or an adjective it is a noun ("the public vote", "a record close").
  const verb = /[A-Za-z'’]+/.exec(near[0].slice(/^[^\w'’]/.test(near[0]) ? 1 : 0))![0];
  // A capitalised verb is a name: "the Australian Open on Monday".
  if (/^[A-Z]/.test(verb) && verb !== verb.toUpperCase()) return undefined;
  if (!/s$/i.test(verb) && !/^(?:are|'re|’re)$/i.test(verb)) {
    const prev = /([A-Za-z'’]+)\s+$/.exec(before.slice(0, before.length - near[0].length + (/^[^\w'’]/.test(near[0]) ? 1 : 0)));
    const p = prev?.[1] ?? '';
    if (!(/^(?:they|we|you|I|who)$/i.test(p) || (/s$/.test(p) && !/(?:ss|'s|’s|us|is)$/.test(p)) || /^[A-Z]/.test(p))) return undefined;
  }
  return SCHEDULE_NEAR.test(before) ? 'near' : 'far';
}
