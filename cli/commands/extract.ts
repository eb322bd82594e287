import { Command, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import type { CsvDelimiter } from '../../pipeline/export/csv-table.js';
import { fitToMemory } from '../../pipeline/memory-budget.js';
import { describeSkipped, listInputs, type SkippedFiles } from '../list-inputs.js';
import { CONFIG_OPTION_HELP, LANG_OPTION_HELP, loadPipelineConfig } from '../load-config.js';
import type { Lang } from '../../schemas/config.js';
import { positiveInteger } from '../options.js';
import { packageVersion } from '../package-version.js';
import type { OutputFormat } from '../result-writer.js';
import { runExport } from '../run-export.js';
import { runExtract } from '../run-extract.js';
import { UsageError } from '../exit-codes.js';

interface ExtractFlags {
  format?: OutputFormat;
  failOn?: 'error' | 'warning';
  config?: string;
  maxBytes?: number;
  maxPages?: number;
  timeoutMs?: number;
  maxHeapMb?: number;
  maxMemoryMb?: number;
  ocr?: 'auto' | 'off' | 'always';
  concurrency?: number;
  out?: string;
  resume?: boolean;
  csvDelimiter?: CsvDelimiter;
  redact?: boolean;
  quiet?: boolean;
  lang?: Lang;
  html?: string;
}

export function extractCommand(): Command {
  const command = new Command('extract')
    .description(
      'read reports (.docx, .pdf) and write one JSON result per document to stdout, in input order — or, with --out, results.jsonl and CSV tables to a folder',
    )
    .argument('<paths...>', 'files and folders (folders are walked recursively, files sorted by path)')
    .addOption(
      new Option(
        '--format <format>',
        'stdout: text, a summary per document for people; jsonl, one result per line; json, one array (default: text on a terminal, else jsonl)',
      ).choices(['text', 'jsonl', 'json']),
    )
    .addOption(new Option('--fail-on <severity>', 'exit with status 1 when a finding of this severity or worse is reported').choices(['error', 'warning']))
    .option('--config <file>', CONFIG_OPTION_HELP)
    .addOption(new Option('--lang <lang>', LANG_OPTION_HELP).choices(['sv', 'en']))
    .option('--max-bytes <n>', 'fail documents larger than this many bytes with too-large (limits.maxBytes)', positiveInteger)
    .option('--max-pages <n>', 'fail PDFs with more pages than this with too-large (limits.maxPages)', positiveInteger)
    .option('--timeout-ms <n>', 'fail a document that takes longer than this with timeout (limits.timeoutMs)', positiveInteger)
    .option('--max-heap-mb <n>', 'heap of the thread reading one document; over it the document fails (limits.maxHeapMb)', positiveInteger)
    .option(
      '--max-memory-mb <n>',
      'memory of the whole run; fewer threads or smaller heaps are used rather than go over it (limits.maxMemoryMb, default 1024)',
      positiveInteger,
    )
    .addOption(
      new Option(
        '--ocr <mode>',
        'scanned pages: auto, OCR the pages without a text layer (default); off, fail such a PDF with no-text-layer; always, OCR every page (ocr.mode)',
      ).choices(['auto', 'off', 'always']),
    )
    .option('--concurrency <n>', `documents read at once, one worker thread each (default: ${availableParallelism()}, the number of cores)`, positiveInteger)
    .option('--out <dir>', 'write results.jsonl, documents.csv, interventions.csv, budget_rows.csv, findings.csv and interventions_linked.csv to this folder')
    .option('--resume', 'with --out: skip documents whose sha256 already has a result in the folder (an interrupted run goes on)')
    .option('--csv-delimiter <char>', 'with --out: the CSV field separator: "," (default), ";" (Swedish Excel) or "tab"', delimiter)
    .option(
      '--html <dir>',
      'also write pages to open in a web browser: <dir>/index.html lists every document, reports/<name>.html shows its findings in place (no server, works offline)',
    )
    .option('--redact', "remove contact persons' and signatories' names, e-mail addresses, phone numbers and personnummer from the output")
    .option('--quiet', 'no progress, failure lines or summary on stderr');
  return command.action(async (paths: string[], flags: ExtractFlags) => {
    if (!flags.out) {
      for (const [flag, given] of [
        ['--resume', flags.resume],
        ['--csv-delimiter', flags.csvDelimiter],
      ] as const) {
        if (given !== undefined) throw new UsageError(`${flag} needs --out <dir>`);
      }
    } else if (flags.format !== undefined) {
      throw new UsageError('--format is for stdout; with --out the results go to results.jsonl');
    } else if (flags.html !== undefined) {
      throw new UsageError('--html is for a run that writes to stdout; with --out use a separate run with --html');
    }
    const config = await loadPipelineConfig(flags.config, {
      maxBytes: flags.maxBytes,
      maxPages: flags.maxPages,
      timeoutMs: flags.timeoutMs,
      maxHeapMb: flags.maxHeapMb,
      maxMemoryMb: flags.maxMemoryMb,
      ocrMode: flags.ocr,
      lang: flags.lang,
    });
    const skipped: SkippedFiles = new Map();
    const files = await listInputs(paths, skipped);
    const skippedLine = describeSkipped(skipped, config.lang);
    if (skippedLine && flags.quiet !== true) process.stderr.write(`rapportkoll: ${skippedLine}\n`);
    const requested = flags.concurrency ?? availableParallelism();
    const fit = fitToMemory(config.limits, requested);
    if (fit.threads < requested && flags.quiet !== true) {
      process.stderr.write(
        `rapportkoll: ${fit.threads} of ${requested} threads fit under the memory limit of ${config.limits.maxMemoryMb} MB (limits.maxMemoryMb, --max-memory-mb), ${fit.heapMb} MB heap each\n`,
      );
    }
    const common = {
      files,
      config,
      concurrency: fit.threads,
      failOn: flags.failOn,
      quiet: flags.quiet === true,
      redact: flags.redact === true,
    };
    process.exitCode = flags.out
      ? await runExport({ ...common, outDir: flags.out, resume: flags.resume === true, delimiter: flags.csvDelimiter ?? ',', version: await packageVersion() })
      : await runExtract({
          ...common,
          format: flags.format ?? (process.stdout.isTTY ? 'text' : 'jsonl'),
          ...(flags.html === undefined ? {} : { htmlDir: flags.html }),
        });
  });
}

function delimiter(value: string): CsvDelimiter {
  if (value === ',' || value === ';') return value;
  if (value === 'tab' || value === '\t') return '\t';
  throw new InvalidArgumentError('expected "," or ";" or "tab".');
}
