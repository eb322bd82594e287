import { Redis } from 'ioredis';
import { hostname } from 'node:os';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../pipeline/support/atomic-files.js';
import type { QueueConfig } from '../schemas/queue-config.js';

/**
 * What a processing process says about itself every heartbeatMs: a queue worker in Redis (a key
 * that expires after three missed beats), `watch --embedded` in <out>/heartbeats/ (a file whose
 * beatAt `status` compares with the clock). The beat comes from the main thread's event loop, so a
 * process that hangs stops beating just as one that died does.
 */
export const Beat = z.object({
  role: z.enum(['worker', 'embedded-watch']),
  host: z.string(),
  pid: z.number().int(),
  startedAt: z.iso.datetime(),
  beatAt: z.iso.datetime(),
  beatMs: z.number().int().positive(),
  concurrency: z.number().int().positive(),
  queue: z.string().nullable(),
});
export type Beat = z.infer<typeof Beat>;

/** A beat older than this many intervals means the process is gone or hung. */
export const MISSED_BEATS = 3;

export interface Heartbeat {
  stop(): Promise<void>;
}

/** <prefix>:<queue>:heartbeat:<host>:<pid>, next to the queue's own keys. */
export function heartbeatKeyPattern(config: QueueConfig): string {
  return `${config.prefix}:${config.queueName}:heartbeat:*`;
}

function identity(): string {
  return `${hostname().replace(/[^A-Za-z0-9.-]/g, '_')}:${process.pid}`;
}

function beat(role: Beat['role'], config: QueueConfig, startedAt: string): Beat {
  return {
    role,
    host: hostname(),
    pid: process.pid,
    startedAt,
    beatAt: new Date().toISOString(),
    beatMs: config.heartbeatMs,
    concurrency: config.concurrency,
    queue: role === 'worker' ? config.queueName : null,
  };
}

/** Repeats `send` every interval (never overlapping) until stopped; a failed send is skipped quietly (Redis down is logged elsewhere). */
function repeat(intervalMs: number, send: () => Promise<void>): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const tick = (): void => {
    inFlight = send()
      .catch(() => undefined)
      .then(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
        timer?.unref();
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}

/** A queue worker's beat in Redis, on a connection of its own that never queues commands while Redis is away. */
export function startRedisHeartbeat(config: QueueConfig): Heartbeat {
  const client = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectionName: 'rapportkoll-heartbeat' });
  client.on('error', () => undefined);
  const key = `${config.prefix}:${config.queueName}:heartbeat:${identity()}`;
  const startedAt = new Date().toISOString();
  const ttl = config.heartbeatMs * MISSED_BEATS;
  const loop = repeat(config.heartbeatMs, async () => {
    await client.set(key, JSON.stringify(beat('worker', config, startedAt)), 'PX', ttl);
  });
  return {
    async stop() {
      await loop.stop();
      await client.del(key).catch(() => undefined);
      client.disconnect();
    },
  };
}

/** The live workers' beats in Redis (an expired key is a dead worker). */
export async function readRedisBeats(client: Redis, config: QueueConfig): Promise<Beat[]> {
  const beats: Beat[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', heartbeatKeyPattern(config), 'COUNT', 200);
    cursor = next;
    const values = keys.length > 0 ? await client.mget(keys) : [];
    for (const value of values) {
      const parsed = value === null ? null : Beat.safeParse(safeJson(value));
      if (parsed?.success) beats.push(parsed.data);
    }
  } while (cursor !== '0');
  return beats;
}

/** <out>/heartbeats: one file per `watch --embedded` process. */
export function heartbeatDirectory(outDir: string): string {
  return join(outDir, 'heartbeats');
}

export function startFileHeartbeat(outDir: string, config: QueueConfig): Heartbeat {
  const file = join(heartbeatDirectory(outDir), `${identity().replace(':', '-')}.json`);
  const startedAt = new Date().toISOString();
  const loop = repeat(config.heartbeatMs, async () => {
    await mkdir(heartbeatDirectory(outDir), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(beat('embedded-watch', config, startedAt)));
  });
  return {
    async stop() {
      await loop.stop();
      await rm(file, { force: true });
    },
  };
}

/** Every beat file in <out>/heartbeats, live or not: the caller tells them apart by beatAt. */
export async function readFileBeats(outDir: string): Promise<Beat[]> {
  let names: string[];
  try {
    names = await readdir(heartbeatDirectory(outDir));
  } catch {
    return [];
  }
  const beats: Beat[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.json') && !entry.startsWith('.'))) {
    try {
      const parsed = Beat.safeParse(safeJson(await readFile(join(heartbeatDirectory(outDir), name), 'utf8')));
      if (parsed.success) beats.push(parsed.data);
    } catch {
      // Removed while listed: its process stopped cleanly.
    }
  }
  return beats;
}

/** Whether a beat is recent enough for its process to count as alive. */
export function isLive(beat: Beat, now = Date.now()): boolean {
  return now - Date.parse(beat.beatAt) <= beat.beatMs * MISSED_BEATS;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
