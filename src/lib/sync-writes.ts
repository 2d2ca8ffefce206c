/**
 * Page files written on the main thread. Astro writes each page with `fs.promises` (a folder,
 * then open, write and close, and the same again into its incremental-build cache): ~8 round
 * trips through libuv's thread pool a page, each a promise, a wake-up of a pool thread and a
 * callback. In a profile of a cold 10,000-article build (~25,000 pages) the main thread spent
 * ~16 s inside those calls and sat idle ~18 s, much of it waiting for a pool thread to get a
 * core from the body and card workers. A page file is small (~20 kB): written synchronously it
 * costs the main thread one short system call each, as the content loader's reads already do
 * (`fs/promises` reads took 8 times as long there).
 *
 * Only `fs.promises.writeFile` (a path and a string or bytes, no options) and
 * `fs.promises.mkdir` are replaced, and only while a build generates its pages; every other call
 * goes to Node's own function. What each returns or rejects with is what the original would.
 */
import fs from 'node:fs';

type WriteFile = typeof fs.promises.writeFile;
type Mkdir = typeof fs.promises.mkdir;

/** Replaces `fs.promises.writeFile` and `fs.promises.mkdir` with synchronous versions; returns what puts them back. */
export function writeSynchronously(): () => void {
  const { writeFile, mkdir } = fs.promises;
  const syncWriteFile = (async (path, data, options) => {
    const simple = options === undefined && (typeof path === 'string' || path instanceof URL) && (typeof data === 'string' || data instanceof Uint8Array);
    if (!simple) return writeFile(path, data, options);
    fs.writeFileSync(path, data);
  }) as WriteFile;
  const syncMkdir = (async (path: fs.PathLike, options?: fs.MakeDirectoryOptions | fs.Mode | null) => fs.mkdirSync(path, options)) as Mkdir;
  fs.promises.writeFile = syncWriteFile;
  fs.promises.mkdir = syncMkdir;
  return () => {
    // Only what this call put there is put back (a later replacement stays).
    if (fs.promises.writeFile === syncWriteFile) fs.promises.writeFile = writeFile;
    if (fs.promises.mkdir === syncMkdir) fs.promises.mkdir = mkdir;
  };
}
