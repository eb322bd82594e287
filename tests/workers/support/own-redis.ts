import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { reservePort } from './webhook-server.js';
import { waitFor } from './wait.js';

export interface OwnRedis {
  url: string;
  port: number;
  /** Stops the server at once (SIGKILL: an outage, not a clean shutdown). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port, in memory only, so a test can stop and restart
 * Redis without touching the shared one on 6379. `args` come last and win (a deploy file's own
 * arguments); `dir` is where a server told to persist writes its files — never the checkout.
 */
export async function startOwnRedis(options: { maxmemoryPolicy?: string; args?: string[]; dir?: string } = {}): Promise<OwnRedis> {
  const port = await reservePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    const base = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      options.maxmemoryPolicy ?? 'noeviction',
    ];
    const dir = options.dir ?? null;
    child = spawn('redis-server', [...base, ...(dir ? ['--dir', dir] : []), ...(options.args ?? [])], { stdio: 'ignore', ...(dir ? { cwd: dir } : {}) });
    await waitFor(`redis-server on port ${port}`, async () => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        client.disconnect();
      }
    });
  };
  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, port, start, stop };
}
