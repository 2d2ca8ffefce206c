/**
 * XML escaping for the hand-written feeds and sitemap: the one place where text becomes XML.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML element content and attribute values. Characters XML 1.0 forbids (C0
 * controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF) are dropped: one stray
 * control character from a pasted article would otherwise make the whole feed unparsable.
 */
export function escapeXml(text: string): string {
  // The search for lone surrogates is slow; text with no surrogate or control at all (nearly all
  // of it) skips it.
  const kept = MAY_HAVE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
  return kept.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

/** What XML 1.0 forbids: C0 controls other than tab, newline and return, lone surrogates, U+FFFE and U+FFFF. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** Any code unit {@link FORBIDDEN} can match (paired surrogates too). */
const MAY_HAVE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** One element with escaped text content: `el('title', 'A & B')` → `<title>A &amp; B</title>`. */
export function el(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}
