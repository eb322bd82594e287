import { copyFile, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropQueue, killAll, queueEnv, startCli, testQueue, type RunningCli } from './support/cli.js';
import { alertLines, filesUnder, resultLines } from './support/out-dir.js';
import { sha256, variantOf } from '../bench/document-variants.js';
import { expectFiledAsNamesTheFile } from './support/filed-as.js';
import { waitFor } from './support/wait.js';
import { reservePort, startWebhookServer, type WebhookServer } from './support/webhook-server.js';

const SEED_DOCX = 'fixtures/docs/slutrapport-trisam-gavle.docx';

const env = queueEnv();
const queue: Queue = testQueue(env);
let dir: string;
let inbox: string;
let out: string;
let webhookPort: number;
let webhook: WebhookServer | null = null;
const clis: RunningCli[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-queue-'));
  inbox = join(dir, 'inkorg');
  out = join(dir, 'ut');
  await mkdir(inbox);
  // The webhook is down at first; it comes up in the first test.
  webhookPort = await reservePort();
  const fleetEnv = { ...env, ALERT_WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/alerts` };
  const worker = startCli(['worker', '--out', out], fleetEnv);
  const watcher = startCli(['watch', inbox, '--out', out], fleetEnv);
  clis.push(worker, watcher);
  await Promise.all([worker.logged('worker-ready'), watcher.logged('watching-inbox')]);
});

afterAll(async () => {
  await killAll(clis);
  await webhook?.close();
  await dropQueue(queue);
  await rm(dir, { recursive: true, force: true });
});

/** Writes like a scanner on a share: small chunks, and one stall longer than the stability window. */
async function writeSlowly(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'w');
  const chunk = Math.ceil(bytes.length / 8);
  for (let at = 0, n = 0; at < bytes.length; at += chunk, n += 1) {
    await handle.write(bytes.subarray(at, at + chunk));
    await sleep(n === 3 ? 1_200 : 80);
  }
  await handle.close();
}

describe('queue mode: watched inbox → BullMQ worker → results, alerts, webhook', () => {
  it('takes a report written slowly in chunks once, when whole; its alert reaches alerts.jsonl and, once it is back, the webhook', async () => {
    const report = await readFile(SEED_DOCX);
    const sha = sha256(report);
    await writeSlowly(join(inbox, 'Slutrapport Trisam 2.0.docx'), report);
    await waitFor('the report in processed/', async () => (await filesUnder(join(out, 'processed'))).includes('Slutrapport Trisam 2.0.docx'));

    const results = (await resultLines(out)).filter((result) => result.source.sha256 === sha);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'ok', kind: 'slutrapport', source: { path: join(inbox, 'Slutrapport Trisam 2.0.docx'), format: 'docx' } });
    expect(JSON.parse(await readFile(join(out, 'results', `${sha}.json`), 'utf8'))).toEqual(results[0]);

    const alert = (await alertLines(out)).find((line) => line.document.sha256 === sha);
    expect(alert).toMatchObject({ type: 'findings', subject: 'Trisam 2.0 Gävle kommun', document: { kind: 'slutrapport' } });
    const mismatch = alert?.findings.find((finding) => finding.ruleId === 'outcome-total-mismatch');
    expect(mismatch?.evidence[0]?.text).toBeTruthy();

    // The webhook was down: the alert waits in the outbox and arrives when the webhook is back.
    expect((await filesUnder(join(out, 'webhook-outbox'))).length).toBeGreaterThan(0);
    webhook = await startWebhookServer(webhookPort);
    const delivered = await waitFor('the alert at the webhook', () => webhook?.received.find((received) => received.document.sha256 === sha));
    expect(delivered.findings.map((finding) => finding.ruleId)).toContain('outcome-total-mismatch');
    expect(await filesUnder(join(out, 'spool'))).toEqual([]);
  }, 120_000);

  it('processes the same bytes once, however often and under whatever name they are dropped', async () => {
    const report = variantOf(await readFile(SEED_DOCX), 'dropped twice');
    const sha = sha256(report);
    await writeFile(join(inbox, 'Trisam.docx'), report);
    await waitFor('Trisam.docx processed', async () => (await filesUnder(join(out, 'processed'))).includes('Trisam.docx'));
    await writeFile(join(inbox, 'Trisam.docx'), report);
    await writeFile(join(inbox, 'kopia av Trisam.docx'), report);
    await waitFor('both copies processed', async () => {
      const processed = await filesUnder(join(out, 'processed'));
      // The name taken (by these very bytes): the copy gets its sha256's first 8 hex digits (filed-name.ts).
      return processed.includes(`Trisam (${sha.slice(0, 8)}).docx`) && processed.includes('kopia av Trisam.docx');
    });

    expect((await resultLines(out)).filter((result) => result.source.sha256 === sha)).toHaveLength(1);
    const duplicates = (await alertLines(out)).filter((alert) => alert.type === 'duplicate' && alert.document.sha256 === sha);
    expect(duplicates.map((alert) => alert.duplicateOf)).toEqual([join(inbox, 'Trisam.docx'), join(inbox, 'Trisam.docx')]);
    expect((await queue.getJobCounts('completed')).completed).toBe(2);
  }, 120_000);

  it("an alert's filedAs names the file in processed/ once the watcher is done, also when a different document's file had that name", async () => {
    await expectFiledAsNamesTheFile({ inbox, out }, SEED_DOCX);
  }, 120_000);

  it('sends unreadable files to failed/ (a never-complete one after the grace time), keeps temp and lock files, handles å ä ö in NFC and NFD, and empties the inbox', async () => {
    const docx = await readFile(SEED_DOCX);
    const nfc = 'Årsrapport Söderhamn – ä.docx'.normalize('NFC');
    const nfd = 'Årsrapport Söderhamn – ä.docx'.normalize('NFD');
    await mkdir(join(inbox, 'Hudiksvall'));
    await writeFile(join(inbox, nfc), variantOf(docx, 'nfc'));
    await writeFile(join(inbox, 'Hudiksvall', nfd), variantOf(docx, 'nfd'));
    // legacy.doc and document.odt are whole but unsupported; truncated.docx never gets its zip end record.
    const bad = { 'legacy.doc': 'unsupported-format', 'document.odt': 'unsupported-format', 'truncated.docx': 'corrupt' };
    for (const name of Object.keys(bad)) await copyFile(join('fixtures/docs/bad', name), join(inbox, name));
    const ignored = ['~$Slutrapport.docx', 'Slutrapport.docx.tmp', 'nedladdning.pdf.crdownload', '.DS_Store'];
    for (const name of ignored) await writeFile(join(inbox, name), 'not for us');

    await waitFor('only ignored files left in the inbox', async () => (await filesUnder(inbox)).length === ignored.length, 60_000);
    expect(await filesUnder(inbox)).toEqual([...ignored].sort());
    expect(await filesUnder(join(out, 'failed'))).toEqual(Object.keys(bad).sort());
    const processed = await filesUnder(join(out, 'processed'));
    expect(processed).toContain(nfc);
    expect(processed).toContain(join('Hudiksvall', nfd));

    const results = await resultLines(out);
    const failed = results.filter((result) => result.status === 'failed');
    expect(Object.fromEntries(failed.map((result) => [result.source.path.slice(inbox.length + 1), result.error?.code]))).toEqual(bad);
    const failedAlerts = (await alertLines(out)).filter((alert) => alert.type === 'failed');
    expect(failedAlerts.map((alert) => alert.document.path).sort()).toEqual(
      Object.keys(bad)
        .map((name) => join(inbox, name))
        .sort(),
    );
    // A failed document's alert says it lies in failed/.
    expect(failedAlerts.map((alert) => alert.document.filedAs).sort()).toEqual(
      Object.keys(bad)
        .map((name) => `failed/${name}`)
        .sort(),
    );
    expect((await queue.getJobCounts('failed')).failed).toBe(3);
    expect(results.find((result) => result.source.path === join(inbox, 'Hudiksvall', nfd))?.status).toBe('ok');
  }, 120_000);
});
