import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobFailedAlert } from '../../workers/alerts.js';
import { createLogger } from '../../workers/logger.js';
import { outboxBacklog, WebhookOutbox, type WebhookOutboxOptions } from '../../workers/webhook-outbox.js';
import { reservePort, startWebhookServer, type WebhookServer } from './support/webhook-server.js';
import { waitFor } from './support/wait.js';

const logger = createLogger('test');
logger.level = 'silent';

let dir: string;
const cleanups: Array<() => Promise<void>> = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-outbox-'));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await rm(dir, { recursive: true, force: true });
});

function alert(n: number) {
  const sha256 = createHash('sha256').update(`document ${n}`).digest('hex');
  return jobFailedAlert(`/inbox/rapport-${n}.pdf`, sha256, 'spooled copy not readable');
}

function outbox(url: string, overrides: Partial<WebhookOutboxOptions> = {}): WebhookOutbox {
  const box = new WebhookOutbox({ directory: dir, url, timeoutMs: 500, retryMs: 100, maxRetryMs: 400, pollMs: 200, logger, ...overrides });
  box.start();
  cleanups.push(() => box.close());
  return box;
}

async function serve(port: number, options?: { delayMs?: number }): Promise<WebhookServer> {
  const server = await startWebhookServer(port, options);
  cleanups.push(() => server.close());
  return server;
}

describe('webhook outbox', () => {
  it('keeps alerts while the webhook is down and delivers all of them when it comes back', async () => {
    const port = await reservePort();
    const box = outbox(`http://127.0.0.1:${port}/alerts`);
    for (const n of [1, 2, 3]) await box.put(alert(n));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await outboxBacklog(dir)).toBe(3);

    const server = await serve(port);
    await waitFor('three deliveries', () => server.received.length >= 3);
    expect(server.received.map((received) => received.document.path).sort()).toEqual(['/inbox/rapport-1.pdf', '/inbox/rapport-2.pdf', '/inbox/rapport-3.pdf']);
    await waitFor('an empty outbox', async () => (await outboxBacklog(dir)) === 0);
  });

  it('does not make put wait for a slow webhook, and retries after a timeout', async () => {
    // The webhook answers after 10 s, far beyond what a put takes even on a loaded machine.
    const server = await serve(0, { delayMs: 10_000 });
    const box = outbox(server.url, { timeoutMs: 300 });
    const started = Date.now();
    await box.put(alert(4));
    // put returned before the webhook could have answered: it did not wait for it.
    expect(Date.now() - started).toBeLessThan(10_000);
    // Every attempt times out before the server answers; the alert stays in the outbox.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await outboxBacklog(dir)).toBe(1);
  });

  it('lets a later process deliver what an earlier one left behind', async () => {
    const port = await reservePort();
    const first = outbox(`http://127.0.0.1:${port}/alerts`);
    await first.put(alert(5));
    await first.close();
    const server = await serve(port);
    outbox(server.url);
    await waitFor('delivery by the second process', () => server.received.length === 1);
    expect(server.received[0]?.alertId).toBe(alert(5).alertId);
  });

  it('delivers each alert once when two processes share the outbox', async () => {
    const server = await serve(0);
    const a = outbox(server.url);
    outbox(server.url);
    for (const n of [6, 7, 8, 9, 10, 11]) await a.put(alert(n));
    await waitFor('six deliveries', () => server.received.length >= 6);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(new Set(server.received.map((received) => received.alertId)).size).toBe(6);
    expect(server.received).toHaveLength(6);
  });
});
