/**
 * TempEval-3 style evaluation of the time-expression recogniser on ../shared/corpora/timeml.
 *
 *   npm run eval:time                      # in-process recogniser
 *   npm run eval:time -- --cli             # through `node bin/digest.mjs annotate --jsonl` (when available)
 *   npm run eval:time -- --errors out.tsv  # also write every miss / spurious / wrong value or type for study
 *
 * Extraction: strict = exact span, relaxed = any overlap, one-to-one matching. Value accuracy is
 * over relaxed-matched gold DATE timexes (the target), and also over all matched timexes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateViaCli } from './lib/annotate-cli.ts';
import { readBbcTimexDocs } from './lib/bbc-timex.ts';
import { readTimeMLDir, type GoldTimex, type TimeMLDoc } from './lib/timeml.ts';
import { recognizeTimexes } from '../src/pipeline/time/recognize.ts';

/** What an annotator gets: one item per document. */
export interface AnnotateItem {
  id: string;
  text: string;
  date?: string;
}
/** A predicted timex as the eval needs it. */
export interface PredTimex {
  start: number;
  end: number;
  text?: string;
  type: string;
  value: string;
  mod?: string;
}
/** Pluggable annotator: returns the timexes of each item, in order. */
export type Annotator = (items: AnnotateItem[]) => Promise<PredTimex[][]>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corporaDir = resolve(root, '../shared/corpora/timeml');
const bbcDir = resolve(root, '../shared/corpora/bbc-news');
const bbcLabels = resolve(root, 'scripts/eval-data/bbc-timex.json');

/** The in-process annotator. */
export const inProcess: Annotator = async (items) =>
  items.map((it) => recognizeTimexes(it.text, it.date ? { date: it.date } : {}));

/** Annotator that runs the project CLI (`digest annotate --jsonl`) once over all items. */
export const cliAnnotator: Annotator = async (items) => (await annotateViaCli<unknown, PredTimex>(items)).map((r) => r.timexes);

interface Counts {
  gold: number;
  pred: number;
  strict: number;
  relaxed: number;
  dateMatched: number;
  dateValueOk: number;
  allMatched: number;
  allValueOk: number;
  typeOk: number;
  docs: number;
  words: number;
  ms: number;
}

const zero = (): Counts => ({
  gold: 0, pred: 0, strict: 0, relaxed: 0, dateMatched: 0, dateValueOk: 0,
  allMatched: 0, allValueOk: 0, typeOk: 0, docs: 0, words: 0, ms: 0,
});

/**
 * Value equality up to notation: we write decades `199X` and centuries `19XX` (the digest's
 * contract); TimeBank's gold writes `199` and `19`. Both mean the same span.
 */
export function sameValue(ours: string, gold: string): boolean {
  const canon = (v: string) => (/^\d{3}X$/u.test(v) || /^\d{2}XX$/u.test(v) ? v.replace(/X+$/u, '') : v);
  return canon(ours) === canon(gold);
}

/**
 * What the errors file reports for a matched pair: 'VALUE' when the values differ (as the scores
 * count them, up to notation), 'TYPE' when only the type does, undefined when both agree. A
 * difference of notation alone (`199X` against `199`) is no error and is not listed.
 */
export function mismatchKind(p: { type: string; value: string }, g: { type: string; value: string }): 'VALUE' | 'TYPE' | undefined {
  if (!sameValue(p.value, g.value)) return 'VALUE';
  return p.type === g.type ? undefined : 'TYPE';
}

function add(a: Counts, b: Counts): Counts {
  const r = zero();
  for (const k of Object.keys(r) as (keyof Counts)[]) r[k] = a[k] + b[k];
  return r;
}

/** One-to-one matching: exact spans first, then the largest overlaps. Returns gold index → pred index. */
export function matchSpans(gold: { start: number; end: number }[], pred: { start: number; end: number }[]) {
  const strict = new Map<number, number>();
  const usedP = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = pred.findIndex((p, i) => !usedP.has(i) && p.start === g.start && p.end === g.end);
    if (pi >= 0) {
      strict.set(gi, pi);
      usedP.add(pi);
    }
  });
  const relaxed = new Map(strict);
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    if (relaxed.has(gi)) return;
    pred.forEach((p, pi) => {
      if (usedP.has(pi)) return;
      const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (ov > 0) pairs.push([ov, gi, pi]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  for (const [, gi, pi] of pairs) {
    if (relaxed.has(gi) || usedP.has(pi)) continue;
    relaxed.set(gi, pi);
    usedP.add(pi);
  }
  return { strict, relaxed };
}

/** Repairs a formatting defect of some AQUAINT gold values: unpadded ISO weeks ("2000-W7" → "2000-W07"). */
export const normGoldValue = (v: string) => v.replace(/-W(\d)(?!\d)/, '-W0$1');

function score(doc: TimeMLDoc, pred: PredTimex[], errors: string[] | undefined, corpus = ''): Counts {
  for (const g of doc.gold) g.value = normGoldValue(g.value);
  const c = zero();
  c.docs = 1;
  c.words = doc.text.split(/\s+/).filter(Boolean).length;
  c.gold = doc.gold.length;
  c.pred = pred.length;
  const { strict, relaxed } = matchSpans(doc.gold, pred);
  c.strict = strict.size;
  c.relaxed = relaxed.size;
  const ctx = (s: number, e: number) =>
    (doc.text.slice(Math.max(0, s - 50), s) + '[' + doc.text.slice(s, e) + ']' + doc.text.slice(e, e + 40)).replace(/\s+/g, ' ');
  const matchedP = new Set(relaxed.values());
  doc.gold.forEach((g: GoldTimex, gi) => {
    const pi = relaxed.get(gi);
    if (pi === undefined) {
      errors?.push(`MISS\t${corpus}:${doc.id}\t${doc.date}\t${g.type}\t${g.value}\t${g.text}\t${ctx(g.start, g.end)}`);
      return;
    }
    const p = pred[pi];
    c.allMatched++;
    if (sameValue(p.value, g.value)) c.allValueOk++;
    if (p.type === g.type) c.typeOk++;
    if (g.type === 'date') {
      c.dateMatched++;
      if (sameValue(p.value, g.value)) c.dateValueOk++;
    }
    const span = strict.has(gi) ? 'ok' : `SPAN\t${g.text}\t${doc.text.slice(p.start, p.end)}`;
    const kind = mismatchKind(p, g);
    if (kind)
      errors?.push(`${kind}\t${corpus}:${doc.id}\t${doc.date}\t${g.type}/${p.type}\t${g.value}\t${p.value}\t${ctx(g.start, g.end)}`);
    if (span !== 'ok') errors?.push(`${span}\t${corpus}:${doc.id}\t${ctx(g.start, g.end)}`);
  });
  pred.forEach((p, pi) => {
    if (!matchedP.has(pi)) errors?.push(`SPUR\t${corpus}:${doc.id}\t${doc.date}\t${p.type}\t${p.value}\t${doc.text.slice(p.start, p.end)}\t${ctx(p.start, p.end)}`);
  });
  return c;
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1).padStart(5) : '  n/a');
const f1 = (tp: number, g: number, p: number) => (g + p ? (2 * tp) / (g + p) : 0);

function line(name: string, c: Counts): string {
  const rf = f1(c.relaxed, c.gold, c.pred), sf = f1(c.strict, c.gold, c.pred);
  return [
    name.padEnd(9),
    `docs ${String(c.docs).padStart(4)}`,
    `gold ${String(c.gold).padStart(5)}`,
    `pred ${String(c.pred).padStart(5)}`,
    `strict P/R/F1 ${pct(c.strict, c.pred)} ${pct(c.strict, c.gold)} ${(100 * sf).toFixed(1)}`,
    `relaxed P/R/F1 ${pct(c.relaxed, c.pred)} ${pct(c.relaxed, c.gold)} ${(100 * rf).toFixed(1)}`,
    `value(DATE) ${pct(c.dateValueOk, c.dateMatched)}`,
    `value(all) ${pct(c.allValueOk, c.allMatched)}`,
    `type ${pct(c.typeOk, c.allMatched)}`,
    `${(c.ms / c.docs).toFixed(2)} ms/doc`,
    `${Math.round(c.words / (c.ms / 1000)).toLocaleString('en')} words/s`,
  ].join(' | ');
}

async function main() {
  const args = process.argv.slice(2);
  if (!existsSync(corporaDir)) {
    console.log(`eval-time: skipped, ${corporaDir} is absent (the shared corpora are not on this machine).`);
    return;
  }
  const annotate: Annotator = args.includes('--cli') ? cliAnnotator : inProcess;
  const errIdx = args.indexOf('--errors');
  const errors: string[] | undefined = errIdx >= 0 ? [] : undefined;
  const corpora = ['TimeBank', 'AQUAINT'].filter((c) => existsSync(join(corporaDir, c)));
  let total = zero();
  const lines: string[] = [];
  /** Scores one corpus's documents. */
  const evaluate = async (name: string, docs: TimeMLDoc[]): Promise<Counts> => {
    const items = docs.map((d) => ({ id: d.id, text: d.text, date: d.date }));
    await annotate(items.slice(0, 5)); // warm-up (JIT, regex compilation)
    const t0 = performance.now();
    const preds = await annotate(items);
    const ms = performance.now() - t0;
    let c = zero();
    docs.forEach((d, i) => (c = add(c, score(d, preds[i], errors, name))));
    c.ms = ms;
    return c;
  };
  for (const name of corpora) {
    const c = await evaluate(name, readTimeMLDir(join(corporaDir, name)));
    total = add(total, c);
    lines.push(line(name, c));
  }
  lines.push(line('overall', total));
  // Unseen news (the held-out check): hand-labelled BBC articles, never used for tuning.
  const bbc = readBbcTimexDocs(bbcLabels, bbcDir);
  if (bbc.length > 0) lines.push(line('BBC news', await evaluate('BBC', bbc)));
  // Rules were tuned on TimeBank errors; since the holiday / schedule / clock+day work, AQUAINT
  // errors were studied too (each fix a general rule with a table test), so it is no longer a clean
  // held-out set. "BBC news" is: 40 BBC articles labelled by hand (scripts/lib/bbc-timex.ts).
  lines.push('(rules tuned on TimeBank; AQUAINT errors also studied since the holiday/schedule rules: no longer fully held out)');
  console.log(lines.join('\n'));
  if (errors) {
    writeFileSync(args[errIdx + 1] ?? 'time-errors.tsv', errors.join('\n') + '\n');
    console.log(`wrote ${errors.length} error lines to ${args[errIdx + 1] ?? 'time-errors.tsv'}`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
