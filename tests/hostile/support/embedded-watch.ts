import { Writable } from 'node:stream';
import { pino } from 'pino';
import { PipelineConfig } from '../../../schemas/config.js';
import { QueueConfig } from '../../../schemas/queue-config.js';
import { loggerOptions } from '../../../workers/logger.js';
import { startEmbeddedWatch, type WatchService } from '../../../workers/watch-service.js';

export interface LogLine {
  level: number;
  msg: string;
  /** The event's id (workers/texts.ts); msg is its text in Swedish. */
  event?: string;
  path?: string;
  reason?: string;
  [key: string]: unknown;
}

export interface RunningWatch {
  service: WatchService;
  /** Every log line so far, parsed (pino writes JSON). */
  lines: LogLine[];
  /** The raw log text, as an operator would read it. */
  text(): string;
}

/** `watch --embedded` in this process, fast polling, its log kept for the test to read. */
export async function startWatch(inbox: string, outDir: string, overrides: Partial<QueueConfig> = {}): Promise<RunningWatch> {
  const raw: string[] = [];
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      raw.push(text);
      for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const config = QueueConfig.parse({ outDir, concurrency: 1, stabilityPollMs: 100, stablePolls: 2, incompleteGraceMs: 2_000, backoffMs: 200, ...overrides });
  const service = await startEmbeddedWatch({ inbox, config, pipeline: PipelineConfig.parse({}), logger: pino(loggerOptions('rapportkoll-watch'), sink) });
  await service.ready;
  return { service, lines, text: () => raw.join('') };
}
