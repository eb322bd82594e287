import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../cli/load-config.js';
import { UsageError } from '../../cli/exit-codes.js';
import { loadQueueConfig } from '../../workers/config.js';
import { useScratchDir, writeJson } from './support/temp-dir.js';

const scratch = useScratchDir();
let dir: string;

beforeAll(() => {
  dir = scratch();
});

/** Every queue setting the file can hold, with values other than the defaults. */
const FULL = {
  limits: { maxHeapMb: 256, timeoutMs: 30_000 },
  queue: {
    redisUrl: 'redis://kansli-server:6380/1',
    name: 'kansli',
    prefix: 'rk',
    out: '/srv/rapportkoll/out',
    concurrency: 3,
    jobTimeoutMs: 90_000,
    attempts: 4,
    backoffMs: 1_000,
    lockDurationMs: 20_000,
    stalledIntervalMs: 15_000,
    maxStalledCount: 1,
    stateCheckMs: 500,
    heartbeatMs: 2_000,
  },
  alerts: { severity: 'error' },
  webhook: { url: 'https://chat.example.org/hooks/rk', format: 'teams', redact: false, timeoutMs: 5_000, retryMs: 1_000, maxRetryMs: 60_000, pollMs: 2_000 },
  log: { level: 'warn' },
  retention: { days: 365 },
  inbox: { poll: true, stabilityPollMs: 500, stablePolls: 3, incompleteGraceMs: 30_000 },
};

describe('the configuration file holds the queue settings too', () => {
  it('reads every section into the pipeline and queue configuration', async () => {
    const path = await writeJson(join(dir, 'full.json'), FULL);
    const loaded = await loadConfig(path, {}, {});
    expect(loaded.pipeline.limits).toMatchObject({ maxHeapMb: 256, timeoutMs: 30_000 });
    expect(loadQueueConfig({}, {}, loaded.queueFile)).toEqual({
      redisUrl: 'redis://kansli-server:6380/1',
      queueName: 'kansli',
      prefix: 'rk',
      outDir: '/srv/rapportkoll/out',
      concurrency: 3,
      jobTimeoutMs: 90_000,
      attempts: 4,
      backoffMs: 1_000,
      lockDurationMs: 20_000,
      stalledIntervalMs: 15_000,
      maxStalledCount: 1,
      alertSeverity: 'error',
      webhookUrl: 'https://chat.example.org/hooks/rk',
      webhookFormat: 'teams',
      webhookRedact: false,
      webhookTimeoutMs: 5_000,
      webhookRetryMs: 1_000,
      webhookMaxRetryMs: 60_000,
      outboxPollMs: 2_000,
      usePolling: true,
      stabilityPollMs: 500,
      stablePolls: 3,
      incompleteGraceMs: 30_000,
      stateCheckMs: 500,
      logLevel: 'warn',
      retentionDays: 365,
      heartbeatMs: 2_000,
    });
  });

  it('finds the file through RAPPORTKOLL_CONFIG when --config is not given, and --config wins over it', async () => {
    const fromEnv = await writeJson(join(dir, 'env.json'), { queue: { name: 'from-env-file' } });
    const given = await writeJson(join(dir, 'given.json'), { queue: { name: 'from-option' } });
    const viaEnv = await loadConfig(undefined, {}, { RAPPORTKOLL_CONFIG: fromEnv });
    expect(loadQueueConfig({}, {}, viaEnv.queueFile).queueName).toBe('from-env-file');
    const viaOption = await loadConfig(given, {}, { RAPPORTKOLL_CONFIG: fromEnv });
    expect(loadQueueConfig({}, {}, viaOption.queueFile).queueName).toBe('from-option');
  });

  it('limits: the flag wins over the environment, which wins over the file', async () => {
    const path = await writeJson(join(dir, 'limits.json'), { limits: { maxHeapMb: 256, maxPages: 100, maxBytes: 1_000 } });
    const env = { RAPPORTKOLL_MAX_HEAP_MB: '384', RAPPORTKOLL_MAX_PAGES: '200' };
    const { pipeline } = await loadConfig(path, { maxHeapMb: 128 }, env);
    expect(pipeline.limits).toMatchObject({ maxHeapMb: 128, maxPages: 200, maxBytes: 1_000 });
  });

  it.each([
    [{ queue: { concurency: 2 } }, 'queue: Okänd nyckel: "concurency"'],
    [{ webhook: { adress: 'x' } }, 'webhook: Okänd nyckel: "adress"'],
    [{ qeue: {} }, '(översta nivån): Okänd nyckel: "qeue"'],
  ])('a misspelt key in %o is an error naming it', async (content, message) => {
    const path = await writeJson(join(dir, `bad-${Math.random().toString(36).slice(2)}.json`), content);
    await expect(loadConfig(path, {}, {})).rejects.toThrow(UsageError);
    await expect(loadConfig(path, {}, {})).rejects.toThrow(message);
  });

  it('a bad limit from the environment names the variable', async () => {
    await expect(loadConfig(undefined, {}, { RAPPORTKOLL_MAX_HEAP_MB: '32' })).rejects.toThrow('RAPPORTKOLL_MAX_HEAP_MB: måste vara minst 64');
    await expect(loadConfig(undefined, {}, { RAPPORTKOLL_MAX_PAGES: 'many' })).rejects.toThrow('RAPPORTKOLL_MAX_PAGES:');
  });
});

describe('the language of messages: --lang, else RAPPORTKOLL_LANG, else the file\'s "lang", else Swedish', () => {
  it.each([
    { name: 'nothing set', file: {}, env: {}, flag: undefined, lang: 'sv' },
    { name: 'the file', file: { lang: 'en' }, env: {}, flag: undefined, lang: 'en' },
    { name: 'the environment over the file', file: { lang: 'en' }, env: { RAPPORTKOLL_LANG: 'sv' }, flag: undefined, lang: 'sv' },
    { name: 'the flag over the environment', file: { lang: 'sv' }, env: { RAPPORTKOLL_LANG: 'sv' }, flag: 'en' as const, lang: 'en' },
  ])('$name → $lang', async ({ name, file, env, flag, lang }) => {
    const path = await writeJson(join(dir, `lang-${name.replace(/\W+/g, '-')}.json`), file);
    expect((await loadConfig(path, { lang: flag }, env)).pipeline.lang).toBe(lang);
  });

  it('refuses a language it does not have, naming where it was set', async () => {
    const path = await writeJson(join(dir, 'lang-de.json'), { lang: 'de' });
    await expect(loadConfig(path, {}, {})).rejects.toThrow(/lang/);
    const plain = await writeJson(join(dir, 'lang-plain.json'), {});
    await expect(loadConfig(plain, {}, { RAPPORTKOLL_LANG: 'de' })).rejects.toThrow(UsageError);
    await expect(loadConfig(plain, {}, { RAPPORTKOLL_LANG: 'de' })).rejects.toThrow('RAPPORTKOLL_LANG: väntade "sv" eller "en", inte "de"');
    await expect(loadConfig(plain, { lang: 'en' }, { RAPPORTKOLL_MAX_HEAP_MB: '32' })).rejects.toThrow('RAPPORTKOLL_MAX_HEAP_MB: must be at least 64');
  });
});
