import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOwnRedis, type OwnRedis } from '../workers/support/own-redis.js';
import { waitFor } from '../workers/support/wait.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const UNITS = join(ROOT, 'deploy/systemd');
const SYSTEMD_ANALYZE = '/usr/bin/systemd-analyze';

let dir: string;
let redis: OwnRedis;
let units: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-systemd-'));
  await mkdir(join(dir, 'inbox'));
  await mkdir(join(dir, 'out'));
  redis = await startOwnRedis();
  await writeFile(
    join(dir, 'config.json'),
    JSON.stringify({ queue: { redisUrl: redis.url, name: `test-systemd-${process.pid}`, heartbeatMs: 500 }, log: { level: 'info' } }),
  );
  units = (await readdir(UNITS)).filter((name) => name.endsWith('.service')).sort();
}, 60_000);

afterAll(async () => {
  await redis.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The unit with its example paths replaced by this checkout and the test's folders. */
async function substituted(unit: string): Promise<string> {
  return (await readFile(join(UNITS, unit), 'utf8'))
    .replaceAll('/opt/rapportkoll', ROOT)
    .replaceAll('/srv/rapportkoll', dir)
    .replaceAll('/etc/rapportkoll', dir);
}

function directive(text: string, name: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}=`))
    .map((line) => line.slice(name.length + 1));
}

describe('deploy/systemd units', () => {
  it('there is one for the watcher and one for the workers', () => {
    expect(units).toEqual(['rapportkoll-watch.service', 'rapportkoll-worker.service']);
  });

  it.each(['rapportkoll-watch.service', 'rapportkoll-worker.service'])(
    '%s: restarts on failure, runs as its own user, read-only but for the inbox and out',
    async (unit) => {
      const text = await readFile(join(UNITS, unit), 'utf8');
      expect(directive(text, 'Restart')).toEqual(['on-failure']);
      expect(directive(text, 'User')).toEqual(['rapportkoll']);
      expect(directive(text, 'ProtectSystem')).toEqual(['strict']);
      expect(directive(text, 'ReadWritePaths')).toEqual(['/srv/rapportkoll/inbox /srv/rapportkoll/out']);
    },
  );

  // systemd is a Debian package installed on these machines; without the binary there is nothing to verify with.
  it.skipIf(!existsSync(SYSTEMD_ANALYZE))('every unit passes systemd-analyze verify with its paths substituted', async () => {
    for (const unit of units) {
      const path = join(dir, unit);
      await writeFile(path, await substituted(unit));
      const run = spawnSync(SYSTEMD_ANALYZE, ['verify', path], { encoding: 'utf8' });
      expect({ unit, status: run.status, complaints: `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.includes(unit)) }).toEqual({
        unit,
        status: 0,
        complaints: [],
      });
    }
  });

  it.each([
    ['rapportkoll-watch.service', 'watching-inbox'],
    ['rapportkoll-worker.service', 'worker-ready'],
  ])(
    "%s: its ExecStart, paths substituted, starts and stops cleanly on systemd's SIGTERM",
    async (unit, ready) => {
      const text = await substituted(unit);
      const [execStart] = directive(text, 'ExecStart');
      const [command, ...args] = (execStart ?? '').split(' ');
      const environment = Object.fromEntries(directive(text, 'Environment').map((pair) => pair.split('=', 2) as [string, string]));
      const child = spawn(command ?? 'missing', args, { cwd: dir, env: { PATH: process.env.PATH ?? '', ...environment }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
      try {
        await waitFor(`"${ready}" from ${unit}`, () => stderr.includes(`"event":"${ready}"`), 90_000);
        // The signal handlers are installed just after the ready line is logged.
        await sleep(1_000);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
    },
    150_000,
  );
});
