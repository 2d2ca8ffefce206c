import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Site builds are heavy: run test files one or two at a time on this 2-core machine.
    maxWorkers: 2,
  },
});
