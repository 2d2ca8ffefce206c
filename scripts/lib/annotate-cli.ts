/**
 * Runs the project's public extractor, `digest annotate --jsonl`, once over many texts, as the
 * evaluation scripts do when given `--cli` (the held-out evaluation uses the same interface).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** One text to annotate. */
export interface CliItem {
  id: string;
  text: string;
  date?: string;
}

/** One output line of `digest annotate --jsonl`. */
export interface CliResult<M, T> {
  mentions: M[];
  timexes: T[];
}

/** Annotates the items through the CLI and returns the results in input order. */
export function annotateViaCli<M = unknown, T = unknown>(items: readonly CliItem[]): Promise<CliResult<M, T>[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'bin/digest.mjs'), 'annotate', '--jsonl'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`digest annotate exited with ${code}`));
      const byId = new Map<string, CliResult<M, T>>();
      for (const line of out.split('\n')) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as { id: unknown } & Partial<CliResult<M, T>>;
        byId.set(String(o.id), { mentions: o.mentions ?? [], timexes: o.timexes ?? [] });
      }
      done(items.map((it) => byId.get(it.id) ?? { mentions: [], timexes: [] }));
    });
    for (const it of items) child.stdin.write(JSON.stringify(it) + '\n');
    child.stdin.end();
  });
}
