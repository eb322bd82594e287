import type { Limits } from '../schemas/config.js';

/**
 * What the process takes besides its reading threads' heaps: the main thread with the run's
 * index and the export writer…
 */
export const MAIN_THREAD_MB = 200;
/** …and each thread beyond its heap: its young generation, code, stack and the document's bytes outside the heap. */
export const THREAD_OVERHEAD_MB = 64;
/** A smaller heap than this fails ordinary annual reports as too large: rather fewer threads then. */
export const MIN_THREAD_HEAP_MB = 128;

export interface MemoryFit {
  /** Reading threads to run (at most as many as asked for). */
  threads: number;
  /** Each thread's heap (at most limits.maxHeapMb). */
  heapMb: number;
}

/**
 * Fits the reading threads under limits.maxMemoryMb, the worst case counted (every thread at its
 * heap limit at once): each thread's heap is lowered first, down to MIN_THREAD_HEAP_MB, then
 * threads are dropped. One thread always runs, with at least MIN_THREAD_HEAP_MB.
 */
export function fitToMemory(limits: Pick<Limits, 'maxHeapMb' | 'maxMemoryMb'>, requestedThreads: number): MemoryFit {
  const available = limits.maxMemoryMb - MAIN_THREAD_MB;
  const heapFor = (threads: number): number => Math.floor(available / threads) - THREAD_OVERHEAD_MB;
  let threads = Math.max(1, requestedThreads);
  while (threads > 1 && heapFor(threads) < Math.min(MIN_THREAD_HEAP_MB, limits.maxHeapMb)) threads -= 1;
  return { threads, heapMb: Math.max(Math.min(MIN_THREAD_HEAP_MB, limits.maxHeapMb), Math.min(limits.maxHeapMb, heapFor(threads))) };
}
