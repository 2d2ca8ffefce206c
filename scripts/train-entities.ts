/**
 * Trains the named-entity recogniser on CoNLL-2003 train (+ unlabeled BBC news for word clusters
 * and capitalisation statistics) and writes src/pipeline/entities/model/entities.bin.gz.
 *
 * Usage: node scripts/train-entities.ts [--epochs N] [--ensemble N] [--seed S] [--dropout P] [--holdout] [--out PATH]
 *   --holdout  trains on the first 90% of train and reports F1 on the last 10% (held-out estimate);
 *              writes nothing unless --out is given.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BBC_DIR, CONLL_DIR, pseudoDocs, readConll, requireCorpus, type ConllSentence } from './lib/conll.ts';
import { tokenize } from '../src/pipeline/entities/recognizer/tokenize.ts';
import { buildLexicon } from '../src/pipeline/entities/recognizer/clusters.ts';
import { loadGazetteerLists } from '../src/pipeline/entities/recognizer/lists.ts';
import { buildGazetteer, type Gazetteer } from '../src/pipeline/entities/recognizer/gazetteer.ts';
import { extractFeatures, type DocFeatures, type Resources } from '../src/pipeline/entities/recognizer/features.ts';
import { trainPerceptron, type TrainDoc } from '../src/pipeline/entities/recognizer/perceptron.ts';
import { decodeDocument, serializeModel, type DenseModel, type Model } from '../src/pipeline/entities/recognizer/model.ts';
import { iobToSpans, spansToTags, tagsToSpans, TYPES } from '../src/pipeline/entities/recognizer/tags.ts';
import { arg, args } from './lib/args.ts';

const EPOCHS = Number(arg('--epochs', '12'));
const BITS = Number(arg('--bits', '22'));
const HOLDOUT = args.includes('--holdout');
const OUT = arg('--out', HOLDOUT ? '' : resolve(import.meta.dirname, '../src/pipeline/entities/model/entities.bin.gz'));

requireCorpus(join(CONLL_DIR, 'train.txt'), 'CoNLL-2003 train');
const t0 = Date.now();
let train = readConll(join(CONLL_DIR, 'train.txt'));
let evalSet: ConllSentence[] = [];
let evalName = 'dev';
if (HOLDOUT) {
  const cut = Math.floor(train.length * 0.9);
  evalSet = train.slice(cut);
  train = train.slice(0, cut);
  evalName = 'held-out last 10% of train';
} else {
  try {
    evalSet = readConll(join(CONLL_DIR, 'dev.txt'));
  } catch {
    evalSet = [];
  }
}

// Unlabeled text: CoNLL train tokens + BBC news (if present).
const unlabeled: string[][] = train.map((s) => s.words);
let bbcFiles = 0;
try {
  for (const topic of readdirSync(BBC_DIR)) {
    const dir = join(BBC_DIR, topic);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'latin1').includes('\ufffd') ? '' : new TextDecoder('utf-8').decode(readFileSync(join(dir, f)));
      const tk = tokenize(text);
      for (const [a, b] of tk.sentences) unlabeled.push(tk.words.slice(a, b));
      bbcFiles++;
    }
  }
} catch {
  console.log(`note: BBC news not found at ${BBC_DIR}; clusters use CoNLL text only`);
}
const lexicon = buildLexicon(unlabeled);
console.log(`lexicon: ${lexicon.index.size} words from ${unlabeled.length} sentences (${bbcFiles} BBC files) in ${Date.now() - t0} ms`);
const gazLists = loadGazetteerLists();
const gazetteer = buildGazetteer(gazLists);
console.log(`gazetteer: ${gazetteer.phrases.size} phrases`);
const NO_NAMES = args.includes('--no-names');
/** Names (gold entity phrases) of a set of sentences, as a gazetteer with categories PER/ORG/LOC/MISC. */
function namesOf(sents: ConllSentence[]): Gazetteer {
  const lists: Record<string, string[]> = { PER: [], ORG: [], LOC: [], MISC: [] };
  for (const s of sents) for (const sp of iobToSpans(s.tags)) lists[TYPES[sp.type]].push(s.words.slice(sp.start, sp.end).join(' '));
  return buildGazetteer(lists, { PER: 0, ORG: 1, LOC: 2, MISC: 3 });
}
const trainDocs = pseudoDocs(train, 25);
// Two-fold cross-validated names: even documents see names from odd documents and vice versa.
const namesEven = namesOf(trainDocs.filter((_, i) => i % 2 === 0).flat());
const namesOdd = namesOf(trainDocs.filter((_, i) => i % 2 === 1).flat());
const namesAll = namesOf(train);
const resources: Resources = { lexicon, gazetteer, names: NO_NAMES ? undefined : namesAll };

function prepare(docs: ConllSentence[][], namesFor: (d: number) => Gazetteer | undefined): TrainDoc[] {
  return docs.map((doc, d) => {
    const words: string[] = [];
    const ranges: Array<[number, number]> = [];
    const spans = [];
    for (const s of doc) {
      const off = words.length;
      for (const sp of iobToSpans(s.tags)) spans.push({ start: sp.start + off, end: sp.end + off, type: sp.type });
      words.push(...s.words);
      ranges.push([off, words.length]);
    }
    const df: DocFeatures = extractFeatures(words, ranges, { ...resources, names: NO_NAMES ? undefined : namesFor(d) });
    return { doc: df, gold: spansToTags(spans, words.length) };
  });
}

const tr = prepare(trainDocs, (d) => (d % 2 === 0 ? namesOdd : namesEven));
const ev = prepare(pseudoDocs(evalSet, 25), () => namesAll);
console.log(`features ready: ${tr.length} train docs, ${ev.length} ${evalName} docs (${Date.now() - t0} ms)`);

function score(model: Model): string {
  const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0];
  for (const d of ev) {
    const pred = new Int32Array(d.gold.length);
    decodeDocument(model, d.doc, pred);
    const key = (s: { start: number; end: number; type: number }) => `${s.start}:${s.end}:${s.type}`;
    for (const [a, b] of d.doc.sentences) {
      const g = tagsToSpans(d.gold.subarray(a, b), a).filter((s) => s.type < 3);
      const p = tagsToSpans(pred.subarray(a, b), a).filter((s) => s.type < 3);
      const gs = new Set(g.map(key));
      const ps = new Set(p.map(key));
      for (const s of p) (gs.has(key(s)) ? tp : fp)[s.type]++;
      for (const s of g) if (!ps.has(key(s))) fn[s.type]++;
    }
  }
  const f1 = (a: number, b: number, c: number) => (2 * a) / (2 * a + b + c || 1);
  const all = f1(tp[0] + tp[1] + tp[2], fp[0] + fp[1] + fp[2], fn[0] + fn[1] + fn[2]);
  return `F1 ${all.toFixed(4)} (` + [0, 1, 2].map((t) => `${TYPES[t]} ${f1(tp[t], fp[t], fn[t]).toFixed(4)}`).join(', ') + ')';
}

const ENSEMBLE = Number(arg('--ensemble', '3'));
const SEED = Number(arg('--seed', '1'));
let model: DenseModel | null = null;
// Parameter mixing: average the weights of perceptrons trained with different shuffles and dropout.
for (let r = 0; r < ENSEMBLE; r++) {
  const m = trainPerceptron(tr, resources, {
    bits: BITS,
    epochs: EPOCHS,
    wordDropout: Number(arg('--dropout', '0.2')),
    seed: SEED + r,
    onEpoch: (mm, ep) => {
      if (ev.length && (ep === EPOCHS || args.includes('--verbose'))) console.log(`  model ${r + 1}: ${evalName} (token level, PER/ORG/LOC) after epoch ${ep}: ${score(mm)}`);
    },
  });
  if (!model) model = m;
  else {
    for (let i = 0; i < m.weights.length; i++) model.weights[i] += m.weights[i];
    for (let i = 0; i < m.trans.length; i++) model.trans[i] += m.trans[i];
  }
  if (r > 0 && ev.length) {
    const avg: DenseModel = { ...model, weights: model.weights.map((w) => w / (r + 1)), trans: model.trans.map((w) => w / (r + 1)) };
    console.log(`  average of ${r + 1} models: ${score(avg)}`);
  }
}
for (let i = 0; i < model!.weights.length; i++) model!.weights[i] /= ENSEMBLE;
for (let i = 0; i < model!.trans.length; i++) model!.trans[i] /= ENSEMBLE;
if (OUT) {
  const buf = serializeModel(model!);
  writeFileSync(OUT, buf);
  console.log(`wrote ${OUT} (${(buf.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
