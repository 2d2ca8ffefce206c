/**
 * How big can a digest get: builds N articles from ../shared/corpora/bbc-news end to end and
 * prints the figures (never asserts them; machines differ).
 *
 *   npm run bench -- --articles 500 [--keep] [--worktree] [--ingest-only]   (default: the last commit)
 *
 * In one run: extraction speed on a sample (entities and time expressions timed separately), then
 * our build cold (no caches) and warm (caches present, one article added): ingest, `astro build`
 * (which includes the Pagefind integration when astro.config.mjs has it) and a standalone Pagefind
 * run over the output; and the baseline, a bare Astro project (one glob-loaded collection, one
 * trivial page per article) plus Pagefind, with ratios ours/baseline. Each step is a child
 * process whose peak RSS comes from `/usr/bin/time -v` (or "n/a" where that is missing). Last, a
 * reader's first search on the warm output in real Chromium: the search files it fetched
 * (scripts/lib/search-weight.ts).
 *
 * Articles beyond the corpus's 2,225 are copies with " (2)", " (3)"... added to the headline; every
 * article gets its own date in its file name, so slugs and timelines differ as in a real digest.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { listFiles } from '../src/lib/files.ts';
import { keptFiles } from './lib/build-log.ts';
import { measureFirstSearch } from './lib/search-weight.ts';

/** The query of the first-search measurement: a common word of the corpus. */
const SEARCH_QUERY = 'government';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpora/bbc-news');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/.bin/pagefind');
const TIME = '/usr/bin/time';

/** One corpus article: section, file name and text. */
interface Source {
  section: string;
  name: string;
  text: string;
}

/** The measured figures of one child process. */
interface Step {
  ms: number;
  /** Peak resident set size in MiB, when /usr/bin/time could tell. */
  rssMiB?: number;
  /** Processor time (user + system, its waited-for children included) in ms, when /usr/bin/time could tell. */
  cpuMs?: number;
}

/** Every corpus article in a stable order (section, then file name). */
function corpus(): Source[] {
  const out: Source[] = [];
  for (const section of readdirSync(CORPUS).sort()) {
    const dir = join(CORPUS, section);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) out.push({ section, name, text: readFileSync(join(dir, name), 'latin1') });
  }
  return out;
}

/** The day `i` days after 2001-01-01, as YYYY-MM-DD. */
function day(i: number): string {
  return new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

/** Article `i` of the benchmark: the corpus cycled, copies retitled with a suffix. */
function article(sources: Source[], i: number): { name: string; text: string; title: string; body: string } {
  const s = sources[i % sources.length];
  const copy = Math.floor(i / sources.length);
  const [first, ...rest] = s.text.split('\n');
  const title = copy ? `${first.trim()} (${copy + 1})` : first.trim();
  return { name: `${day(i)}-${s.section}-${s.name.replace('.txt', '')}${copy ? `-c${copy + 1}` : ''}.txt`, text: [title, ...rest].join('\n'), title, body: rest.join('\n').trim() };
}

/** Runs a command as a child process; returns its wall time and peak RSS. Exits on failure. */
function run(label: string, cmd: string, args: string[], options: { cwd: string; env?: Record<string, string>; logs: string }): Step {
  const timeFile = join(options.logs, `${label}.time`);
  const useTime = existsSync(TIME);
  const [file, argv] = useTime ? [TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(file, argv, { cwd: options.cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  writeFileSync(join(options.logs, `${label}.log`), `${r.stdout}\n${r.stderr}`);
  if (r.status !== 0) {
    process.stderr.write(`bench: ${label} failed (exit ${r.status}); last output:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}\n`);
    process.exit(1);
  }
  process.stdout.write(`  (${label}: ${fmtMs(ms)})\n`);
  const time = useTime ? readFileSync(timeFile, 'utf8') : '';
  const kb = /Maximum resident set size \(kbytes\): (\d+)/u.exec(time)?.[1];
  const seconds = ['User', 'System'].map((kind) => new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`, 'u').exec(time)?.[1]);
  return { ms, rssMiB: kb ? Number(kb) / 1024 : undefined, cpuMs: seconds.every((x) => x !== undefined) ? (Number(seconds[0]) + Number(seconds[1])) * 1000 : undefined };
}

/** Total bytes and files under a folder. */
function size(dir: string): { bytes: number; files: number } {
  const files = listFiles(dir);
  return { bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0), files: files.length };
}

/** Number of HTML pages in a built site. */
function pages(dist: string): number {
  return listFiles(dist).filter((f) => f.endsWith('.html')).length;
}

const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
/** Peak RSS and, when known, CPU time of a step. */
const fmtResources = (s: Step) => `${s.rssMiB === undefined ? 'n/a' : `${Math.round(s.rssMiB)} MiB`}${s.cpuMs === undefined ? '' : `, CPU ${fmtMs(s.cpuMs)}`}`;
const fmtMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const fmtKiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');

/** Times recognizeEntities and recognizeTimexes separately on a sample of articles. */
async function extractionSample(site: string, sources: Source[], count: number): Promise<{ entitiesMs: number; timeMs: number; n: number; loadMs: number }> {
  const load = (path: string) => import(pathToFileURL(join(site, path)).href);
  const { recognizeEntities } = (await load('src/pipeline/entities/recognize.ts')) as typeof import('../src/pipeline/entities/recognize.ts');
  const { parseArticle } = (await load('src/pipeline/parse/index.ts')) as typeof import('../src/pipeline/parse/index.ts');
  const { recognizeTimexes } = (await load('src/pipeline/time/recognize.ts')) as typeof import('../src/pipeline/time/recognize.ts');
  const step = Math.max(1, Math.floor(sources.length / count));
  const texts = sources.filter((_, i) => i % step === 0).slice(0, count).map((s) => parseArticle(s.name, s.text, 'text').plain.text);
  const t0 = performance.now();
  recognizeEntities(texts[0]); // loads the model
  recognizeTimexes(texts[0], { date: '2005-03-15' });
  const loadMs = performance.now() - t0;
  let t = performance.now();
  for (const text of texts) recognizeEntities(text);
  const entitiesMs = (performance.now() - t) / texts.length;
  t = performance.now();
  for (const text of texts) recognizeTimexes(text, { date: '2005-03-15' });
  const timeMs = (performance.now() - t) / texts.length;
  return { entitiesMs, timeMs, n: texts.length, loadMs };
}

/** Renders share cards for a sample of headlines in-process, on one thread (what each card adds to a cold build). */
async function cardSample(site: string, sources: Source[], count: number): Promise<{ msPerCard: number; n: number; firstMs: number; bytes: number }> {
  const { cardPng } = (await import(pathToFileURL(join(site, 'src/lib/og/card.ts')).href)) as typeof import('../src/lib/og/card.ts');
  const step = Math.max(1, Math.floor(sources.length / count));
  const cards = sources.filter((_, i) => i % step === 0).slice(0, count).map((s) => ({ label: 'Article', title: s.text.split('\n')[0]!.trim(), subtitle: `${s.name} · BBC News`, footer: 'News Digest' }));
  let t = performance.now();
  await cardPng(cards[0]!); // loads HarfBuzz and the fonts
  const firstMs = performance.now() - t;
  let bytes = 0;
  t = performance.now();
  for (const card of cards) bytes += (await cardPng(card)).length;
  return { msPerCard: (performance.now() - t) / cards.length, n: cards.length, firstMs, bytes: bytes / cards.length };
}

/** Writes the throwaway baseline Astro project: one collection, one trivial page per article. */
function writeBaseline(dir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache', build: { format: 'directory' }, devToolbar: { enabled: false } });\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './articles' }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
  );
}

/** What the snapshot of the project contains. */
const SNAPSHOT = ['bin', 'src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/editorial'];

/**
 * Puts a snapshot of the project into `dir` (node_modules linked), and every step runs from it:
 * the last commit by default (a shared working tree may be mid-edit), the working tree with
 * `--worktree`. A snapshot also keeps Astro's build chunks (written under the project's `.astro/`)
 * away from concurrent builds, and cold and warm runs on the same extractor.
 */
function snapshot(dir: string, worktree: boolean): void {
  mkdirSync(dir, { recursive: true });
  if (worktree) {
    for (const entry of SNAPSHOT) if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  } else {
    const tar = spawnSync('sh', ['-c', `git archive HEAD ${SNAPSHOT.join(' ')} | tar -x -C "${dir}"`], { cwd: ROOT, encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`git archive failed: ${tar.stderr}`);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * The Node options `npm run build` gives `astro build` (the `NODE_OPTIONS` of package.json's build
 * script, after the caller's own), so that ours runs here as it does there; the baseline, bare
 * Astro, runs with Node's defaults.
 */
function buildNodeOptions(project: string): string {
  const script = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
  const own = /NODE_OPTIONS="\$NODE_OPTIONS ([^"]*)"/u.exec(script)?.[1] ?? '';
  return `${process.env.NODE_OPTIONS ?? ''} ${own}`.trim();
}

/** A baseline article as Markdown with a title in front matter. */
function baselineArticle(a: { title: string; body: string }): string {
  return `---\ntitle: ${JSON.stringify(a.title)}\n---\n\n${a.body.replace(/\n(?!\n)/gu, '\n\n')}\n`;
}

interface BuildFigures {
  ingest?: Step;
  astro: Step;
  pagefind: Step;
  pages: number;
  index: { bytes: number; files: number };
  /** The index Astro's own Pagefind integration wrote into dist, if any. */
  integrationIndex?: { bytes: number; files: number };
  /** Files the incremental build copied from the previous build instead of rendering them. */
  copied?: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '500' }, keep: { type: 'boolean', default: false }, worktree: { type: 'boolean', default: false }, sample: { type: 'string', default: '300' }, 'ingest-only': { type: 'boolean', default: false } } });
  const n = Number(values.articles);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--articles ${values.articles}: expected a positive whole number`);
  if (!existsSync(CORPUS)) {
    process.stdout.write(`bench: skipped, ${CORPUS} is absent (the shared corpora are not on this machine).\n`);
    return;
  }
  const started = performance.now();
  const sources = corpus();
  const dir = mkdtempSync(join(tmpdir(), 'digest-bench-'));
  const logs = join(dir, 'logs');
  mkdirSync(logs);
  const seeds = join(dir, 'seeds');
  const base = join(dir, 'baseline');
  mkdirSync(seeds);
  writeBaseline(base);
  const site = join(dir, 'site');
  snapshot(site, values.worktree);
  for (let i = 0; i < n; i++) {
    const a = article(sources, i);
    writeFileSync(join(seeds, a.name), a.text, 'latin1');
    writeFileSync(join(base, 'articles', a.name.replace(/\.txt$/u, '.md')), baselineArticle(a), 'latin1');
  }
  const extra = article(sources, n);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`bench: ${n} articles from ${CORPUS} in ${dir}; project: ${values.worktree ? 'working tree' : `commit ${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim()}`}`);
  out(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), ${Math.round(totalmem() / 1024 ** 3)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

  const x = await extractionSample(site, sources, Math.min(Number(values.sample), sources.length));
  out(`extraction (in-process sample of ${x.n}): entities ${x.entitiesMs.toFixed(2)} ms/article, time ${x.timeMs.toFixed(2)} ms/article (model load ${Math.round(x.loadMs)} ms)`);
  const c = await cardSample(site, sources, Math.min(Number(values.sample), sources.length));
  out(`preview images (in-process sample of ${c.n}, one thread): ${c.msPerCard.toFixed(2)} ms/image, ${(1000 / c.msPerCard).toFixed(0)} images/s, ${fmtKiB(c.bytes)} each (first image incl. loading the fonts ${Math.round(c.firstMs)} ms)`);

  const node = process.execPath;
  const ingestStep = (label: string): Step => run(`${label}-ingest`, node, [join(site, 'bin/digest.mjs'), 'ingest', '--seeds', seeds, '--content', join(dir, 'content'), '--cache', join(dir, 'cache')], { cwd: ROOT, logs });
  const finish = () => {
    out();
    out(`bench wall time ${fmtMs(performance.now() - started)}; ${values.keep ? `kept ${dir}` : 'temp folder removed (--keep keeps it)'}`);
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  };
  if (values['ingest-only']) {
    // Past what `astro build` can do in a session: how the ingest alone scales (time, memory).
    const cold = ingestStep('cold');
    writeFileSync(join(seeds, extra.name), extra.text, 'latin1');
    const warm = ingestStep('warm');
    out(`ingest only, cold: ${n} articles in ${fmtMs(cold.ms)}, ${(n / (cold.ms / 1000)).toFixed(1)} articles/s, peak RSS ${fmtResources(cold)}`);
    out(`ingest only, warm (+1 article): ${fmtMs(warm.ms)}, peak RSS ${fmtResources(warm)}`);
    finish();
    return;
  }
  const ours = (label: string): BuildFigures => {
    const ingest = ingestStep(label);
    const dist = join(dir, 'dist');
    const astro = run(`${label}-astro`, node, [ASTRO, 'build', '--outDir', dist], { cwd: site, logs, env: { DIGEST_CONTENT_DIR: join(dir, 'content'), DIGEST_ASTRO_CACHE: join(dir, 'astro-cache'), NODE_OPTIONS: buildNodeOptions(site) } });
    const pfOut = join(dir, `pagefind-${label}`);
    // Our index as the build makes it (article pages + entity records), timed on its own.
    const pagefind = run(`${label}-pagefind`, node, [join(site, 'scripts/search-index.ts'), '--site', dist, '--content', join(dir, 'content'), '--out', pfOut], { cwd: site, logs });
    const integration = join(dist, 'pagefind');
    const copied = keptFiles(readFileSync(join(logs, `${label}-astro.log`), 'utf8'));
    return { ingest, astro, pagefind, pages: pages(dist), index: size(pfOut), integrationIndex: existsSync(integration) ? size(integration) : undefined, copied };
  };
  const baseline = (label: string): BuildFigures => {
    const dist = join(base, 'dist');
    const astro = run(`${label}-baseline-astro`, node, [ASTRO, 'build'], { cwd: base, logs });
    const pfOut = join(dir, `pagefind-${label}-baseline`);
    const pagefind = run(`${label}-baseline-pagefind`, PAGEFIND, ['--site', dist, '--output-path', pfOut], { cwd: base, logs });
    return { astro, pagefind, pages: pages(dist), index: size(pfOut) };
  };

  const results: { label: string; ours: BuildFigures; base: BuildFigures; articles: number }[] = [];
  results.push({ label: 'cold', ours: ours('cold'), base: baseline('cold'), articles: n });
  // Warm: every cache kept, one new article.
  writeFileSync(join(seeds, extra.name), extra.text, 'latin1');
  writeFileSync(join(base, 'articles', extra.name.replace(/\.txt$/u, '.md')), baselineArticle(extra), 'latin1');
  results.push({ label: 'warm (+1 article)', ours: ours('warm'), base: baseline('warm'), articles: n + 1 });

  // A reader's first search on the warm build's output (the issue's budget: under 300 kB).
  const search = await measureFirstSearch(join(dir, 'dist'), SEARCH_QUERY);

  for (const r of results) {
    const o = r.ours;
    const b = r.base;
    // With the Pagefind integration, astro build already indexed: the standalone run is for comparison.
    const oursTotal = (o.ingest?.ms ?? 0) + o.astro.ms + (o.integrationIndex ? 0 : o.pagefind.ms);
    const baseTotal = b.astro.ms + b.pagefind.ms;
    out();
    out(`== ${r.label}: ${r.articles} articles ==`);
    out(`ours      ingest    ${fmtMs(o.ingest!.ms).padStart(9)}  ${(r.articles / (o.ingest!.ms / 1000)).toFixed(1)} articles/s  peak RSS ${fmtResources(o.ingest!)}`);
    out(`ours      astro     ${fmtMs(o.astro.ms).padStart(9)}  ${o.pages} pages, ${(o.astro.ms / o.pages).toFixed(1)} ms/page, ${o.copied ?? 0} files copied from the previous build  peak RSS ${fmtResources(o.astro)}${o.integrationIndex ? `  (includes the Pagefind integration: index ${fmtMiB(o.integrationIndex.bytes)}, ${o.integrationIndex.files} files)` : ''}`);
    out(`ours      pagefind  ${fmtMs(o.pagefind.ms).padStart(9)}  index ${fmtMiB(o.index.bytes)}, ${o.index.files} files  peak RSS ${fmtResources(o.pagefind)}`);
    out(`ours      total     ${fmtMs(oursTotal).padStart(9)}  (ingest + astro${o.integrationIndex ? ' incl. Pagefind' : ' + pagefind'}), ${(oursTotal / r.articles).toFixed(1)} ms/article`);
    out(`baseline  astro     ${fmtMs(b.astro.ms).padStart(9)}  ${b.pages} pages, ${(b.astro.ms / b.pages).toFixed(1)} ms/page  peak RSS ${fmtResources(b.astro)}`);
    out(`baseline  pagefind  ${fmtMs(b.pagefind.ms).padStart(9)}  index ${fmtMiB(b.index.bytes)}, ${b.index.files} files  peak RSS ${fmtResources(b.pagefind)}`);
    out(`baseline  total     ${fmtMs(baseTotal).padStart(9)}  (astro + pagefind), ${(baseTotal / r.articles).toFixed(1)} ms/article`);
    out(`ratio ours/baseline (same articles): total ${ratio(oursTotal, baseTotal)}, astro ${ratio(o.astro.ms, b.astro.ms)} (per page ${ratio(o.astro.ms / o.pages, b.astro.ms / b.pages)}), pages ${ratio(o.pages, b.pages)}, pagefind ${ratio(o.pagefind.ms, b.pagefind.ms)}, index size ${ratio(o.index.bytes, b.index.bytes)}, peak RSS astro ${o.astro.rssMiB && b.astro.rssMiB ? ratio(o.astro.rssMiB, b.astro.rssMiB) : 'n/a'}`);
  }
  out();
  out(search
    ? `first search ("${SEARCH_QUERY}", warm build, text gzipped as GitHub Pages serves it): ${fmtKiB(search.firstBytes)} in ${search.firstFiles} search files until the first results, ${fmtKiB(search.totalBytes)} in ${search.totalFiles} once entity pages and filter counts are in; largest: ${search.largest.join(', ')}`
    : 'first search: not measured (/usr/bin/chromium is missing)');
  finish();
}

await main();
