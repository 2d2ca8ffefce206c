/**
 * Benchmarks the entity recogniser: model load time and recognition speed (words per second, one
 * core, tokenisation included) on BBC news articles from ../shared/corpora/bbc-news, or on the
 * seed article when the shared corpora are absent. Prints figures; asserts nothing.
 *
 * Usage: node scripts/bench-entities.ts [--articles N] [--rounds R]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BBC_DIR } from './lib/conll.ts';
import { arg } from './lib/args.ts';

const MAX = Number(arg('--articles', '600'));
const ROUNDS = Number(arg('--rounds', '5'));

const texts: string[] = [];
if (existsSync(BBC_DIR)) {
  for (const topic of readdirSync(BBC_DIR).sort()) {
    const dir = join(BBC_DIR, topic);
    if (!existsSync(dir) || !dir.match(/[a-z]$/) || topic.includes('.')) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
} else {
  console.log(`note: ${BBC_DIR} not found; benchmarking on the seed article`);
  const seeds = resolve(import.meta.dirname, '../seeds');
  for (const f of readdirSync(seeds)) if (f.endsWith('.txt')) texts.push(readFileSync(join(seeds, f), 'utf8'));
}
// spread the sample over topics
const sample = texts.length > MAX ? texts.filter((_, i) => i % Math.ceil(texts.length / MAX) === 0) : texts;

let t = performance.now();
const { recognizeEntities, loadEntityModel } = await import('../src/pipeline/entities/recognize.ts');
const tImport = performance.now() - t;
t = performance.now();
loadEntityModel();
const tLoad = performance.now() - t;
const { tokenize } = await import('../src/pipeline/entities/recognizer/tokenize.ts');
const words = sample.reduce((s, x) => s + tokenize(x).words.length, 0);
console.log(`model: import ${tImport.toFixed(0)} ms, load ${tLoad.toFixed(0)} ms`);
console.log(`sample: ${sample.length} articles, ${words.toLocaleString('en')} words (tokens)`);
let mentions = 0;
const rates: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  t = performance.now();
  mentions = 0;
  for (const x of sample) mentions += recognizeEntities(x).length;
  const s = (performance.now() - t) / 1000;
  rates.push(words / s);
  console.log(`round ${r + 1}: ${s.toFixed(3)} s, ${Math.round(words / s).toLocaleString('en')} words/s, ${mentions} mentions`);
}
rates.sort((a, b) => b - a);
console.log(`best ${Math.round(rates[0]).toLocaleString('en')} words/s, median ${Math.round(rates[Math.floor(rates.length / 2)]).toLocaleString('en')} words/s (one core)`);
