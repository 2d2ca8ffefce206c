/**
 * Evaluates the entity recogniser on CoNLL-2003 dev: text is rebuilt from tokens (single spaces,
 * one sentence per line, pseudo-documents of 25 sentences), gold IOB2 spans are mapped to
 * character offsets, and predictions are scored by exact span + type for PER/ORG/LOC (MISC gold
 * and predicted spans are dropped). Prints precision/recall/F1 per type and overall, words/s,
 * and a generalisation check: recall on dev names never seen as names in train.
 *
 * Usage: node scripts/eval-entities.ts [--cli] [--file dev.txt] [--errors N]
 *   --cli   annotate through `node bin/digest.mjs annotate --jsonl` instead of in-process.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { annotateViaCli } from './lib/annotate-cli.ts';
import { CONLL_DIR, pseudoDocs, readConll, requireCorpus } from './lib/conll.ts';
import { iobToSpans } from '../src/pipeline/entities/recognizer/tags.ts';
import { arg, args } from './lib/args.ts';

/** A mention as returned by an annotator. */
interface Mention {
  start: number;
  end: number;
  text?: string;
  type: string;
}
/** Pluggable annotator: texts in, mentions per text out. */
type Annotator = (items: { id: string; text: string }[]) => Promise<Mention[][]>;

const FILE = arg('--file', 'dev.txt');
const SHOW_ERRORS = Number(arg('--errors', '0'));
const DOC_SIZE = Number(arg('--doc-size', '25'));

const inProcess: Annotator = async (items) => {
  const { recognizeEntities } = await import('../src/pipeline/entities/recognize.ts');
  return items.map((it) => recognizeEntities(it.text));
};

const viaCli: Annotator = async (items) => (await annotateViaCli<Mention>(items)).map((r) => r.mentions);

const TYPE_OF: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const TYPES = ['person', 'organization', 'place'];

async function main() {
  requireCorpus(join(CONLL_DIR, FILE), `CoNLL-2003 ${FILE}`);
  const sents = readConll(join(CONLL_DIR, FILE));
  const trainNames = new Set<string>();
  if (existsSync(join(CONLL_DIR, 'train.txt'))) {
    for (const s of readConll(join(CONLL_DIR, 'train.txt')))
      for (const sp of iobToSpans(s.tags)) trainNames.add(s.words.slice(sp.start, sp.end).join(' '));
  }
  const items: { id: string; text: string }[] = [];
  const golds: Mention[][] = [];
  let words = 0;
  pseudoDocs(sents, DOC_SIZE).forEach((doc, d) => {
    let text = '';
    const gold: Mention[] = [];
    for (const s of doc) {
      if (text) text += '\n';
      const starts: number[] = [];
      for (let i = 0; i < s.words.length; i++) {
        if (i) text += ' ';
        starts.push(text.length);
        text += s.words[i];
      }
      words += s.words.length;
      for (const sp of iobToSpans(s.tags)) {
        const type = ['PER', 'ORG', 'LOC', 'MISC'][sp.type];
        if (!TYPE_OF[type]) continue;
        const start = starts[sp.start];
        const end = starts[sp.end - 1] + s.words[sp.end - 1].length;
        gold.push({ start, end, type: TYPE_OF[type], text: text.slice(start, end) });
      }
    }
    items.push({ id: `doc${d}`, text });
    golds.push(gold);
  });

  const annotate = args.includes('--cli') ? viaCli : inProcess;
  // warm up (model load, JIT) outside the timed run
  await annotate(annotate === viaCli ? [{ id: 'warm', text: 'Warm up .' }] : items);
  const t0 = performance.now();
  const preds = await annotate(items);
  const secs = (performance.now() - t0) / 1000;

  const tp: Record<string, number> = {}, fp: Record<string, number> = {}, fn: Record<string, number> = {};
  for (const t of TYPES) tp[t] = fp[t] = fn[t] = 0;
  let unseenTotal = 0, unseenFound = 0, seenTotal = 0, seenFound = 0;
  const errors: string[] = [];
  items.forEach((it, d) => {
    const key = (m: Mention) => `${m.start}:${m.end}:${m.type}`;
    const pred = preds[d].filter((m) => TYPES.includes(m.type));
    const gold = golds[d];
    const gk = new Set(gold.map(key));
    const pk = new Set(pred.map(key));
    for (const m of pred) {
      if (gk.has(key(m))) tp[m.type]++;
      else {
        fp[m.type]++;
        errors.push(`FP ${m.type.padEnd(12)} ${it.text.slice(m.start, m.end)}   | ${context(it.text, m)}`);
      }
    }
    for (const m of gold) {
      const hit = pk.has(key(m));
      if (!hit) {
        fn[m.type]++;
        errors.push(`FN ${m.type.padEnd(12)} ${m.text}   | ${context(it.text, m)}`);
      }
      if (trainNames.has(m.text!)) {
        seenTotal++;
        if (hit) seenFound++;
      } else {
        unseenTotal++;
        if (hit) unseenFound++;
      }
    }
  });
  const prf = (a: number, b: number, c: number) => {
    const p = a / (a + b || 1), r = a / (a + c || 1);
    return `P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${((2 * a) / (2 * a + b + c || 1)).toFixed(4)}`;
  };
  console.log(`CoNLL-2003 ${FILE}: ${items.length} pseudo-documents of ${DOC_SIZE} sentences, ${words} words (annotator: ${annotate === viaCli ? 'CLI' : 'in-process'})`);
  for (const t of TYPES) console.log(`  ${t.padEnd(13)} ${prf(tp[t], fp[t], fn[t])}   (gold ${tp[t] + fn[t]})`);
  const sum = (o: Record<string, number>) => TYPES.reduce((s, t) => s + o[t], 0);
  console.log(`  ${'overall'.padEnd(13)} ${prf(sum(tp), sum(fp), sum(fn))}`);
  console.log(`speed: ${Math.round(words / secs).toLocaleString('en')} words/s (${secs.toFixed(2)} s, including tokenisation)`);
  if (trainNames.size)
    console.log(
      `generalisation check: recall on dev names never seen as a name in train ${(unseenFound / (unseenTotal || 1)).toFixed(4)} (${unseenTotal} mentions); ` +
        `on names seen in train ${(seenFound / (seenTotal || 1)).toFixed(4)} (${seenTotal}). ` +
        'For a held-out F1 estimate run `npm run train:entities -- --holdout` (trains on 90% of train, scores the last 10%).',
    );
  if (SHOW_ERRORS) for (const e of errors.slice(0, SHOW_ERRORS)) console.log(e);
}

function context(text: string, m: Mention): string {
  const a = Math.max(0, m.start - 40);
  return (text.slice(a, m.start) + '[[' + text.slice(m.start, m.end) + ']]' + text.slice(m.end, m.end + 40)).replace(/\n/g, ' / ');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
