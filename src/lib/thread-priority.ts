/**
 * Background work that must not slow the build's critical path. On two cores a build runs the
 * main thread (Astro's pages), the article-body workers (whose bodies the pages await) and the
 * share-card workers (whose images are only needed when the build is done). At equal priority,
 * with two card workers and one body worker sharing the cores, the main thread sat idle for ~60 %
 * of the article pages' phase waiting for bodies (profile of a cold 10,000-article build; that
 * phase went from 85 s to 58 s with this and a second body worker). A card worker lowers its own
 * thread's priority instead, so it runs on what the others leave.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
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

/** The name Node gives the threads of libuv's pool (the calls of `fs/promises`, among others). */
const POOL_THREAD = 'libuv-worker';

/**
 * Lowers the priority of this process's libuv thread pool to `nice` (Linux; the pool's threads
 * are found by name in `/proc/self/task`). Each page Astro writes is a handful of `fs/promises`
 * calls (mkdir, open, write, close, twice with its incremental cache), each waking a pool thread,
 * which at equal priority took a core from the main thread at once: in a profile of a cold
 * 10,000-article build the main thread lost ~18 s inside those calls. Lowered, a woken pool
 * thread waits for a free core instead; two pairs of cold builds: system time 36 → 28 s and 33 →
 * 24 s, wall 146 → 139 s and 157 → 156 s (within the noise). A later profile still shows ~20 s of
 * the main thread inside those calls: the main thread now mostly waits there for the body
 * workers, which share the cores with it at its priority. Since then the page files themselves are
 * written without the pool (`sync-writes.ts`); what still goes through it (Astro restoring pages
 * from its cache in a warm build, reads) keeps yielding. The pool's threads all start with its first call, so
 * calling this once after it returns covers them. Returns how many threads it lowered (none
 * before Node 22, which is what names them; the npm scripts run Node 22).
 */
export function lowerThreadPoolPriority(nice = BACKGROUND_NICE): number {
  let lowered = 0;
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      if (readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim() !== POOL_THREAD) continue;
      setPriority(Number(tid), nice);
      lowered++;
    }
  } catch {
    // No /proc (not Linux), or a thread ended while listed: the pool keeps its priority.
  }
  return lowered;
}
