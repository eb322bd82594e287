import type { Severity } from '../schemas/common.js';
import type { PipelineConfig } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';
import { createExtractionPool } from '../pipeline/pool.js';
import { processInOrder } from '../pipeline/process-in-order.js';
import { redactResult } from '../pipeline/redact/redact-result.js';
import { ocrProgressLine, Progress } from './progress.js';
import { createResultWriter, type OutputFormat } from './result-writer.js';
import { RunSummary } from './run-summary.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import { printable } from '../pipeline/support/printable.js';
import { writeDocumentPages } from './html-pages.js';
import { HtmlFolder } from '../pipeline/html/html-folder.js';
import { PageRenderer } from '../pipeline/page-images/renderer.js';

export interface ExtractRun {
  files: readonly string[];
  config: PipelineConfig;
  concurrency: number;
  format: OutputFormat;
  failOn: Exclude<Severity, 'info'> | undefined;
  /** No progress, failure lines or summary on stderr. */
  quiet: boolean;
  redact: boolean;
  /** A folder for the pages people open (index.html, reports/…); none when not given. */
  htmlDir?: string;
}

/** Documents started ahead of the oldest unwritten one, per thread: keeps threads busy behind a slow document. */
const LOOKAHEAD_PER_THREAD = 4;

/**
 * Processes the files on worker threads and streams one result per file to stdout in input
 * order; failed documents are results too. Progress and diagnostics go to stderr. Returns the exit status.
 */
export async function runExtract(run: ExtractRun): Promise<number> {
  const summary = new RunSummary(run.config.lang);
  const writer = createResultWriter(run.format, process.stdout, {
    lang: run.config.lang,
    color: run.format === 'text' && process.stdout.isTTY && !process.env.NO_COLOR,
  });
  const threads = Math.max(1, Math.min(run.concurrency, run.files.length));
  const progress = run.quiet ? null : new Progress({ total: run.files.length, stream: process.stderr, lang: run.config.lang });
  const pool = createExtractionPool({
    concurrency: threads,
    config: run.config,
    onOcrPage: (...page) => progress?.log(ocrProgressLine(run.config.lang, ...page)),
  });
  const renderer = run.htmlDir ? new PageRenderer() : null;
  const pages = run.htmlDir ? new HtmlFolder(run.htmlDir, { lang: run.config.lang, renderer }) : null;
  try {
    await processInOrder(
      run.files,
      (path) => pool.process(path),
      async (processed) => {
        const result = run.redact ? redactResult(processed) : processed;
        if (pages) await writeDocumentPages(pages, processed, result, run.redact);
        summary.add(result);
        progress?.update({ done: summary.documents, failed: summary.failed, reused: 0 });
        if (result.status === 'failed') progress?.log(failureLine(result));
        // A summary on the same terminal as the bar is written with the bar cleared out of its way.
        if (run.format === 'text' && progress) await progress.around(() => writer.write(result));
        else await writer.write(result);
      },
      threads * LOOKAHEAD_PER_THREAD,
    );
    await writer.end();
    await pages?.writeIndex();
  } finally {
    progress?.stop();
    await pool.close();
    await renderer?.close();
  }
  if (!run.quiet) for (const line of summary.lines()) process.stderr.write(`rapportkoll: ${line}\n`);
  return run.failOn && summary.hasFindingAtLeast(run.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

export function failureLine(result: DocumentResult): string {
  const path = printable(result.source.path);
  return result.error ? `rapportkoll: ${path}: ${result.error.code}: ${printable(result.error.message)}` : `rapportkoll: ${path}: failed`;
}
