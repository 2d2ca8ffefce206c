import fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suiteFolder } from '../../test/helpers/files.ts';
import { writeSynchronously } from './sync-writes.ts';

describe('writeSynchronously', () => {
  const dir = suiteFolder('sync-writes-');

  it('writes files and makes folders before the promise is awaited, and puts the originals back', async () => {
    const { writeFile, mkdir } = fs.promises;
    const restore = writeSynchronously();
    try {
      expect(fs.promises.writeFile).not.toBe(writeFile);
      const made = fs.promises.mkdir(join(dir, 'a/b'), { recursive: true });
      expect(fs.existsSync(join(dir, 'a/b'))).toBe(true);
      expect(await made).toBe(join(dir, 'a'));
      const written = fs.promises.writeFile(join(dir, 'a/b/page.html'), 'x < y');
      expect(fs.readFileSync(join(dir, 'a/b/page.html'), 'utf8')).toBe('x < y');
      await written;
      await fs.promises.writeFile(new URL(`file://${join(dir, 'a/bytes.bin')}`), new Uint8Array([1, 2]));
      expect([...fs.readFileSync(join(dir, 'a/bytes.bin'))]).toEqual([1, 2]);
    } finally {
      restore();
    }
    expect(fs.promises.writeFile).toBe(writeFile);
    expect(fs.promises.mkdir).toBe(mkdir);
  });

  it('rejects as the originals do, and leaves calls with options to them', async () => {
    const restore = writeSynchronously();
    try {
      await expect(fs.promises.writeFile(join(dir, 'missing/page.html'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
      await expect(fs.promises.mkdir(join(dir, 'c/d'))).rejects.toMatchObject({ code: 'ENOENT' });
      await fs.promises.writeFile(join(dir, 'appended.txt'), 'a', { flag: 'a' });
      await fs.promises.writeFile(join(dir, 'appended.txt'), 'b', { flag: 'a' });
      expect(fs.readFileSync(join(dir, 'appended.txt'), 'utf8')).toBe('ab');
    } finally {
      restore();
    }
  });
});
