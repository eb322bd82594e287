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
    // The files share their worker's modules rather than each loading pdfjs, mammoth and the pipeline
    // afresh: that loading was a third of the suite's time. No test may rest on a module's state being
    // its own — one that must see a process's modules from the start spawns a process of its own
    // (tests/readers/pdf-canvas.test.ts).
    isolate: false,
  },
});
