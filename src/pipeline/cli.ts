/**
 * The `digest` command: `ingest` (seeds → content collections) and `annotate` (one text → JSON).
 * Argument parsing is Node's own `parseArgs`; output goes through the logger.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { annotate } from './annotate.ts';
import { contentPaths } from '../config.ts';
import { CURATION_FILE, loadCuration } from './curation.ts';
import { isValidDay } from './dates.ts';
import { ingestParallel } from './ingest.ts';
import { Logger } from './logger.ts';
import { readArticleBytes } from './read.ts';

const HELP = `Usage:
  digest ingest [--seeds DIR] [--content DIR] [--cache DIR] [--no-cache] [--strict] [--workers N]
      Build the content collections from the seed articles (--workers 0: no worker threads;
      default one per core).
  digest annotate FILE|- [--date YYYY-MM-DD] [--curation FILE]
      Print the entity mentions and time expressions of one text as JSON.
  digest annotate --jsonl [--curation FILE]
      Read {"id","text","date"} JSON lines on standard input; write {"id","mentions","timexes"} lines.
`;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function runIngest(args: string[], log: Logger): Promise<number> {
  const paths = contentPaths(process.env);
  const { values } = parseArgs({ args, options: { seeds: { type: 'string', default: paths.seedsDir }, content: { type: 'string', default: paths.contentDir }, cache: { type: 'string', default: paths.digestCacheDir }, 'no-cache': { type: 'boolean', default: false }, strict: { type: 'boolean', default: false }, workers: { type: 'string' } } });
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    process.stderr.write(`digest ingest: --workers ${values.workers} is not a whole number ≥ 0\n`);
    return 2;
  }
  const started = performance.now();
  const r = await ingestParallel({ seedsDir: values.seeds, contentDir: values.content, cacheDir: values['no-cache'] ? undefined : values.cache, workers }, log);
  log.info(`digest: ${r.articles} articles (${r.cached} from cache, ${r.skipped} skipped, ${r.hidden} hidden), ${r.entities} entities, ${r.events} events in ${Math.round(performance.now() - started)} ms; ${r.write.written} files written, ${r.write.unchanged} unchanged, ${r.write.deleted} removed.`);
  log.info(`curator report: ${r.report.variants.length} entit${r.report.variants.length === 1 ? 'y' : 'ies'} merged from spelling variants, ${r.report.merges.length} merge(s) by rule, ${r.report.ambiguous.length} ambiguous name(s), ${r.report.unmatched.length} rule(s) matching nothing.`);
  for (const v of r.report.variants.slice(0, 20)) log.info(`  merged: ${v}`);
  if (r.report.variants.length > 20) log.info(`  ... and ${r.report.variants.length - 20} more merged entities`);
  for (const m of r.report.merges) log.info(`  merged by rule: ${m}`);
  for (const a of r.report.ambiguous.slice(0, 20)) log.info(`  ambiguous: ${a}`);
  if (r.report.ambiguous.length > 20) log.info(`  ... and ${r.report.ambiguous.length - 20} more ambiguous names`);
  log.summary();
  return values.strict && log.warnings.length ? 1 : 0;
}

async function runAnnotate(args: string[], log: Logger): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { date: { type: 'string' }, jsonl: { type: 'boolean', default: false }, curation: { type: 'string', default: join('seeds', CURATION_FILE) } } });
  const curation = loadCuration(values.curation, values.curation);
  log.warnAll(curation.warnings);
  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let item: { id?: unknown; text?: unknown; date?: unknown };
      try {
        item = JSON.parse(line) as typeof item;
      } catch {
        log.warn({ file: '<stdin>', line: n, message: 'not a JSON object: skipped' });
        process.stdout.write(JSON.stringify({ id: null, mentions: [], timexes: [], error: 'invalid JSON' }) + '\n');
        continue;
      }
      const date = typeof item.date === 'string' && isValidDay(item.date) ? item.date : undefined;
      const result = annotate(typeof item.text === 'string' ? item.text : '', date, curation);
      process.stdout.write(JSON.stringify({ id: item.id ?? null, ...result }) + '\n');
    }
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    process.stderr.write(HELP);
    return 2;
  }
  if (values.date !== undefined && !isValidDay(values.date)) {
    process.stderr.write(`digest annotate: --date ${values.date} is not a real day (YYYY-MM-DD)\n`);
    return 2;
  }
  const bytes = file === '-' ? await readStdin() : readFileSync(file);
  const read = readArticleBytes(file, bytes);
  log.warnAll(read.warnings);
  const result = annotate(read.text ?? '', values.date, curation);
  process.stdout.write(JSON.stringify(result) + '\n');
  return 0;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const log = new Logger();
  try {
    if (command === 'ingest') return await runIngest(rest, log);
    if (command === 'annotate') return await runAnnotate(rest, log);
    process.stdout.write(HELP);
    return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  } catch (error) {
    process.stderr.write(`digest ${command}: ${(error as Error).message}\n`);
    return 1;
  }
}
