import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { cliNodeFlags, compiledCli } from './measurement.js';
import { packageRoot } from '../../pipeline/package-root.js';
import { createExtractionPool, type ExtractionPool } from '../../pipeline/pool.js';
import { PipelineConfig } from '../../schemas/config.js';
import { loadQueueConfig } from '../../workers/config.js';
import { openDocumentQueue, type DocumentQueue } from '../../workers/document-queue.js';
import { enqueueFiles } from '../../workers/enqueue-files.js';
import { createLogger } from '../../workers/logger.js';
import { assertRedisReachable } from '../../workers/redis.js';
import { variantOf } from './document-variants.js';

export interface QueueBenchOptions {
  /** Real documents to vary; default every .pdf/.docx in fixtures/docs. */
  seeds?: string[];
  /** Documents per measured run. */
  documents?: number;
}

export interface QueueRun {
  workers: number;
  docsPerSecond: number;
  msPerDocument: number;
}

export interface QueueBenchReport {
  documents: number;
  inProcess: { docsPerSecond: number; msPerDocument: number };
  queue: QueueRun[];
  /**
   * Median extra latency of one document sent through the queue (1 idle worker) over the same
   * document parsed by the in-process pool, measured in alternating pairs so machine load cancels out.
   */
  overheadMsPerDocument: number;
}

const ROOT = packageRoot();
const OVERHEAD_PAIRS = 8;

/**
 * Documents/s through Redis + BullMQ with 1 and 2 worker processes (one parsing thread each), next
 * to the same documents parsed by the pool in-process on one thread. The queue figures include
 * everything a kansli deployment does per document: spooling, the job round trip, results and alerts.
 */
export async function runQueueBench(options: QueueBenchOptions = {}): Promise<QueueBenchReport> {
  const config = loadQueueConfig({ queueName: `bench-${randomBytes(4).toString('hex')}`, concurrency: 1 });
  await assertRedisReachable(config.redisUrl);
  const count = options.documents ?? 48;
  const dir = await mkdtemp(join(tmpdir(), 'rapportkoll-queue-bench-'));
  const pool = createExtractionPool({ concurrency: 1, config: PipelineConfig.parse({}) });
  try {
    const seeds = options.seeds ?? (await defaultSeeds());
    const variants = (label: string, n: number): Promise<string[]> => writeVariants(join(dir, label), seeds, n, label);
    // One pass over every seed first, so the code of every kind of document is compiled before timing.
    for (const file of await variants('warm-pool', seeds.length)) await pool.process(file);
    const inProcessFiles = await variants('in-process', count);
    const started = performance.now();
    for (const file of inProcessFiles) await pool.process(file);
    const inProcess = rate(count, performance.now() - started);

    const queue: QueueRun[] = [];
    let overheadMsPerDocument = Number.NaN;
    for (const workers of [1, 2]) {
      const fleet = await startFleet(workers, join(dir, `out-${workers}`), `${config.queueName}-${workers}`);
      try {
        // A pass over every seed per worker, so each worker's thread is as warm as the in-process pool.
        await fleet.run(await variants(`warm-${workers}`, seeds.length * workers));
        const files = await variants(`queue-${workers}`, count);
        const begun = performance.now();
        await fleet.run(files);
        queue.push({ workers, ...rate(count, performance.now() - begun) });
        if (workers === 1)
          overheadMsPerDocument = await pairedOverhead(pool, fleet, await variants('pair-pool', OVERHEAD_PAIRS), await variants('pair-queue', OVERHEAD_PAIRS));
      } finally {
        await fleet.close();
      }
    }
    return { documents: count, inProcess, queue, overheadMsPerDocument };
  } finally {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatQueueBench(report: QueueBenchReport): string {
  const lines = [`queue mode (${report.documents} documents per run, 1 parsing thread per worker)`];
  lines.push(`  in-process pool, 1 thread : ${report.inProcess.docsPerSecond.toFixed(2)} docs/s (${report.inProcess.msPerDocument.toFixed(0)} ms/doc)`);
  for (const run of report.queue) {
    lines.push(
      `  queue, ${run.workers} worker${run.workers > 1 ? 's' : ' '}          : ${run.docsPerSecond.toFixed(2)} docs/s (${run.msPerDocument.toFixed(0)} ms/doc)`,
    );
  }
  lines.push(
    `  queue overhead per document: ${report.overheadMsPerDocument.toFixed(0)} ms (median of ${OVERHEAD_PAIRS} paired runs, 1 idle worker vs in-process)`,
  );
  return lines.join('\n');
}

async function defaultSeeds(): Promise<string[]> {
  const folder = join(ROOT, 'fixtures', 'docs');
  const names = (await readdir(folder)).filter((name) => /\.(pdf|docx)$/i.test(name)).sort();
  if (names.length === 0) throw new Error(`no .pdf or .docx fixtures in ${folder}`);
  return names.map((name) => join(folder, name));
}

async function writeVariants(folder: string, seeds: string[], count: number, label: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const seed = seeds[n % seeds.length] ?? '';
    const path = join(folder, `${String(n).padStart(4, '0')}-${seed.split(/[\\/]/).pop()}`);
    await writeFile(path, variantOf(await readFile(seed), `${label}-${n}`));
    files.push(path);
  }
  return files;
}

interface Fleet {
  /** Enqueues the files and resolves when every job in the queue has finished. */
  run(files: string[]): Promise<void>;
  close(): Promise<void>;
}

async function startFleet(workers: number, out: string, queueName: string): Promise<Fleet> {
  const config = loadQueueConfig({ queueName, outDir: out, concurrency: 1 });
  const logger = createLogger('rapportkoll-bench');
  logger.level = 'warn';
  const queue = openDocumentQueue(config);
  const children = Array.from({ length: workers }, () => startWorker(out, queueName));
  let total = 0;
  return {
    async run(files) {
      total += files.length;
      await enqueueFiles(files, queue, config, logger, () => undefined);
      await finished(queue, total);
    },
    async close() {
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))));
      await queue.obliterate({ force: true });
      await queue.close();
    },
  };
}

async function pairedOverhead(pool: ExtractionPool, fleet: Fleet, inProcess: string[], queued: string[]): Promise<number> {
  const differences: number[] = [];
  for (const [index, file] of inProcess.entries()) {
    const started = performance.now();
    await pool.process(file);
    const inProcessMs = performance.now() - started;
    const enqueued = performance.now();
    await fleet.run([queued[index] ?? file]);
    differences.push(performance.now() - enqueued - inProcessMs);
  }
  differences.sort((a, b) => a - b);
  return differences[differences.length >> 1] ?? Number.NaN;
}

function startWorker(out: string, queueName: string): ChildProcess {
  // The built CLI with its own node flags (its shebang), as `rapportkoll worker` runs.
  const args = [...cliNodeFlags(), compiledCli(), 'worker', '--out', out, '--concurrency', '1'];
  // Their alerts and logs are not the bench's output.
  return spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, RAPPORTKOLL_QUEUE: queueName, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
}

async function finished(queue: DocumentQueue, total: number): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const counts = await queue.getJobCounts('completed', 'failed');
    if ((counts.completed ?? 0) + (counts.failed ?? 0) >= total) return;
    if (Date.now() > deadline) throw new Error('queue bench: jobs did not finish within 10 minutes');
    await sleep(5);
  }
}

function rate(documents: number, elapsedMs: number): { docsPerSecond: number; msPerDocument: number } {
  return { docsPerSecond: (documents * 1000) / elapsedMs, msPerDocument: elapsedMs / documents };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runQueueBench().then(
    (report) => process.stdout.write(`${formatQueueBench(report)}\n`),
    (error: unknown) => {
      process.stderr.write(`queue bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
