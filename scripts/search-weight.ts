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
  process.stdout.write(`first search for "${query}": ${(weight.pagefindBytes / 1024).toFixed(1)} KiB in ${weight.pagefindFiles} search files, ${weight.results} results shown` +
    ` (service worker precache meanwhile: ${(weight.workerBytes / 1024).toFixed(1)} KiB)\n  largest: ${weight.largest.join(', ')}\n`);
}
