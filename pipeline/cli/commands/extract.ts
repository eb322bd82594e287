import { Command, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { listInputs } from '../list-inputs.js';
import { DEFAULT_CONFIG_FILE, loadPipelineConfig } from '../load-config.js';
import type { OutputFormat } from '../result-writer.js';
import { runExtract } from '../run-extract.js';

interface ExtractFlags {
  format: OutputFormat;
  failOn?: 'error' | 'warning';
  config?: string;
  maxBytes?: number;
  maxPages?: number;
  timeoutMs?: number;
  concurrency?: number;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('read reports (.docx, .pdf) and write one JSON result per document to stdout, in input order')
    .argument('<paths...>', 'files and folders (folders are walked recursively, files sorted by path)')
    .addOption(new Option('--format <format>', 'jsonl: one result per line; json: one array').choices(['jsonl', 'json']).default('jsonl'))
    .addOption(new Option('--fail-on <severity>', 'exit with status 1 when a finding of this severity or worse is reported').choices(['error', 'warning']))
    .option('--config <file>', `configuration file (default: ./${DEFAULT_CONFIG_FILE} when it exists)`)
    .option('--max-bytes <n>', 'fail documents larger than this many bytes with too-large (limits.maxBytes)', positiveInteger)
    .option('--max-pages <n>', 'fail PDFs with more pages than this with too-large (limits.maxPages)', positiveInteger)
    .option('--timeout-ms <n>', 'fail a document that takes longer than this with timeout (limits.timeoutMs)', positiveInteger)
    .option('--concurrency <n>', `documents read at once, one worker thread each (default: ${availableParallelism()}, the number of cores)`, positiveInteger)
    .action(async (paths: string[], flags: ExtractFlags) => {
      const config = await loadPipelineConfig(flags.config, { maxBytes: flags.maxBytes, maxPages: flags.maxPages, timeoutMs: flags.timeoutMs });
      const files = await listInputs(paths);
      process.exitCode = await runExtract({
        files,
        config,
        concurrency: flags.concurrency ?? availableParallelism(),
        format: flags.format,
        failOn: flags.failOn,
      });
    });
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return number;
}
