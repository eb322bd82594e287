import { spawn, type ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { LogEvent } from '../../../workers/texts.js';
import { waitFor } from './wait.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = 'cli/main.ts';

export interface RunningCli {
  child: ChildProcess;
  /** Everything written to stdout / stderr so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** Resolves when a pino line of this event (workers/texts.ts) has been logged `times` times. */
  logged(event: LogEvent, times?: number, timeoutMs?: number): Promise<void>;
}

/** Runs the real CLI (`rapportkoll <args>`) from the TypeScript sources. */
export function startCli(args: string[], env: Record<string, string>): RunningCli {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    logged: (event, times = 1, timeoutMs = 60_000) =>
      waitFor(`"${event}" ×${times} from rapportkoll ${args[0]}`, () => err.split(`"event":"${event}"`).length > times, timeoutMs).then(() => undefined),
  };
}

export async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const cli = startCli(args, env);
  const code = await cli.exited;
  return { code, stdout: cli.stdout(), stderr: cli.stderr() };
}

/** Kills whatever is still running (SIGKILL: tests must never leave processes behind). */
export async function killAll(clis: RunningCli[]): Promise<void> {
  for (const cli of clis) if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGKILL');
  await Promise.all(clis.map((cli) => cli.exited));
}

/** A queue name of its own per test file, with fast timings, so runs never see each other's jobs. */
export function queueEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    RAPPORTKOLL_QUEUE: `test-${randomBytes(6).toString('hex')}`,
    RAPPORTKOLL_CONCURRENCY: '1',
    RAPPORTKOLL_LOCK_DURATION_MS: '2000',
    RAPPORTKOLL_STALLED_INTERVAL_MS: '1000',
    RAPPORTKOLL_STABILITY_POLL_MS: '150',
    RAPPORTKOLL_STABLE_POLLS: '2',
    RAPPORTKOLL_INCOMPLETE_GRACE_MS: '4000',
    RAPPORTKOLL_STATE_CHECK_MS: '150',
    RAPPORTKOLL_BACKOFF_MS: '200',
    ALERT_WEBHOOK_TIMEOUT_MS: '1000',
    ALERT_WEBHOOK_RETRY_MS: '200',
    ALERT_WEBHOOK_MAX_RETRY_MS: '1000',
    ALERT_WEBHOOK_POLL_MS: '300',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** The test's queue, to read counts and to obliterate it afterwards. */
export function testQueue(env: Record<string, string>): Queue {
  return new Queue(env.RAPPORTKOLL_QUEUE ?? 'missing', { connection: { url: 'redis://127.0.0.1:6379' }, prefix: 'rapportkoll' });
}

/** Removes the test queue's keys from Redis and closes it. */
export async function dropQueue(queue: Queue): Promise<void> {
  await queue.obliterate({ force: true });
  await queue.close();
}
