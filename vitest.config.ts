import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest leaves a core free, which on a two-core machine runs the files one at a time. The files share
    // nothing (each queue test its own random queue name, the outage test its own Redis, each its own
    // temporary folders), and most of their time is spent waiting on child processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
