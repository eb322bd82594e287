import type { Queue } from 'bullmq';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropQueue, killAll, queueEnv, runCli, startCli, testQueue, type RunningCli } from './support/cli.js';
import { alertLines, filesUnder, resultLines } from './support/out-dir.js';
import { sha256 } from '../bench/document-variants.js';
import { waitFor } from './support/wait.js';
import { reservePort, startWebhookServer, type WebhookServer } from './support/webhook-server.js';

const SEED_PDF = 'fixtures/docs/slutrapport-trisam-gavle.pdf';
const SEED_DOCX = 'fixtures/docs/slutrapport-trisam-gavle.docx';

const env = queueEnv();
const queue: Queue = testQueue(env);
let dir: string;
let noRedis: Record<string, string>;
const clis: RunningCli[] = [];
let webhook: WebhookServer | null = null;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-cli-'));
  await mkdir(join(dir, 'inbox'));
  noRedis = { ...env, REDIS_URL: `redis://127.0.0.1:${await reservePort()}` };
});

afterAll(async () => {
  await killAll(clis);
  await webhook?.close();
  await dropQueue(queue);
  await rm(dir, { recursive: true, force: true });
});

describe('queue commands', () => {
  it('without Redis, watch, worker, enqueue and status each say in one line how to start it or use --embedded, exit 3', async () => {
    const commands = [['watch', join(dir, 'inbox')], ['worker'], ['enqueue', SEED_PDF], ['status']];
    const runs = await Promise.all(commands.map((args) => runCli(args, noRedis)));
    for (const { code, stdout, stderr } of runs) {
      expect(code).toBe(3);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^rapportkoll: når inte Redis på redis:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)\./);
      expect(stderr).toContain('redis-server --daemonize yes');
      expect(stderr).toContain('--embedded');
    }
    // Four cold starts of the CLI at once: slow on a busy machine, whatever the code does.
  }, 120_000);

  it('rejects bad configuration with one line and exit 2', async () => {
    const { code, stderr } = await runCli(['worker', '--concurrency', 'lots'], env);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('rapportkoll: ogiltig konfiguration: flaggan concurrency: Ogiltig inmatning: förväntat antal, fick NaN');
    const english = await runCli(['worker', '--concurrency', 'lots', '--lang', 'en'], env);
    expect(english.stderr.trim()).toBe('rapportkoll: invalid configuration: option concurrency: Invalid input: expected number, received NaN');
  });

  it('LOG_LEVEL=verbose: watch, worker, enqueue and status each name the variable, exit 2', async () => {
    const commands = [['watch', join(dir, 'inbox')], ['worker'], ['enqueue', SEED_PDF], ['status']];
    const runs = await Promise.all(commands.map((args) => runCli(args, { ...env, LOG_LEVEL: 'verbose' })));
    for (const { code, stdout, stderr } of runs) {
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^rapportkoll: ogiltig konfiguration: LOG_LEVEL: Ogiltigt val: förväntade en av "fatal"\|.*"silent"\n$/);
    }
    // Four cold starts of the CLI at once: slow on a busy machine, whatever the code does.
  }, 120_000);

  it('reads queue settings from the configuration file, the environment winning over it and a flag over both', async () => {
    const deadPort = await reservePort();
    const config = join(dir, 'queue-config.json');
    await writeFile(config, JSON.stringify({ queue: { redisUrl: `redis://127.0.0.1:${deadPort}`, name: 'from-file', out: join(dir, 'file-out') } }));
    const { REDIS_URL: _ignored, RAPPORTKOLL_QUEUE: _queue, ...rest } = env;
    const fromFile = await runCli(['status', '--config', config], { ...rest, REDIS_URL: '' });
    expect(fromFile.code).toBe(3);
    expect(fromFile.stderr).toContain(`når inte Redis på redis://127.0.0.1:${deadPort}`);
    const envWins = await runCli(['status', '--json', '--config', config], { ...rest, REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(envWins.code).toBe(4); // reached Redis; degraded, since no worker runs
    expect(JSON.parse(envWins.stdout)).toMatchObject({ queue: 'from-file', redis: 'redis://127.0.0.1:6379' });
    const viaEnvFile = await runCli(['status', '--json'], {
      ...rest,
      REDIS_URL: 'redis://127.0.0.1:6379',
      RAPPORTKOLL_CONFIG: config,
      RAPPORTKOLL_QUEUE: 'from-env',
    });
    expect(JSON.parse(viaEnvFile.stdout)).toMatchObject({ queue: 'from-env' });
    const bad = await runCli(['worker', '--config', config, '--concurrency', '0'], rest);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^rapportkoll: ogiltig konfiguration: flaggan concurrency: /);
  }, 120_000);

  it('`watch --embedded` works without Redis: same results, alerts and webhook, then stops cleanly on SIGTERM', async () => {
    webhook = await startWebhookServer();
    const out = join(dir, 'embedded-out');
    const watcher = startCli(['watch', join(dir, 'inbox'), '--out', out, '--embedded'], { ...noRedis, ALERT_WEBHOOK_URL: webhook.url });
    clis.push(watcher);
    await watcher.logged('watching-inbox');
    await copyFile(SEED_DOCX, join(dir, 'inbox', 'Slutrapport.docx'));
    const sha = sha256(await readFile(SEED_DOCX));

    await waitFor('the report in processed/', async () => (await filesUnder(join(out, 'processed'))).includes('Slutrapport.docx'));
    expect((await resultLines(out)).map((result) => [result.source.sha256, result.status, result.kind])).toEqual([[sha, 'ok', 'slutrapport']]);
    const alerts = await alertLines(out);
    expect(alerts.map((alert) => alert.type)).toEqual(['findings']);
    expect(alerts[0]?.findings.map((finding) => finding.ruleId)).toContain('outcome-total-mismatch');
    await waitFor('the alert at the webhook', () => webhook?.received.some((alert) => alert.document.sha256 === sha));
    // The pages people open: the overview (rebuilt a few seconds after the document) links the report's page.
    const index = await waitFor('index.html listing the report', async () => {
      const text = await readFile(join(out, 'index.html'), 'utf8').catch(() => '');
      return text.includes('href="reports/') ? text : false;
    });
    const reports = (await filesUnder(join(out, 'reports'))).filter((file) => file.endsWith('.html'));
    expect(reports).toHaveLength(1);
    const report = await readFile(join(out, 'reports', reports[0] ?? ''), 'utf8');
    expect(report).toContain(`content="${sha}"`);
    expect(report).toContain('outcome-total-mismatch');
    expect(index).toContain(`href="reports/${encodeURIComponent(reports[0]?.replace(/\.html$/, '') ?? '')}.html"`);
    // The alert points at the page.
    expect(alerts[0]?.page).toBe(`reports/${reports[0] ?? ''}`);

    watcher.child.kill('SIGTERM');
    expect(await watcher.exited).toBe(0);
    // A cold start, a document read and its page drawn: slow on a busy machine, whatever the code does.
  }, 120_000);

  it('watch and worker take --ocr as extract does: `--ocr off` fails a scan with no-text-layer; a mode not known is a usage error', async () => {
    const inbox = join(dir, 'ocr-inbox');
    await mkdir(inbox);
    const out = join(dir, 'ocr-out');
    const watcher = startCli(['watch', inbox, '--out', out, '--embedded', '--ocr', 'off'], noRedis);
    clis.push(watcher);
    await watcher.logged('watching-inbox');
    await copyFile('fixtures/docs/bad/scanned.pdf', join(inbox, 'Skannad.pdf'));
    await waitFor('the result of the scan', async () => (await resultLines(out)).length === 1);
    expect((await resultLines(out)).map((result) => [result.status, result.error?.code, result.source.ocr])).toEqual([['failed', 'no-text-layer', undefined]]);
    watcher.child.kill('SIGTERM');
    expect(await watcher.exited).toBe(0);
    for (const command of [['worker'], ['watch', inbox]]) {
      const bad = await runCli([...command, '--ocr', 'sometimes'], env);
      expect(bad.code).toBe(2);
      for (const part of ["'--ocr <mode>'", "'sometimes'", 'auto, off, always']) expect(bad.stderr).toContain(part);
    }
  }, 120_000);

  it('`enqueue` queues files and folders, skipping lock files; `status` counts them', async () => {
    const folder = join(dir, 'batch');
    await mkdir(join(folder, 'Gävle'), { recursive: true });
    await copyFile(SEED_PDF, join(folder, 'Gävle', 'Trisam.pdf'));
    await writeFile(join(folder, '~$Trisam.docx'), 'lock');
    const first = await runCli(['enqueue', folder, SEED_DOCX, '--out', join(dir, 'fleet-out')], env);
    expect(first.code).toBe(0);
    expect(
      first.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(['queued', 'queued']);

    const again = await runCli(['enqueue', join(folder, 'Gävle', 'Trisam.pdf'), '--out', join(dir, 'fleet-out')], env);
    expect(again.stdout.split('\t')[0]).toBe('joined');

    const status = await runCli(['status', '--json', '--out', join(dir, 'fleet-out')], env);
    // Degraded: no worker runs to take them.
    expect(status.code).toBe(4);
    expect(JSON.parse(status.stdout)).toMatchObject({ queue: env.RAPPORTKOLL_QUEUE, waiting: 2, active: 0, completed: 0, failed: 0, webhookPending: 0 });
    const table = await runCli(['status'], env);
    expect(table.stdout).toMatch(/^waiting\s+2$/m);
    // Five cold starts of the CLI one after another: slow on a busy machine, whatever the code does.
  }, 120_000);
});
