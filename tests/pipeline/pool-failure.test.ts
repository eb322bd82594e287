import { describe, expect, it } from 'vitest';
import { failureOfWorker } from '../../pipeline/pool-failure.js';
import { PipelineConfig } from '../../schemas/config.js';

/**
 * How a thread's death is reported. The out-of-memory case cannot be provoked with a real document
 * (the readers refuse anything that would not fit the heap first), so the mapping is checked here
 * with the error node raises for it.
 */
describe('failureOfWorker', () => {
  const config = PipelineConfig.parse({ limits: { timeoutMs: 1500, maxHeapMb: 256 } });
  const outOfMemory = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });

  it.each([
    { name: 'stopped by the timeout', error: new Error('aborted'), timedOut: true, code: 'timeout', says: '1.5 s' },
    { name: 'out of memory', error: outOfMemory, timedOut: false, code: 'too-large', says: '256 MB of memory' },
    { name: 'died otherwise', error: new Error('worker exited with code: 1'), timedOut: false, code: 'corrupt', says: 'worker exited with code: 1' },
  ])('$name → $code', ({ error, timedOut, code, says }) => {
    const failure = failureOfWorker(error, timedOut, config);
    expect(failure.code).toBe(code);
    expect(failure.message).toContain(says);
  });
});
