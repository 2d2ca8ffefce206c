/**
 * Background work that must not slow the build's critical path. On two cores a build runs the
 * main thread (Astro's pages), the article-body workers (whose bodies the pages await) and the
 * share-card workers (whose images are only needed when the build is done). At equal priority,
 * with two card workers and one body worker sharing the cores, the main thread sat idle for ~60 %
 * of the article pages' phase waiting for bodies (profile of a cold 10,000-article build; that
 * phase went from 85 s to 58 s with this and a second body worker). A card worker lowers its own
 * thread's priority instead, so it runs on what the others leave.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest scheduling priority (Unix nice value). */
export const BACKGROUND_NICE = 19;

/**
 * Lowers the calling thread's priority to `nice` (Linux: a thread's nice value is its own, and
 * `/proc/thread-self` names the thread; new threads take their creator's, so the build's other
 * threads keep theirs). Returns whether it could; elsewhere the thread runs at normal priority.
 */
export function lowerThreadPriority(nice = BACKGROUND_NICE): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
