import { spawn } from 'node:child_process';

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

/** Runs a compiled runner in a fresh node process and returns its report. */
export function runRunner(script: string, args: RunnerArgs): Promise<RunnerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, String(args.iterations), ...args.files], { stdio: ['ignore', 'pipe', 'inherit'] });
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

/** Times `work` once per document, after one untimed warm-up run when iterating. */
export interface RunOutcome {
  pages: number | null;
  /** The error code when the document failed: its time then measures no extraction. */
  failed?: string;
}

export async function timeRuns(files: string[], iterations: number, work: (path: string) => Promise<RunOutcome>): Promise<RunnerReport['documents']> {
  const documents: RunnerReport['documents'] = [];
  for (const path of files) {
    let outcome: RunOutcome = { pages: null };
    if (iterations > 0) outcome = await work(path);
    const runsMs: number[] = [];
    for (let run = 0; run < Math.max(1, iterations); run++) {
      const started = performance.now();
      outcome = await work(path);
      runsMs.push(performance.now() - started);
    }
    documents.push({ path, runsMs, ...outcome });
  }
  return documents;
}
