/**
 * The README's promise, run for real: `npm run build` (the npm script itself, not its parts)
 * builds a digest from a seeds folder into `dist/`. Paths come from the environment so the
 * project's own content is not touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectSeeds, makeSeeds, ROOT, withBuildLock } from './helpers/site.ts';

describe('npm run build', () => {
  const dir = makeSeeds(copyProjectSeeds);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the ingest and the site build from the npm script', () => {
    const env = { ...process.env, BASE_URL: undefined, DIGEST_SEEDS_DIR: join(dir, 'seeds'), DIGEST_CONTENT_DIR: join(dir, 'content'), DIGEST_CACHE_DIR: join(dir, 'cache'), DIGEST_OUT_DIR: join(dir, 'dist'), DIGEST_ASTRO_CACHE: join(dir, 'astro-cache'), DIGEST_OG_CACHE: join(dir, 'og') };
    const run = withBuildLock(() => spawnSync('npm', ['run', 'build'], { cwd: ROOT, env, encoding: 'utf8' }));
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/digest: 1 articles/u);
    expect(run.stdout).toMatch(/curator report:/u);
    for (const page of ['index.html', 'entities/donald-trump/index.html', 'entities/ahmad-al-sharaa/index.html', 'timeline/index.html', '404.html']) {
      expect(existsSync(join(dir, 'dist', page)), page).toBe(true);
    }
    expect(existsSync(join(dir, 'content/articles'))).toBe(true);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('Donald Trump welcomed the Syrian President');
  });
});
