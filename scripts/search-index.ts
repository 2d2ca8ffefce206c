/**
 * Builds the digest's search index exactly as the build does (`src/integrations/pagefind.ts`):
 * for the benchmark, which times it apart from `astro build`.
 * Usage: node scripts/search-index.ts --site dist --content content --out folder
 */
import { entityRecords, indexSite } from '../src/integrations/pagefind.ts';
import { arg } from './lib/args.ts';

const count = await indexSite(arg('--site', 'dist'), entityRecords(arg('--content', 'content')), arg('--out', 'dist/pagefind'));
process.stdout.write(`indexed ${count} pages and entities\n`);
