/**
 * Article bodies rendered ahead on worker threads during a build. Parsing and rendering a body's
 * Markdown (~5 ms) was a quarter of the main thread's time in a cold build of 10,000 articles
 * (profile) while the other core was half idle. A route lists its entries in the order Astro
 * renders them (`queueBodies`); each page's `articleBody` call sends the next entries of its list
 * to the workers, so they stay ahead of a cold build and render little extra in a warm one, where
 * most pages are kept and never ask. Outside a build, and when a worker fails, the page renders
 * its body itself: same renderer, same HTML.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSlot, currentBuild, type BuildState } from './build-state.ts';
import { renderEntryBody } from './markdown.ts';
import { urls } from './urls.ts';
import { request } from './worker-request.ts';

/** An entry whose body is rendered: its id and generated file. */
export interface BodyEntry {
  id: string;
  filePath?: string;
}

/** How many entries past the one a page asks for are sent to the workers. */
export const LOOKAHEAD = 32;

/**
 * Body workers: one per core, at most this many. A body parsed from its Markdown took a core ~5
 * ms, more than the main thread's page: bodies were what the pages waited for (the card workers
 * yield to both, `thread-priority.ts`). From the ingest's tree a body takes ~1 ms
 * (`body-trees.ts`); one worker instead of two on two cores made no difference beyond the noise
 * (cold 10,000-article builds, alternating: 112 and 122 s against 115 and 104 s).
 */
const MAX_WORKERS = 4;

/** A worker, the work it was given (one message in flight, as `request` needs), and whether it is gone. */
interface Lane {
  worker: Worker;
  queue: Promise<unknown>;
  gone: boolean;
}

/** Worker threads rendering lists of entry files. */
class BodyWorkers {
  private lanes: Lane[] = [];
  private turn = 0;

  constructor(count: number, base: string) {
    const script = join(process.cwd(), 'src/lib/body-worker.ts');
    for (let i = 0; i < count; i++) {
      const lane: Lane = { worker: new Worker(script, { workerData: { base } }), queue: Promise.resolve(), gone: false };
      // Never what keeps the build's process alive; stopped when the build is done.
      lane.worker.unref();
      // A worker that crashed or was stopped takes no more work (its pages render their bodies).
      lane.worker.once('exit', () => (lane.gone = true));
      this.lanes.push(lane);
    }
  }

  /** How many workers there are. */
  get count(): number {
    return this.lanes.length;
  }

  /** The HTML of each file's body, rendered by the next worker in turn. */
  render(files: string[]): Promise<string[]> {
    const lane = this.lanes[this.turn++ % this.lanes.length];
    const reply = lane.queue.then(() => {
      if (lane.gone) throw new Error('body worker stopped');
      return request<string[], { html?: string[]; error?: string }>(lane.worker, files, 'article bodies');
    });
    lane.queue = reply.catch(() => {});
    return reply.then((r) => {
      if (!r.html) throw new Error(`body worker failed: ${r.error}`);
      return r.html;
    });
  }

  /** Stops every worker (what they still owe is rejected: no page asks for it any more). */
  async stop(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.worker.terminate()));
  }
}

/** A build's prefetching: the routes' lists, how far each was sent, and the bodies in flight. */
interface Prefetch {
  /** By entry file (ids of the two article collections may coincide). */
  position: Map<string, { list: BodyEntry[]; index: number }>;
  sent: Map<BodyEntry[], number>;
  /** By entry file. */
  bodies: Map<string, Promise<string>>;
  /** The site's base path, for the links the bodies' renderer makes. */
  base: string;
  workers?: BodyWorkers;
}

/** The running build's prefetching, its workers stopped when the build is done. */
function prefetchOf(build: BuildState): Prefetch {
  return buildSlot(build, 'article-bodies', () => {
    const prefetch: Prefetch = { position: new Map(), sent: new Map(), bodies: new Map(), base: urls.base };
    build.finishers.push(() => prefetch.workers?.stop());
    return prefetch;
  });
}

/**
 * Lists a route's entries in the order Astro will render their pages (during a build; else
 * nothing). `base` is the site's base path (tests set it; a page renders with the configured one).
 */
export function queueBodies(entries: readonly BodyEntry[], base = urls.base): void {
  const build = currentBuild();
  if (!build) return;
  const prefetch = prefetchOf(build);
  prefetch.base = base;
  const list = entries.filter((e) => e.filePath);
  list.forEach((entry, index) => prefetch.position.set(entry.filePath!, { list, index }));
  prefetch.sent.set(list, -1);
}

/**
 * Sends the entries of `list` after `index` and up to `index + LOOKAHEAD` that were not sent yet
 * to the workers (never the ones before: a warm build keeps those pages), shared between them.
 * Only once fewer than half a lookahead are still ahead: a message per worker every
 * LOOKAHEAD / 2 pages, where one per page cost the main thread ~0.25 ms each (profile).
 */
function sendAhead(prefetch: Prefetch, list: BodyEntry[], index: number): void {
  const sent = prefetch.sent.get(list)!;
  if (sent - index >= LOOKAHEAD / 2) return;
  const from = Math.max(sent + 1, index + 1);
  const last = index + LOOKAHEAD;
  const batch = list.slice(from, Math.min(last, list.length - 1) + 1);
  if (batch.length === 0) return;
  prefetch.sent.set(list, from + batch.length - 1);
  const workers = (prefetch.workers ??= new BodyWorkers(Math.min(MAX_WORKERS, availableParallelism()), prefetch.base));
  const share = Math.ceil(batch.length / workers.count);
  for (let s = 0; s < batch.length; s += share) {
    const part = batch.slice(s, s + share);
    const html = workers.render(part.map((e) => e.filePath!));
    part.forEach((entry, i) => {
      const body = html.then((all) => all[i]);
      // A failure reaches the page that awaits this (which then renders the body itself); a body
      // no page asks for (its page kept from the previous build) must not fail the build.
      body.catch(() => {});
      prefetch.bodies.set(entry.filePath!, body);
    });
  }
}

/** The HTML of an article entry's body: from the workers during a build, else rendered here. */
export async function articleBody(entry: BodyEntry): Promise<string> {
  const build = currentBuild();
  const prefetch = build && prefetchOf(build);
  const place = prefetch && entry.filePath ? prefetch.position.get(entry.filePath) : undefined;
  if (!prefetch || !place) return renderEntryBody(entry);
  sendAhead(prefetch, place.list, place.index);
  const body = prefetch.bodies.get(entry.filePath!);
  prefetch.bodies.delete(entry.filePath!);
  // Not sent ahead (the first page asked, or the first after kept ones): rendered here, at once.
  if (!body) return renderEntryBody(entry);
  try {
    return await body;
  } catch {
    return renderEntryBody(entry);
  }
}
