/**
 * Descriptions of people from the text itself: an apposition right after the name ("Dareen
 * Khalifa, a senior adviser at the International Crisis Group,") or a role written before it
 * ("White House press secretary Karoline Leavitt").
 */
import type { RawMention } from '../types.ts';

/** Role nouns that end a pre-name title. */
const ROLES = new Set('secretary minister president leader chief adviser advisor spokesman spokeswoman spokesperson director head chairman chairwoman chair executive ambassador envoy governor senator mayor founder editor analyst correspondent commander coach manager captain striker midfielder defender goalkeeper economist professor researcher lawyer attorney judge prosecutor chancellor king queen prince official officer general admiral diplomat negotiator campaigner activist boss owner ceo cfo president-elect premier candidate deputy representative author singer actor actress'.split(' '));

/** Words that may precede a role inside a title ("press", "foreign", "former"). */
const MODIFIERS = /^(?:press|foreign|prime|deputy|vice|former|senior|chief|general|defence|defense|finance|home|interior|health|education|culture|sports?|trade|economy|energy|justice|security|intelligence|national|state|executive|managing|political|policy|communications|information|legal|military|then|acting|interim|new|outgoing|incoming|opposition|party|club|team|head|assistant|associate|shadow|junior|top|lead|co-?founder|[\p{Lu}][\p{L}.&'’-]*)$/u;

/** An apposition after a name: ", a senior adviser at the International Crisis Group," */
const APPOSITION = /^,\s+((?:an?|the)\s+[^,.;:“”"()]{3,120}?)(?=[,.;]|\s+(?:said|says|told|added)\b)/u;

/** The description of a person mention, if the text gives one. */
export function describeMention(text: string, m: RawMention): string | undefined {
  const after = APPOSITION.exec(text.slice(m.end, m.end + 160));
  if (after && /\p{Ll}/u.test(after[1]!.split(/\s+/u)[1] ?? '')) return after[1]!.trim();
  const before = text.slice(Math.max(0, m.start - 120), m.start).trimEnd();
  const words = before.split(/\s+/u);
  if (words.length === 0 || !ROLES.has(words[words.length - 1]!.toLowerCase())) return undefined;
  let i = words.length - 1;
  while (i > 0 && words.length - i < 6 && MODIFIERS.test(words[i - 1]!) && !/[,.;:”"]$/u.test(words[i - 1]!)) i--;
  const title = words.slice(i).join(' ');
  // A bare role ("President") says little; keep titles with a qualifier.
  return title.includes(' ') ? title.replace(/^(?:The|the)\s+/u, '') : undefined;
}
