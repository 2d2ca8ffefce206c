import { describe, expect, it } from 'vitest';
import { suiteFolder, writeIn } from '../../test/helpers/files.ts';
import { projectCodeVersion } from './build-state.ts';

describe('projectCodeVersion', () => {
  const root = suiteFolder('digest-code-');
  const write = (path: string, text: string) => writeIn(root, path, text);

  it('changes with the site code, the Astro config and the locked dependencies, not with tests or content', () => {
    write('src/lib/feeds.ts', 'export const a = 1;');
    write('astro.config.mjs', 'export default {};');
    write('package-lock.json', '{}');
    const first = projectCodeVersion(root);
    expect(projectCodeVersion(root)).toBe(first);
    write('src/lib/feeds.test.ts', 'test');
    write('content/articles/a.md', 'text');
    expect(projectCodeVersion(root)).toBe(first);
    const versions = new Set([first]);
    for (const [path, text] of [['src/lib/feeds.ts', 'export const a = 2;'], ['src/lib/new.ts', ''], ['astro.config.mjs', 'export default { base: "/x/" };'], ['package-lock.json', '{"v":2}']]) {
      write(path!, text!);
      versions.add(projectCodeVersion(root));
    }
    expect(versions.size).toBe(5);
  });
});
