/**
 * deploy/compose.yaml: valid against the Compose Specification's JSON Schema kept in the
 * repository (tests/deploy/support/compose-spec), Redis configured for durability as BullMQ needs
 * (checked on a real redis-server started with the file's own arguments), and the rapportkoll
 * services running commands this CLI has.
 */
import { Ajv2019 } from 'ajv/dist/2019.js';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startOwnRedis, type OwnRedis } from '../workers/support/own-redis.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const compose = parse(readFileSync(join(ROOT, 'deploy/compose.yaml'), 'utf8'), { merge: true }) as ComposeFile;
const schema = JSON.parse(readFileSync(join(ROOT, 'tests/deploy/support/compose-spec/compose-spec.json'), 'utf8')) as object;

interface ComposeFile {
  services: Record<string, { command: string[]; volumes?: string[]; read_only?: boolean; restart?: string; environment?: Record<string, string> }>;
  [key: string]: unknown;
}

function validator(): ReturnType<Ajv2019['compile']> {
  // The schema names its draft by the http:// address with '#' (ajv knows it as https:// without),
  // itself with draft-04's "id", and uses formats ajv does not know: those left aside, every
  // structural keyword is checked by ajv's draft 2019-09 validator.
  const { $schema: draft, ...rules } = schema as { $schema?: string };
  expect(draft).toBe('http://json-schema.org/draft/2019-09/schema#');
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(withoutDraft04Ids(rules) as object);
}

/** The schema without its draft-04 "id" names (strings such as "#/definitions/service"), which ajv refuses; a property named id stays. */
function withoutDraft04Ids(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDraft04Ids);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !(key === 'id' && typeof item === 'string'))
      .map(([key, item]: [string, unknown]) => [key, withoutDraft04Ids(item)]),
  );
}

let redis: OwnRedis | null = null;
let dataDir: string | null = null;
afterAll(async () => {
  await redis?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('deploy/compose.yaml', () => {
  it('is valid against the Compose Specification schema, which refuses a broken copy of it', () => {
    const validate = validator();
    expect(validate(compose), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(compose);
    (broken.services.redis as Record<string, unknown>).restart_policy = 'always';
    expect(validate(broken)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('restart_policy');
  });

  it('runs Redis durable (AOF fsync every second) and never evicting keys, as a real redis-server started with these arguments says', async () => {
    const command = compose.services.redis?.command ?? [];
    expect(command[0]).toBe('redis-server');
    const args = command.slice(1);
    expect(args.join(' ')).toBe('--appendonly yes --appendfsync everysec --maxmemory-policy noeviction');
    // Started with the file's own arguments over a test default that evicts; it persists into a folder of the test's own.
    dataDir = await mkdtemp(join(tmpdir(), 'rk-compose-redis-'));
    redis = await startOwnRedis({ maxmemoryPolicy: 'allkeys-lru', args, dir: dataDir });
    const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await client.connect();
      const config = Object.fromEntries(
        await Promise.all(
          ['appendonly', 'appendfsync', 'maxmemory-policy'].map(async (name) => ((await client.call('CONFIG', 'GET', name)) as string[]).slice(0, 2)),
        ),
      ) as Record<string, string>;
      expect(config).toEqual({ appendonly: 'yes', appendfsync: 'everysec', 'maxmemory-policy': 'noeviction' });
    } finally {
      client.disconnect();
    }
  });

  it('runs watch and worker from the built CLI against that Redis, read-only but for the inbox and out folders', () => {
    for (const [name, command] of [
      ['watch', 'watch'],
      ['worker', 'worker'],
    ] as const) {
      const service = compose.services[name];
      expect(service?.command.slice(0, 4)).toEqual(['node', '--single-threaded-gc', '--max-semi-space-size=1', '/opt/rapportkoll/dist/cli/main.js']);
      expect(service?.command[4]).toBe(command);
      expect(existsSync(join(ROOT, 'cli/commands', `${command}.ts`))).toBe(true);
      expect(service).toMatchObject({
        read_only: true,
        restart: 'unless-stopped',
        environment: { REDIS_URL: 'redis://redis:6379', RAPPORTKOLL_OUT: '/data/out' },
      });
      const writable = (service?.volumes ?? []).filter((volume) => !volume.endsWith(':ro')).map((volume) => volume.split(':').at(-1));
      expect(writable.sort()).toEqual(name === 'watch' ? ['/data/inbox', '/data/out'] : ['/data/out']);
    }
  });
});
