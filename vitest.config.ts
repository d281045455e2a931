import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most test files wait on child processes, servers and timers rather than compute: three at a
    // time on a 2-core machine keeps both cores busy (vitest's default would run one at a time).
    maxWorkers: 3,
  },
});
