import { Command, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import type { CsvDelimiter } from '../../pipeline/export/csv-table.js';
import { fitToMemory } from '../../pipeline/memory-budget.js';
import { describeSkipped, listInputs, type SkippedFiles } from '../list-inputs.js';
import { configOptionHelp, langOption, loadPipelineConfig } from '../load-config.js';
import { HELP } from '../help-texts.js';
import { fill, TEXT } from '../texts.js';
import { say } from '../ui-lang.js';
import type { Lang } from '../../schemas/config.js';
import { ocrOption, positiveInteger } from '../options.js';
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
  const help = HELP.extract;
  const command = new Command('extract')
    .description(say(help.description))
    .argument('<paths...>', say(help.paths))
    .addOption(new Option('--format <format>', say(help.format)).choices(['text', 'jsonl', 'json']))
    .addOption(new Option('--fail-on <severity>', say(help.failOn)).choices(['error', 'warning']))
    .option('--config <file>', configOptionHelp())
    .addOption(langOption())
    .option('--max-bytes <n>', say(help.maxBytes), positiveInteger)
    .option('--max-pages <n>', say(help.maxPages), positiveInteger)
    .option('--timeout-ms <n>', say(help.timeoutMs), positiveInteger)
    .option('--max-heap-mb <n>', say(help.maxHeapMb), positiveInteger)
    .option('--max-memory-mb <n>', say(help.maxMemoryMb), positiveInteger)
    .addOption(ocrOption())
    .option('--concurrency <n>', fill(say(help.concurrency), { cores: availableParallelism() }), positiveInteger)
    .option('--out <dir>', say(help.out))
    .option('--resume', say(help.resume))
    .option('--csv-delimiter <char>', say(help.csvDelimiter), delimiter)
    .option('--html <dir>', say(help.html))
    .option('--redact', say(help.redact))
    .option('--quiet', say(help.quiet));
  return command.action(async (paths: string[], flags: ExtractFlags) => {
    if (!flags.out) {
      for (const [flag, given] of [
        ['--resume', flags.resume],
        ['--csv-delimiter', flags.csvDelimiter],
      ] as const) {
        if (given !== undefined) throw new UsageError(fill(say(TEXT.needsOut), { flag }));
      }
    } else if (flags.format !== undefined) {
      throw new UsageError(say(TEXT.formatWithOut));
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
      const line = fill(say(TEXT.threadsFit), { threads: fit.threads, requested, maxMemoryMb: config.limits.maxMemoryMb, heapMb: fit.heapMb });
      process.stderr.write(`rapportkoll: ${line}\n`);
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
      ? await runExport({
          ...common,
          outDir: flags.out,
          resume: flags.resume === true,
          delimiter: flags.csvDelimiter ?? ',',
          version: await packageVersion(),
          ...(flags.html === undefined ? {} : { htmlDir: flags.html }),
        })
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
  throw new InvalidArgumentError(say(TEXT.delimiter));
}
