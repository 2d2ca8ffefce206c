import { describe, expect, it } from 'vitest';
import { Logger } from './logger.ts';
import { estimate, formatDuration, formatProgressBar, formatProgressLine, Progress } from './progress.ts';

describe('progress formatting', () => {
  it('formats durations at ETA precision', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(44_600)).toBe('45s');
    expect(formatDuration(185_000)).toBe('3m 05s');
    expect(formatDuration(3_720_000)).toBe('1h 02m');
    expect(formatDuration(-5)).toBe('0s');
  });

  it('estimates rate and time left from done/total/elapsed', () => {
    expect(estimate({ label: 'a', done: 0, total: 10, elapsedMs: 1000 })).toBeUndefined();
    expect(estimate({ label: 'a', done: 25, total: 100, elapsedMs: 5000 })).toEqual({ rate: 5, etaMs: 15_000 });
  });

  it('prints a plain log line', () => {
    expect(formatProgressLine({ label: 'articles', done: 0, total: 2225, elapsedMs: 0 })).toBe('articles: 0/2225 (0%), ETA --');
    expect(formatProgressLine({ label: 'articles', done: 450, total: 2225, elapsedMs: 36_000 })).toBe('articles: 450/2225 (20%), 12.5/s, ETA 2m 22s');
    expect(formatProgressLine({ label: 'articles', done: 10, total: 10, elapsedMs: 2000 })).toBe('articles: 10/10 (100%), 5.0/s, 2s');
  });

  it('draws a fixed-width bar for terminals', () => {
    expect(formatProgressBar({ label: 'articles', done: 50, total: 200, elapsedMs: 10_000 }, 10)).toBe('articles [###.......]  50/200  25% 5.0/s, ETA 30s');
    expect(formatProgressBar({ label: 'articles', done: 200, total: 200, elapsedMs: 40_000 }, 10)).toBe('articles [##########] 200/200 100% 5.0/s, 40s');
    // Never more than full, whatever the counts say.
    expect(formatProgressBar({ label: 'x', done: 12, total: 10, elapsedMs: 1000 }, 4)).toMatch(/^x \[####\]/);
  });
});

describe('Progress reporter', () => {
  it('prints about every 10% (or 5 s) in plain mode, and the last line once', () => {
    const lines: string[] = [];
    let t = 0;
    const p = new Progress(new Logger({ info: (l) => lines.push(l), warn: () => {} }), 'articles', 100, { interactive: false, now: () => t });
    for (let i = 0; i < 100; i++) {
      t += 10;
      p.advance();
    }
    p.finish();
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^articles: 10\/100 \(10%\)/);
    expect(lines.at(-1)).toMatch(/^articles: 100\/100 \(100%\)/);

    const slow: string[] = [];
    t = 0;
    const q = new Progress(new Logger({ info: (l) => slow.push(l), warn: () => {} }), 'articles', 1000, { interactive: false, now: () => t });
    t += 6000;
    q.advance(); // 0.1%, but 6 s since the start: time for a line
    t += 1000;
    q.advance(); // 1 s later and no new 10%: silent
    expect(slow).toHaveLength(1);
  });

  it('redraws one line on a terminal and ends it with a newline', () => {
    const out: string[] = [];
    const sink = { info: (l: string) => out.push(`${l}\n`), warn: (l: string) => out.push(`${l}\n`), progress: (l: string) => out.push(`\r${l}`), interactive: true };
    let t = 0;
    const p = new Progress(new Logger(sink), 'articles', 3, { now: () => t });
    t = 200;
    p.advance();
    t = 400;
    p.advance();
    t = 600;
    p.advance();
    expect(out.join('')).toBe('\rarticles [#######.............] 1/3  33% 5.0/s, ETA 0s\rarticles [#############.......] 2/3  66% 5.0/s, ETA 0s\rarticles [####################] 3/3 100% 5.0/s, 1s\n');
  });

  it('is silent with a quiet logger', () => {
    const out: string[] = [];
    const p = new Progress(new Logger({ info: (l) => out.push(l), warn: () => {} }, { quiet: true }), 'articles', 2, { interactive: false });
    p.advance(2);
    expect(out).toEqual([]);
  });
});
