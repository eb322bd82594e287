import type { Severity } from '../../schemas/common.js';
import type { PipelineConfig } from '../../schemas/config.js';
import { createExtractionPool } from '../pool.js';
import { processInOrder } from '../process-in-order.js';
import { createResultWriter, type OutputFormat } from './result-writer.js';
import { RunSummary } from './run-summary.js';
import { EXIT_FINDINGS, EXIT_OK } from './usage-error.js';

export interface ExtractRun {
  files: readonly string[];
  config: PipelineConfig;
  concurrency: number;
  format: OutputFormat;
  failOn: Exclude<Severity, 'info'> | undefined;
}

/** Documents started ahead of the oldest unwritten one, per thread: keeps threads busy behind a slow document. */
const LOOKAHEAD_PER_THREAD = 4;

/**
 * Processes the files on worker threads and streams one result per file to stdout in input
 * order; failed documents are results too. Diagnostics go to stderr. Returns the exit status.
 */
export async function runExtract(run: ExtractRun): Promise<number> {
  const summary = new RunSummary();
  const writer = createResultWriter(run.format, process.stdout);
  const threads = Math.max(1, Math.min(run.concurrency, run.files.length));
  const pool = createExtractionPool({ concurrency: threads, config: run.config });
  try {
    await processInOrder(
      run.files,
      (path) => pool.process(path),
      async (result) => {
        summary.add(result);
        if (result.status === 'failed') process.stderr.write(`rapportkoll: ${result.source.path}: ${result.error.code}: ${result.error.message}\n`);
        await writer.write(result);
      },
      threads * LOOKAHEAD_PER_THREAD,
    );
    await writer.end();
  } finally {
    await pool.close();
  }
  process.stderr.write(`rapportkoll: ${summary.line()}\n`);
  return run.failOn && summary.hasFindingAtLeast(run.failOn) ? EXIT_FINDINGS : EXIT_OK;
}
