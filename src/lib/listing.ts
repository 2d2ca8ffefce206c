/**
 * Long lists are cut into pages: an entity mentioned in thousands of articles gets a short page
 * with its newest articles, latest events and quotes, and numbered pages for the rest. Pure
 * helpers, shared by every paginated listing.
 */

/** Articles shown on an entity page before "all articles" pages take over. */
export const ENTITY_PAGE_ARTICLES = 20;
/** Events shown on an entity page (the latest ones). */
export const ENTITY_PAGE_EVENTS = 60;
/** Quotes shown on an entity page (in article order: newest articles first). */
export const ENTITY_PAGE_QUOTES = 20;
/** Entities of each type on the entities index; the rest are on the per-type pages. */
export const INDEX_ENTITIES_PER_TYPE = 120;
/** Entities per page of a per-type list (`/people/`, ...). */
export const TYPE_PAGE_SIZE = 400;
/** Unresolved events (from undated articles) on the timeline page; the rest have their own pages. */
export const UNRESOLVED_ON_INDEX = 20;
/** Events per page of the unresolved-events pages. */
export const EVENTS_PAGE_SIZE = 100;
/** Items per page of a paginated list. */
export const LIST_PAGE_SIZE = 50;

/** The number of pages for `count` items (at least 1). */
export function pageCount(count: number, size = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size = LIST_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Page numbers 1..n as route params: page 1 has no segment (`undefined`), the others their number. */
export function pageParams(count: number, size = LIST_PAGE_SIZE): { page: string | undefined; n: number }[] {
  return Array.from({ length: pageCount(count, size) }, (_, i) => ({ page: i === 0 ? undefined : String(i + 1), n: i + 1 }));
}
