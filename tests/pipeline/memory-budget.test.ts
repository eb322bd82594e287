import { describe, expect, it } from 'vitest';
import { fitToMemory, MAIN_THREAD_MB, THREAD_OVERHEAD_MB } from '../../pipeline/memory-budget.js';

describe('fitToMemory: the reading threads under limits.maxMemoryMb, counted for the worst case', () => {
  it.each([
    // maxMemoryMb, maxHeapMb, threads asked for → threads, heap each
    [1024, 512, 1, 1, 512],
    [1024, 512, 2, 2, 348],
    [1024, 512, 4, 4, 142],
    [1024, 512, 8, 4, 142],
    [1024, 512, 64, 4, 142],
    [4096, 512, 8, 8, 423],
    [8192, 512, 8, 8, 512],
    [512, 512, 2, 1, 248],
    [392, 512, 4, 1, 128],
    // A heap set small on purpose: as many threads as fit at that heap.
    [1024, 64, 16, 6, 64],
  ])('%i MB, heap %i MB, %i threads asked → %i threads, %i MB heap', (maxMemoryMb, maxHeapMb, asked, threads, heapMb) => {
    const fit = fitToMemory({ maxMemoryMb, maxHeapMb }, asked);
    expect(fit).toEqual({ threads, heapMb });
    expect(MAIN_THREAD_MB + fit.threads * (fit.heapMb + THREAD_OVERHEAD_MB)).toBeLessThanOrEqual(
      Math.max(maxMemoryMb, MAIN_THREAD_MB + THREAD_OVERHEAD_MB + 128),
    );
  });
});
