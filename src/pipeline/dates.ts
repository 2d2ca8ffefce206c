/**
 * Publication dates: validation of `YYYY-MM-DD` days and the fallback of an ISO date in a seed's
 * file name. An article without a date is undated, never silently dated today.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True when `value` is a real calendar day written `YYYY-MM-DD` (so 2025-02-30 is not). */
export function isValidDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The first valid `YYYY-MM-DD` (or `YYYY_MM_DD`, `YYYYMMDD`) date in a file name, if any. */
export function dateFromFileName(name: string): string | undefined {
  for (const m of name.matchAll(/(?<!\d)(\d{4})[-_]?(\d{2})[-_]?(\d{2})(?!\d)/gu)) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (isValidDay(day) && Number(m[1]) >= 1900) return day;
  }
  return undefined;
}
