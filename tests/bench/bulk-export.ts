/**
 * The bulk-export part of `npm run bench`: `extract <folder> --out` over a folder of
 * BENCH_BULK_DOCUMENTS (default 1 000) documents made from the fixtures, with --concurrency 1 (also
 * held to one core with taskset) and with one thread per core, each in a fresh process:
 * documents/s, peak RSS, the speed-up, and whether other processes were using the machine meanwhile
 * (which would make the figures low). Beside the speed-up, what the machine allows memory-heavy work
 * to gain from its cores at all (machine-ceiling.ts).
 *
 * Each run is the built CLI itself, started as users start it (its shebang's node flags), and its
 * peak RSS and CPU time are the kernel's for that process (getrusage at its exit: what
 * `/usr/bin/time` reports), not this bench's: an earlier runner ran the CLI inside a tsx process
 * and read the results back before measuring, which added about 50 MB that the CLI never uses.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { bulkSeeds, DEFAULT_BULK_DOCUMENTS, makeBulkFolder } from './bulk-folder.js';
import { allocationSpeedUp } from './machine-ceiling.js';
import { cliNodeFlags, compiledCli } from './measurement.js';

const RSS_LIMIT_MB = 300;
const SPEED_UP_TARGET = 1.8;
/** util-linux's taskset, to hold a run to one core; null where there is none (then that run is left out). */
const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((path) => existsSync(path)) ?? null;
/** Other processes using more than this share of one core during a run make it "busy". */
const BUSY_CORE_SHARE = 0.1;

/** What one `extract --out` process did and used. */
interface ExportReport {
  documents: number;
  /** Wall time from starting the process until it exited. */
  ms: number;
  /** The process's peak resident memory (all its threads), by the kernel. */
  peakRssMb: number;
  /** CPU time of the process (all threads), to tell how much of the machine others used meanwhile. */
  cpuMs: number;
  failed: number;
}

/**
 * Loaded into the CLI's process with --import, before the CLI: at exit it writes the process's own
 * resource usage (getrusage; maxRSS in KiB, CPU in µs, every thread counted) to BENCH_USAGE_FILE.
 */
const USAGE_AT_EXIT = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs';" +
    "process.on('exit', () => { const usage = process.resourceUsage(); writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime })); });",
)}`;

interface Measured extends ExportReport {
  concurrency: number;
  /** Run with taskset on one core: V8's compiler threads then share the reading thread's core. */
  oneCore: boolean;
  /** CPU time used on the machine by other processes during the run, ms (null off Linux). */
  othersCpuMs: number | null;
  /** CPU time the hypervisor gave other guests instead (steal), ms (null off Linux). */
  stealMs: number | null;
}

export async function runBulkBench(): Promise<void> {
  const count = Number(process.env['BENCH_BULK_DOCUMENTS'] ?? DEFAULT_BULK_DOCUMENTS);
  const cores = availableParallelism();
  const dir = await mkdtemp(join(tmpdir(), 'rapportkoll-bulk-bench-'));
  try {
    const seeds = await bulkSeeds();
    const folder = join(dir, 'documents');
    await makeBulkFolder(folder, count, seeds);
    console.log(
      `\nBulk export (extract <folder> --out): ${count} documents made from ${seeds.length} fixtures (copied and varied so every sha256 differs), ${cores} cores`,
    );
    const runs: Measured[] = [];
    const plan: { concurrency: number; oneCore: boolean }[] = [{ concurrency: 1, oneCore: false }];
    if (cores > 1 && TASKSET !== null) plan.push({ concurrency: 1, oneCore: true });
    if (cores > 1) plan.push({ concurrency: cores, oneCore: false });
    for (const { concurrency, oneCore } of plan) {
      const run = await measure(concurrency, oneCore, folder, join(dir, `out-${concurrency}${oneCore ? '-one-core' : ''}`));
      runs.push(run);
      console.log(row(run));
    }
    const single = runs.find((run) => run.concurrency === 1 && !run.oneCore);
    const oneCore = runs.find((run) => run.oneCore);
    const all = runs.find((run) => run.concurrency === cores && cores > 1);
    if (single && all) {
      // V8 compiles hot code on background threads, so --concurrency 1 is never one core's work:
      // the speed-up is told against both it and the same run held to one core.
      const speedUp = rate(all) / rate(single);
      console.log(
        `  all cores / --concurrency 1: ${speedUp.toFixed(2)}× (--concurrency 1 kept ${(single.cpuMs / single.ms).toFixed(2)} cores busy: V8's compiler threads work beside the reading thread)`,
      );
      if (oneCore) {
        const perCore = rate(all) / rate(oneCore);
        console.log(
          `  all cores / one core:        ${perCore.toFixed(2)}× (target ≥ ${SPEED_UP_TARGET}×)${perCore >= SPEED_UP_TARGET ? '' : '  ! below target'}`,
        );
      }
      // What this machine lets memory-heavy work gain from its cores at all, measured now, beside the run's.
      console.log(`  this machine: an allocation loop, one process per core, runs ${(await allocationSpeedUp(cores)).toFixed(2)}× as fast as one process`);
    }
    const peak = Math.max(...runs.map((run) => run.peakRssMb));
    console.log(`  peak RSS ${peak.toFixed(0)} MB (limit ${RSS_LIMIT_MB} MB)${peak < RSS_LIMIT_MB ? '' : '  ! over the limit'}`);
    for (const run of runs) {
      if (run.othersCpuMs !== null && run.othersCpuMs > run.ms * BUSY_CORE_SHARE) {
        console.log(`  ! the machine was busy during ${label(run)}: other processes used ${(run.othersCpuMs / 1000).toFixed(1)} s of CPU; the figures are low`);
      }
      if (run.stealMs !== null && run.stealMs > run.ms * BUSY_CORE_SHARE) {
        console.log(`  ! the host was busy during ${label(run)}: it took ${(run.stealMs / 1000).toFixed(1)} s of this VM's CPU (steal); the figures are low`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rate = (run: Measured): number => (run.documents * 1000) / run.ms;

const label = (run: Measured): string => `--concurrency ${run.concurrency}${run.oneCore ? ', one core' : ''}`;

function row(run: Measured): string {
  const others = run.othersCpuMs === null ? '' : `, others used ${(run.othersCpuMs / run.ms).toFixed(2)} cores`;
  const steal = run.stealMs === null ? '' : `, steal ${(run.stealMs / run.ms).toFixed(2)} cores`;
  const failed = run.failed > 0 ? `, ${run.failed} failed` : '';
  return `  ${label(run).padEnd(28)}${rate(run).toFixed(1).padStart(8)} documents/s${(run.ms / 1000).toFixed(1).padStart(8)} s${run.peakRssMb.toFixed(0).padStart(8)} MB peak RSS  (CPU ${(run.cpuMs / run.ms).toFixed(2)} cores${others}${steal}${failed})`;
}

async function measure(concurrency: number, oneCore: boolean, folder: string, out: string): Promise<Measured> {
  const before = machineCpu();
  const report = await runExport(concurrency, oneCore, folder, out);
  const after = machineCpu();
  const othersCpuMs = before === null || after === null ? null : Math.max(0, after.busyMs - before.busyMs - report.cpuMs);
  const stealMs = before === null || after === null ? null : after.stealMs - before.stealMs;
  return { ...report, concurrency, oneCore, othersCpuMs, stealMs };
}

/** Runs `rapportkoll extract <folder> --out <out> --concurrency <n> --quiet` in a process of its own; its usage as the kernel counted it. */
async function runExport(concurrency: number, oneCore: boolean, folder: string, out: string): Promise<ExportReport> {
  const usageFile = `${out}.usage.json`;
  const node = [process.execPath, ...cliNodeFlags(), '--import', USAGE_AT_EXIT, compiledCli(), 'extract', folder, '--out', out];
  const [command, ...args] = [...(oneCore && TASKSET !== null ? [TASKSET, '--cpu-list', '0'] : []), ...node, '--concurrency', String(concurrency), '--quiet'];
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command ?? process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BENCH_USAGE_FILE: usageFile } });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`rapportkoll extract exited ${String(code)}`))));
  });
  const ms = performance.now() - started;
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as { maxRssKb: number; cpuUs: number };
  const { documents, failed } = await countResults(join(out, 'results.jsonl'));
  return { documents, ms, peakRssMb: usage.maxRssKb / 1024, cpuMs: usage.cpuUs / 1000, failed };
}

/** Counted a line at a time, after the run: nothing of it in the figures. */
async function countResults(path: string): Promise<{ documents: number; failed: number }> {
  let documents = 0;
  let failed = 0;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (line === '') continue;
    documents += 1;
    if ((JSON.parse(line) as { status?: string }).status === 'failed') failed += 1;
  }
  return { documents, failed };
}

/**
 * CPU time all processes have used (user + nice + system + irq) and the steal time (the host
 * running other guests on this VM's cores), from /proc/stat; null where there is none.
 */
function machineCpu(): { busyMs: number; stealMs: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    // Clock ticks are 1/100 s on Linux (USER_HZ).
    return { busyMs: ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0)) * 10, stealMs: (steal ?? 0) * 10 };
  } catch {
    return null;
  }
}
