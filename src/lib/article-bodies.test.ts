import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleBody, LOOKAHEAD, queueBodies } from './article-bodies.ts';
import { beginBuild, finishBuild } from './build-state.ts';
import { bodyRenderer, renderBodyFile, renderEntryBody } from './markdown.ts';

const dir = mkdtempSync(join(tmpdir(), 'bodies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Entry files whose bodies differ in length, so replies of different workers take different times. */
const entries = Array.from({ length: LOOKAHEAD * 3 }, (_, i) => {
  const filePath = join(dir, `a${i}.md`);
  const paragraphs = Array.from({ length: 1 + (i % 7) * 5 }, (_, p) => `Paragraph ${p} of article ${i} names [Syria](/entities/syria/) and <b>tags</b> {braces}.`);
  writeFileSync(filePath, `---\ntitle: "Article ${i}"\n---\n\n${paragraphs.join('\n\n')}\n`);
  return { id: `a${i}`, filePath };
});

describe('article bodies', () => {
  it('are rendered on the page thread outside a build', async () => {
    expect(await articleBody(entries[0])).toBe(await renderEntryBody(entries[0]));
  });
  it('come from the workers during a build, each the HTML its own page would render', async () => {
    const expected = await Promise.all(entries.map((e) => renderEntryBody(e)));
    beginBuild();
    try {
      queueBodies(entries);
      // Four pages in flight at a time, as Astro's build.concurrency renders them.
      const got: string[] = [];
      for (let i = 0; i < entries.length; i += 4) got.push(...(await Promise.all(entries.slice(i, i + 4).map((e) => articleBody(e)))));
      expect(got).toEqual(expected);
    } finally {
      await finishBuild({ dist: dir, logger: { info: () => {} } });
    }
  });
  it('are rendered by the workers with the site\'s base path in their links', async () => {
    const render = await bodyRenderer('/digest/');
    beginBuild();
    try {
      queueBodies(entries.slice(0, 6), '/digest/');
      await articleBody(entries[0]); // the first page renders its own body and sends the next ones
      for (const entry of entries.slice(1, 6)) {
        const html = await articleBody(entry);
        expect(html).toContain('href="/digest/entities/syria/"');
        expect(html).toBe(await renderBodyFile(render, entry.filePath));
      }
    } finally {
      await finishBuild({ dist: dir, logger: { info: () => {} } });
    }
  });
  it('are right for pages asked out of order (a warm build renders a few)', async () => {
    beginBuild();
    try {
      queueBodies(entries);
      for (const i of [50, 3, 90, 51, 4]) expect(await articleBody(entries[i])).toBe(await renderEntryBody(entries[i]));
    } finally {
      await finishBuild({ dist: dir, logger: { info: () => {} } });
    }
  });
});
