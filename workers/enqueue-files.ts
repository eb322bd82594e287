import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { QueueConfig } from '../schemas/queue-config.js';
import type { DocumentQueue } from './document-queue.js';
import { isIgnoredName } from '../pipeline/support/ignore-rules.js';
import type { Logger } from './logger.js';
import { recordingAlerter } from './output.js';
import { QueueSink, type EnqueueOutcome } from './queue-sink.js';
import { ResultStore } from './result-store.js';
import { copyToSpool } from './spool.js';
import { appendAll } from '../extractors/arrays.js';

export interface EnqueuedFile extends EnqueueOutcome {
  path: string;
  sha256: string;
}

/** Files under the given paths (folders recursively, sorted), without temp, lock and dot files. */
export async function listDocuments(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isFile()) found.push(resolve(path));
    else if (info.isDirectory()) appendAll(found, await walk(resolve(path)));
  }
  return found;
}

async function walk(directory: string): Promise<string[]> {
  const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) appendAll(files, await walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Copies each file to the spool and queues it, reporting each as it goes; does not wait for processing. */
export async function enqueueFiles(
  files: string[],
  queue: DocumentQueue,
  config: QueueConfig,
  logger: Logger,
  report: (file: EnqueuedFile) => void,
): Promise<EnqueuedFile[]> {
  const outDir = resolve(config.outDir);
  const sink = new QueueSink({ queue, config, outDir, store: new ResultStore(outDir), alerter: recordingAlerter(outDir, logger) });
  const done: EnqueuedFile[] = [];
  for (const path of files) {
    const copy = await copyToSpool(path, outDir);
    const outcome = await sink.enqueue(path, copy);
    const file = { ...outcome, path, sha256: copy.sha256 };
    report(file);
    done.push(file);
  }
  return done;
}
