import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../pipeline/package-root.js';

/** What a bench runner process reports on its last stdout line. */
export interface RunnerReport {
  /** Per document: pages (null when the runner cannot tell) and the milliseconds of each timed run. */
  documents: { path: string; pages: number | null; runsMs: number[]; failed?: string }[];
  /** Time from process start until the code under test was loaded. */
  loadMs: number;
  /** Time from process start to the end of the last run: what a fresh process costs in all. */
  uptimeMs: number;
  /** Peak resident memory of the whole process (main thread and any worker threads). */
  peakRssMb: number;
}

export interface RunnerArgs {
  /** Runs per document after one untimed warm-up; 0 = a single timed run in a fresh process (cold start). */
  iterations: number;
  files: string[];
}

export function parseRunnerArgs(argv: string[]): RunnerArgs {
  const [iterations, ...files] = argv;
  return { iterations: Number(iterations ?? '0'), files };
}

/** Peak RSS so far in MB; maxRSS is in KiB and covers every thread of the process. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function writeReport(report: RunnerReport): void {
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** The built CLI, what `rapportkoll` runs (`npm run bench` builds first). */
export function compiledCli(): string {
  return join(packageRoot(), 'dist', 'cli', 'main.js');
}

/**
 * A module of the build, to import: runners measure the JavaScript that ships, not the TypeScript
 * sources tsx would compile on the fly.
 */
export function compiledModule(path: string): string {
  return pathToFileURL(join(packageRoot(), 'dist', path)).href;
}

/** The node flags that run a bench script from its TypeScript source; the code it measures is the built dist/. */
export const TSX = ['--import', 'tsx'];

/** Runs a runner (a .ts file of this folder) in a fresh node process and returns its report. */
export function runRunner(script: string, args: RunnerArgs): Promise<RunnerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, script, String(args.iterations), ...args.files], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || last === '') reject(new Error(`${script} exited ${String(code)}`));
      else resolve(JSON.parse(last) as RunnerReport);
    });
  });
}

/** What one run of `work` over a document tells. */
export interface RunOutcome {
  pages: number | null;
  /** The error code when the document failed: its time then measures no extraction. */
  failed?: string;
}

/**
 * Untimed passes over every document before timing: one pass leaves the code of the documents
 * met later, and the JIT's second tier, still cold, which made the first document's "steady
 * state" runs up to twice its real time.
 */
const WARM_UP_PASSES = 3;

/** Times `work` `iterations` times per document after warm-up passes; 0 iterations = one cold run each. */
export async function timeRuns(files: string[], iterations: number, work: (path: string) => Promise<RunOutcome>): Promise<RunnerReport['documents']> {
  const outcomes = new Map<string, RunOutcome>();
  if (iterations > 0) {
    for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const path of files) outcomes.set(path, await work(path));
  }
  const documents: RunnerReport['documents'] = [];
  for (const path of files) {
    const runsMs: number[] = [];
    let outcome = outcomes.get(path) ?? { pages: null };
    for (let run = 0; run < Math.max(1, iterations); run++) {
      const started = performance.now();
      outcome = await work(path);
      runsMs.push(performance.now() - started);
    }
    documents.push({ path, runsMs, ...outcome });
  }
  return documents;
}

/**
 * The node flags the CLI starts with (its shebang, `#!/usr/bin/env -S node --flag …`), so that a
 * bench starting the CLI in a child process runs what users run.
 */
export function cliNodeFlags(): string[] {
  const shebang = readFileSync(compiledCli(), 'utf8').split('\n')[0] ?? '';
  const match = /^#!.*?\bnode\b(.*)$/.exec(shebang);
  return (match?.[1] ?? '')
    .trim()
    .split(/\s+/)
    .filter((flag) => flag.startsWith('--'));
}
