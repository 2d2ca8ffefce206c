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
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '')
    .replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

/** One element with escaped text content: `el('title', 'A & B')` → `<title>A &amp; B</title>`. */
export function el(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}
