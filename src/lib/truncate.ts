/**
 * Shortening text for display (event headlines in timelines, share-card titles): one rule for
 * every place that cuts text.
 */

/**
 * Shortens `text` to at most `max` characters (code points, the ellipsis included), cutting at
 * the last word boundary when that keeps at least 60% of the room, and dropping the punctuation
 * left dangling at the cut. Text that fits is returned trimmed and uncut.
 */
export function truncateWords(text: string, max: number): string {
  const trimmed = text.trim();
  // A code point is one or two UTF-16 units: text of at most `max` units fits, and only the first
  // 2 × `max` units can be kept (timelines cut every event's clause: no need to split it all).
  if (trimmed.length <= max) return trimmed;
  const chars = [...(trimmed.length > 2 * max ? trimmed.slice(0, 2 * max) : trimmed)];
  if (chars.length <= max && trimmed.length <= 2 * max) return trimmed;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
