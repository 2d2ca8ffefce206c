/**
 * The one logger of the pipeline. Warnings are collected as `file:line: message`, printed as they
 * happen and summarised at the end of the build; `--strict` turns them into a failing exit code.
 * Nothing else in the pipeline writes to the console.
 */

/** A problem with the input that the build worked around. */
export interface Warning {
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line number, when the problem has one. */
  line?: number;
  /** What went wrong and what the build did about it. */
  message: string;
}

/** Where log lines go; tests pass an array-backed sink. */
export interface LogSink {
  info(line: string): void;
  warn(line: string): void;
  /** Redraws the current terminal line (no newline); only used when `interactive`. */
  progress?(line: string): void;
  /** True when the sink is a terminal, so progress can be redrawn in place. */
  interactive?: boolean;
}

/** The default sink: info to stdout, warnings to stderr, progress redrawn on a stdout terminal. */
export const consoleSink: LogSink = {
  info: (line) => process.stdout.write(line + '\n'),
  warn: (line) => process.stderr.write(line + '\n'),
  // `\r` returns to the line start, `ESC[K` clears what a longer previous line left behind.
  progress: (line) => process.stdout.write(`\r${line}\x1b[K`),
  interactive: process.stdout.isTTY === true,
};

/** Formats a warning the way compilers do, so editors can jump to it. */
export function formatWarning(w: Warning): string {
  return `${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`;
}

/** Collects warnings and prints progress for one command. */
export class Logger {
  readonly warnings: Warning[] = [];
  private readonly sink: LogSink;
  private readonly quiet: boolean;
  /** A progress line is drawn without its newline yet. */
  private transient = false;

  constructor(sink: LogSink = consoleSink, options: { quiet?: boolean } = {}) {
    this.sink = sink;
    this.quiet = options.quiet ?? false;
  }

  /** True when progress can be redrawn in place (the sink is a terminal and not quiet). */
  get interactive(): boolean {
    return !this.quiet && this.sink.interactive === true && this.sink.progress !== undefined;
  }

  /** Ends a progress line left open, so the next line does not overwrite it. */
  private closeProgress(): void {
    if (!this.transient) return;
    this.transient = false;
    this.sink.info('');
  }

  /**
   * Shows a progress line (see progress.ts): on a terminal it replaces the previous one until
   * `final`; elsewhere it is an ordinary info line. Suppressed with `quiet`.
   */
  progress(line: string, final = false): void {
    if (this.quiet) return;
    if (!this.interactive) return this.sink.info(line);
    this.sink.progress?.(line);
    this.transient = true;
    if (final) this.closeProgress();
  }

  /** Prints an informational line (suppressed with `quiet`). */
  info(message: string): void {
    if (this.quiet) return;
    this.closeProgress();
    this.sink.info(message);
  }

  /** Records and prints a warning about an input file. */
  warn(warning: Warning): void {
    this.warnings.push(warning);
    this.closeProgress();
    this.sink.warn(`warning: ${formatWarning(warning)}`);
  }

  /** Records a list of warnings at once (for example those a worker returned). */
  warnAll(warnings: readonly Warning[]): void {
    for (const w of warnings) this.warn(w);
  }

  /** Prints the end-of-build summary of warnings. */
  summary(): void {
    if (this.warnings.length === 0) return;
    const files = new Set(this.warnings.map((w) => w.file)).size;
    this.sink.warn(`${this.warnings.length} warning(s) in ${files} file(s).`);
  }
}
