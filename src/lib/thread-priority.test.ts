import { execFileSync } from 'node:child_process';
import { existsSync, readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE } from './thread-priority.ts';

const linux = existsSync('/proc/thread-self');

describe.skipIf(!linux)('lowerThreadPriority (Linux)', () => {
  it('lowers only the calling worker thread, not the process', async () => {
    const script = `
      import { parentPort } from 'node:worker_threads';
      import { readlinkSync } from 'node:fs';
      import { getPriority } from 'node:os';
      const { lowerThreadPriority } = await import(${JSON.stringify(new URL('./thread-priority.ts', import.meta.url).href)});
      const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
      const lowered = lowerThreadPriority();
      parentPort.postMessage({ lowered, tid, nice: getPriority(tid) });`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(script)}`));
    const reply = await new Promise<{ lowered: boolean; tid: number; nice: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply).toMatchObject({ lowered: true, nice: BACKGROUND_NICE });
    const mainTid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    expect(reply.tid).not.toBe(mainTid);
    expect(getPriority(mainTid)).toBe(getPriority());
    expect(getPriority()).toBeLessThan(BACKGROUND_NICE);
  });

  it('passes the lowered priority on to a process the thread starts (the search indexer)', async () => {
    const script = `
      import { parentPort } from 'node:worker_threads';
      import { spawn } from 'node:child_process';
      import { getPriority } from 'node:os';
      const { lowerThreadPriority } = await import(${JSON.stringify(new URL('./thread-priority.ts', import.meta.url).href)});
      lowerThreadPriority();
      const child = spawn('sleep', ['5']);
      parentPort.postMessage(getPriority(child.pid));
      child.kill();`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(script)}`));
    const nice = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(nice).toBe(BACKGROUND_NICE);
  });
});

describe.skipIf(!linux)('lowerThreadPoolPriority (Linux)', () => {
  it("lowers libuv's pool threads of the process, and no other thread", () => {
    const module = JSON.stringify(new URL('./thread-priority.ts', import.meta.url).href);
    const script = `
      import { readdirSync, readFileSync } from 'node:fs';
      import { stat } from 'node:fs/promises';
      import { getPriority } from 'node:os';
      const { lowerThreadPoolPriority } = await import(${module});
      await stat('.');
      const lowered = lowerThreadPoolPriority();
      const threads = readdirSync('/proc/self/task').map((tid) => ({ name: readFileSync('/proc/self/task/' + tid + '/comm', 'utf8').trim(), nice: getPriority(Number(tid)) }));
      console.log(JSON.stringify({ lowered, threads }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { lowered, threads } = JSON.parse(out) as { lowered: number; threads: { name: string; nice: number }[] };
    const pool = threads.filter((t) => t.name === 'libuv-worker');
    expect(pool.length).toBeGreaterThan(0);
    expect(lowered).toBe(pool.length);
    expect(pool.every((t) => t.nice === BACKGROUND_NICE)).toBe(true);
    expect(threads.filter((t) => t.name !== 'libuv-worker').every((t) => t.nice === getPriority())).toBe(true);
  });
});
