import { describe, expect, it } from 'vitest';
import { loadQueueConfig } from '../../workers/config.js';
import { ConfigError } from '../../workers/errors.js';

describe('loadQueueConfig', () => {
  it('has working defaults without any environment', () => {
    const config = loadQueueConfig({}, {});
    expect(config).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      queueName: 'documents',
      outDir: './rapportkoll-out',
      alertSeverity: 'warning',
      webhookUrl: null,
      usePolling: false,
    });
    expect(config.concurrency).toBeGreaterThanOrEqual(1);
  });

  it('reads the environment and lets flags win', () => {
    const env = {
      REDIS_URL: 'redis://redis.kansli.local:6380/2',
      ALERT_WEBHOOK_URL: 'https://hooks.example.org/rapportkoll',
      RAPPORTKOLL_CONCURRENCY: '3',
      RAPPORTKOLL_OUT: '/srv/share/out',
      RAPPORTKOLL_USE_POLLING: 'true',
      RAPPORTKOLL_ALERT_SEVERITY: 'error',
    };
    const config = loadQueueConfig({ concurrency: '2', outDir: '/tmp/out' }, env);
    expect(config).toMatchObject({
      redisUrl: 'redis://redis.kansli.local:6380/2',
      webhookUrl: 'https://hooks.example.org/rapportkoll',
      concurrency: 2,
      outDir: '/tmp/out',
      usePolling: true,
      alertSeverity: 'error',
    });
  });

  it.each([
    [{ RAPPORTKOLL_CONCURRENCY: 'many' }, /RAPPORTKOLL_CONCURRENCY/],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, /REDIS_URL/],
    [{ ALERT_WEBHOOK_URL: 'ftp://example.org/' }, /ALERT_WEBHOOK_URL/],
    [{ RAPPORTKOLL_ALERT_SEVERITY: 'critical' }, /RAPPORTKOLL_ALERT_SEVERITY/],
    [{ RAPPORTKOLL_QUEUE: 'no spaces please' }, /RAPPORTKOLL_QUEUE/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL: Invalid option: expected one of "fatal"\|"error"\|"warn"\|"info"\|"debug"\|"trace"\|"silent"/],
  ])('rejects %o naming the variable', (env, message) => {
    expect(() => loadQueueConfig({}, env)).toThrow(ConfigError);
    expect(() => loadQueueConfig({}, env)).toThrow(message);
  });

  it('names the option when a flag is wrong, in Swedish unless asked for English', () => {
    expect(() => loadQueueConfig({ concurrency: '0' }, {})).toThrow(/^ogiltig konfiguration: flaggan concurrency/);
    expect(() => loadQueueConfig({ concurrency: '0' }, {}, null, 'en')).toThrow(/^invalid configuration: option concurrency/);
  });
});

describe('one precedence order: flag, environment, configuration file, default', () => {
  const file = { path: 'rk.json', values: { concurrency: 5, attempts: 7, redisUrl: 'redis://file-host:6379', webhookUrl: 'https://file.example.org/hook' } };

  it('takes a value from the file only when neither a flag nor the environment gives it', () => {
    const config = loadQueueConfig({ concurrency: '2' }, { RAPPORTKOLL_ATTEMPTS: '3' }, file);
    expect(config).toMatchObject({
      concurrency: 2,
      attempts: 3,
      redisUrl: 'redis://file-host:6379',
      webhookUrl: 'https://file.example.org/hook',
      backoffMs: 5_000,
    });
  });

  it('names the file and its key when a value there is wrong', () => {
    expect(() => loadQueueConfig({}, {}, { path: 'rk.json', values: { concurrency: 0 } })).toThrow('ogiltig konfiguration: rk.json: queue.concurrency:');
  });

  it('an empty environment variable does not hide the file', () => {
    expect(loadQueueConfig({}, { RAPPORTKOLL_CONCURRENCY: ' ' }, file).concurrency).toBe(5);
  });
});
