/**
 * Speed of the time-expression recogniser on ../shared/corpora/bbc-news (2,225 articles).
 * Prints ms/article, articles/s and words/s; never asserts (machines differ).
 *
 *   node scripts/bench-time.ts [--rounds 3]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognizeTimexes } from '../src/pipeline/time/recognize.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(root, '../shared/corpora/bbc-news');
if (!existsSync(dir)) {
  console.log(`bench-time: skipped, ${dir} is absent (the shared corpora are not on this machine).`);
} else {
  const texts: string[] = [];
  for (const topic of readdirSync(dir).sort()) {
    const p = join(dir, topic);
    if (!statSync(p).isDirectory()) continue;
    for (const f of readdirSync(p).sort()) if (f.endsWith('.txt')) texts.push(new TextDecoder('utf-8').decode(readFileSync(join(p, f))));
  }
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const ri = process.argv.indexOf('--rounds');
  const rounds = ri > 0 ? Number(process.argv[ri + 1]) : 3;
  for (const t of texts.slice(0, 200)) recognizeTimexes(t, { date: '2005-03-15' }); // warm-up
  let found = 0;
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    found = 0;
    const t0 = performance.now();
    for (const t of texts) found += recognizeTimexes(t, { date: '2005-03-15' }).length;
    times.push(performance.now() - t0);
  }
  const best = Math.min(...times);
  console.log(
    `bench-time: ${texts.length} articles, ${words.toLocaleString('en')} words (avg ${Math.round(words / texts.length)}), ` +
      `${found} timexes; best of ${rounds}: ${(best / texts.length).toFixed(3)} ms/article, ` +
      `${Math.round((texts.length / best) * 1000).toLocaleString('en')} articles/s, ${Math.round((words / best) * 1000).toLocaleString('en')} words/s`,
  );
}
