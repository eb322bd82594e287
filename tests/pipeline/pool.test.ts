import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../pipeline/pool.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import { DocumentResult } from '../../schemas/result.js';
import { useScratchDir } from '../cli/support/temp-dir.js';
import { ROOT } from './support/expected-fixtures.js';
import { writeSlowDocx } from './support/slow-docx.js';

const at = (relative: string): string => join(ROOT, relative);
const REPORT = at('fixtures/docs/slutrapport-trisam-gavle.docx');
/** Files every thread turns down within milliseconds, whatever the load on the machine. */
const QUICK = [
  at('fixtures/docs/bad/image.png'),
  at('fixtures/docs/bad/empty.pdf'),
  at('fixtures/docs/bad/truncated.docx'),
  at('fixtures/docs/bad/legacy.doc'),
];
let slow: string;

const scratch = useScratchDir();

beforeAll(async () => {
  slow = join(scratch(), 'slow.docx');
  await writeSlowDocx(slow);
});

describe('createExtractionPool', () => {
  const config = PipelineConfig.parse({});
  const pool = createExtractionPool({ concurrency: 2, config });
  afterAll(() => pool.close());

  it('gives each caller the same result as processing the file in-thread', async () => {
    const paths = [REPORT, ...QUICK];
    const pooled = await Promise.all(paths.map((path) => pool.process(path)));
    const inThread = await Promise.all(paths.map((path) => processFile(path, config)));
    expect(pooled.map((result) => DocumentResult.parse(result))).toEqual(inThread);
    expect(pooled.map((result) => result.source.path)).toEqual(paths);
  });

  it('close() finishes what is in flight and can be called twice; a closed pool takes no more work', async () => {
    const own = createExtractionPool({ concurrency: 1, config });
    const pending = own.process(REPORT);
    await Promise.all([own.close(), own.close()]);
    expect((await pending).source.path).toBe(REPORT);
    await expect(own.process(REPORT)).rejects.toThrow('closed');
  });
});

describe('a poisonous document', () => {
  it('times out on its own thread while the documents behind it are processed, and the pool carries on', async () => {
    const config = PipelineConfig.parse({ limits: { timeoutMs: 5000 } });
    const pool = createExtractionPool({ concurrency: 2, config });
    try {
      const finished: string[] = [];
      const track = (path: string) => pool.process(path).then((result) => (finished.push(path), result));
      const slowResult = track(slow);
      const others = await Promise.all(QUICK.map(track));
      // The other thread got through all of them while the slow one was still being read.
      expect(finished).toEqual(QUICK);
      expect(others.every((result) => result.error?.code !== 'timeout')).toBe(true);
      const timedOut = await slowResult;
      expect(finished.at(-1)).toBe(slow);
      expect(timedOut).toMatchObject({ status: 'failed', kind: 'unknown', error: { code: 'timeout' }, source: { path: slow, format: 'docx' } });
      expect(timedOut.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      // Its thread was replaced: the pool still reads documents.
      expect((await pool.process(QUICK[0] ?? '')).error?.code).toBe('unsupported-format');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
