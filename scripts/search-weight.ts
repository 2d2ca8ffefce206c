/**
 * Prints what a reader's first search fetches on a built site (see scripts/lib/search-weight.ts).
 * Usage: node scripts/search-weight.ts [--site dist] [--query government] [--base /]
 */
import { arg } from './lib/args.ts';
import { measureFirstSearch } from './lib/search-weight.ts';

const query = arg('--query', 'government');
const weight = await measureFirstSearch(arg('--site', 'dist'), query, arg('--base', '/'));
if (!weight) process.stdout.write('search-weight: skipped, /usr/bin/chromium is missing\n');
else {
  const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  process.stdout.write(`first search for "${query}": ${kib(weight.firstBytes)} in ${weight.firstFiles} search files until the first results;` +
    ` ${kib(weight.totalBytes)} in ${weight.totalFiles} once entity pages and filter counts are in; ${weight.results} results shown, first ${weight.top}` +
    ` (service worker precache meanwhile: ${kib(weight.workerBytes)})\n  largest: ${weight.largest.join(', ')}\n`);
}
