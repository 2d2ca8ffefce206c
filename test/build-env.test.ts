/**
 * A rebuild keeps every unchanged page however the build is started. Astro inlines environment
 * variables into modules that read `import.meta.env` as a whole, and `_` (which the shell sets to
 * the command that started the build) once made `npm run build` after `npx astro build` render
 * every page again: the page code, and with it every incremental-build key, had changed.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProjectSeeds, keptPages as kept, listFiles, makeSeeds, renderedPages as rendered, ROOT } from './helpers/site.ts';

/** Astro's test for a module that reads the env object as a whole (`vite-plugin-import-meta-env.js`). */
const WHOLE_ENV = /\bimport\.meta\.env\b(?!\.)/u;

describe('incremental build and the environment', () => {
  it('has no source module that reads the env object as a whole (Astro would inline variables into it)', () => {
    const files = listFiles(join(ROOT, 'src')).filter((f) => /\.(?:ts|astro|mjs|js)$/u.test(f) && !f.endsWith('.test.ts'));
    expect(files.filter((f) => WHOLE_ENV.test(readFileSync(join(ROOT, 'src', f), 'utf8')))).toEqual([]);
    expect(WHOLE_ENV.test(readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8'))).toBe(false);
  });

  let dir = '';
  beforeAll(() => {
    dir = makeSeeds(copyProjectSeeds);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every page when only the command that started the build differs', () => {
    buildSite(dir, { _: '/usr/bin/npx' });
    const other = buildSite(dir, { _: '/usr/local/bin/npm' });
    // The same command again: what every rebuild renders anyway (listings without a key).
    const same = buildSite(dir, { _: '/usr/local/bin/npm' });
    expect(kept(other.log), 'pages kept').toBeGreaterThan(20);
    expect(rendered(other.log), 'pages rendered again').toEqual(rendered(same.log));
  }, 300_000);
});
