/**
 * Bench runner: the real CLI, `rapportkoll extract <folder> --out <out> --concurrency <n> --quiet`,
 * run in this process (started with the CLI's own node flags, see bulk-export.ts) so that peak RSS
 * and CPU time cover the main thread and every worker thread.
 * Usage: node [flags] --import tsx export-runner.ts <concurrency> <folder> <out>; prints one JSON report line.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compiledCli, peakRssMb } from './measurement.js';

export interface ExportReport {
  documents: number;
  ms: number;
  peakRssMb: number;
  /** CPU time of this process (all threads), to tell how much of the machine others used meanwhile. */
  cpuMs: number;
  failed: number;
}

const [concurrency, folder, out] = process.argv.slice(2);
if (!concurrency || !folder || !out) throw new Error('usage: export-runner.ts <concurrency> <folder> <out>');
const cli = compiledCli();
process.argv = [process.argv[0] ?? 'node', cli, 'extract', folder, '--out', out, '--concurrency', concurrency, '--quiet'];
const started = performance.now();
const cpu = process.cpuUsage();
// The CLI runs its command when imported, and is done when the import is.
await import(cli);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
if (process.exitCode !== undefined && process.exitCode !== 0) throw new Error(`rapportkoll extract exited ${String(process.exitCode)}`);
const lines = (await readFile(join(out, 'results.jsonl'), 'utf8')).split('\n').filter((line) => line !== '');
const failed = lines.filter((line) => (JSON.parse(line) as { status?: string }).status === 'failed').length;
const report: ExportReport = { documents: lines.length, ms, peakRssMb: peakRssMb(), cpuMs: (used.user + used.system) / 1000, failed };
process.stdout.write(`${JSON.stringify(report)}\n`);
