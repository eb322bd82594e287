/**
 * Bench runner: `extract <folder> --out <out> --concurrency <n> --quiet` in this process, through
 * the same runExport the CLI calls, so peak RSS covers the main thread and every worker thread.
 * Usage: node export-runner.js <concurrency> <folder> <out>; prints one JSON report line.
 */
import { peakRssMb } from './measurement.js';

export interface ExportReport {
  documents: number;
  ms: number;
  peakRssMb: number;
  /** CPU time of this process (all threads), to tell how much of the machine others used meanwhile. */
  cpuMs: number;
  failed: number;
}

const [concurrency, folder, out] = process.argv.slice(2);
if (!concurrency || !folder || !out) throw new Error('usage: export-runner.js <concurrency> <folder> <out>');
const { listInputs } = await import('../cli/list-inputs.js');
const { runExport } = await import('../cli/run-export.js');
const { PipelineConfig } = await import('../../schemas/config.js');
const { readFile } = await import('node:fs/promises');
const { join } = await import('node:path');

const files = await listInputs([folder]);
const started = performance.now();
const cpu = process.cpuUsage();
await runExport({
  files,
  config: PipelineConfig.parse({}),
  concurrency: Number(concurrency),
  failOn: undefined,
  quiet: true,
  redact: false,
  outDir: out,
  resume: false,
  delimiter: ',',
  version: 'bench',
});
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const lines = (await readFile(join(out, 'results.jsonl'), 'utf8')).split('\n').filter((line) => line !== '');
const failed = lines.filter((line) => (JSON.parse(line) as { status?: string }).status === 'failed').length;
const report: ExportReport = { documents: files.length, ms, peakRssMb: peakRssMb(), cpuMs: (used.user + used.system) / 1000, failed };
process.stdout.write(`${JSON.stringify(report)}\n`);
