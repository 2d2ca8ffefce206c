/**
 * Progress of a long pipeline stage. On a terminal one line is redrawn in place (a bar, counts,
 * rate and ETA); elsewhere (CI logs, pipes) plain lines are printed every ~10% or 5 s, so a log
 * shows the build is alive without thousands of lines. Output goes through the Logger's sink.
 */
import type { Logger } from './logger.ts';

/** One progress reading: a pure input of the formatters below. */
export interface ProgressState {
  /** What is being counted, e.g. `articles`. */
  label: string;
  /** Items finished so far. */
  done: number;
  /** Items in all. */
  total: number;
  /** Milliseconds since the stage started. */
  elapsedMs: number;
}

/** Formats a duration as `45s`, `3m 05s` or `1h 02m` (ETA precision, not a stopwatch). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** Items per second and the estimated time left, or `undefined` while nothing is known yet. */
export function estimate(state: ProgressState): { rate: number; etaMs: number } | undefined {
  if (state.done <= 0 || state.elapsedMs <= 0) return undefined;
  const rate = state.done / (state.elapsedMs / 1000);
  return { rate, etaMs: ((state.total - state.done) / rate) * 1000 };
}

function clampPercent(state: ProgressState): number {
  if (state.total <= 0) return 100;
  return Math.min(100, Math.max(0, Math.floor((state.done / state.total) * 100)));
}

function tail(state: ProgressState): string {
  const e = estimate(state);
  if (state.done >= state.total) return `${e ? `${e.rate.toFixed(1)}/s, ` : ''}${formatDuration(state.elapsedMs)}`;
  return e ? `${e.rate.toFixed(1)}/s, ETA ${formatDuration(e.etaMs)}` : 'ETA --';
}

/** The plain line for logs: `articles: 450/2225 (20%), 12.3/s, ETA 2m 24s`. */
export function formatProgressLine(state: ProgressState): string {
  return `${state.label}: ${state.done}/${state.total} (${clampPercent(state)}%), ${tail(state)}`;
}

/** The terminal line: `articles [#####...............] 450/2225  20% 12.3/s, ETA 2m 24s`. */
export function formatProgressBar(state: ProgressState, width = 20): string {
  const pct = clampPercent(state);
  const filled = Math.round((pct / 100) * width);
  const count = `${String(state.done).padStart(String(state.total).length)}/${state.total}`;
  return `${state.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count} ${String(pct).padStart(3)}% ${tail(state)}`;
}

/** Options of a progress reporter; `now` and `interactive` are injectable for tests. */
export interface ProgressOptions {
  /** Redraw one terminal line (default: whether the logger's sink is a terminal). */
  interactive?: boolean;
  /** Clock in milliseconds (default `performance.now`). */
  now?: () => number;
  /** Plain mode: print at least every this many ms (default 5000). */
  intervalMs?: number;
  /** Terminal mode: redraw at most every this many ms (default 100). */
  redrawMs?: number;
}

/** Reports the progress of one stage of `total` items through a logger. */
export class Progress {
  private readonly log: Logger;
  private readonly label: string;
  private readonly total: number;
  private readonly interactive: boolean;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly redrawMs: number;
  private readonly started: number;
  private done = 0;
  private lastPrinted: number;
  private lastDecile = 0;
  private finished = false;

  constructor(log: Logger, label: string, total: number, options: ProgressOptions = {}) {
    this.log = log;
    this.label = label;
    this.total = total;
    this.interactive = options.interactive ?? log.interactive;
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 5000;
    this.redrawMs = options.redrawMs ?? 100;
    this.started = this.now();
    this.lastPrinted = this.started;
  }

  private state(): ProgressState {
    return { label: this.label, done: this.done, total: this.total, elapsedMs: this.now() - this.started };
  }

  /** Records `n` more finished items and prints when it is time to. */
  advance(n = 1): void {
    this.done = Math.min(this.total, this.done + n);
    if (this.done >= this.total) return this.finish();
    const t = this.now();
    if (this.interactive) {
      if (t - this.lastPrinted < this.redrawMs) return;
      this.lastPrinted = t;
      this.log.progress(formatProgressBar(this.state()));
      return;
    }
    const decile = Math.floor((this.done / this.total) * 10);
    if (decile > this.lastDecile || t - this.lastPrinted >= this.intervalMs) {
      this.lastDecile = decile;
      this.lastPrinted = t;
      this.log.progress(formatProgressLine(this.state()));
    }
  }

  /** Prints the final line once (called by `advance` on the last item, or early on failure). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const state = this.state();
    if (this.interactive) this.log.progress(formatProgressBar(state), true);
    else this.log.progress(formatProgressLine(state), true);
  }
}
