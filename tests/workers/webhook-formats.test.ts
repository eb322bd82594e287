import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalValues } from '../../pipeline/redact/redact-result.js';
import { processFile } from '../../pipeline/process-file.js';
import { Alert } from '../../schemas/alert.js';
import { type Lang, PipelineConfig } from '../../schemas/config.js';
import { Alerter, alertForResult } from '../../workers/alerts.js';
import { createLogger } from '../../workers/logger.js';
import { WebhookOutbox } from '../../workers/webhook-outbox.js';
import type { WebhookFormat } from '../../workers/webhook-payload.js';
import { waitFor } from './support/wait.js';

const logger = createLogger('test');
logger.level = 'silent';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let dir: string;
let server: Server;
let url: string;
const received: Received[] = [];
let alert: Alert;
let personal: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-webhook-formats-'));
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  // A real result with people in it: contact persons, e-mail addresses, phone numbers, a personnummer.
  const result = await processFile('fixtures/docs/slutrapport-planted.docx', PipelineConfig.parse({}));
  personal = personalValues(result);
  const made = alertForResult(result, 'info');
  if (!made) throw new Error('the planted report raises an alert');
  // A file name with a person, a phone number, markup and a line break in it.
  alert = { ...made, document: { ...made.document, path: '/delad/Inkorg/Slutrapport <Sofia Bergqvist>\n070-174 06 21.docx' } };
}, 120_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** Raises the alert through a real Alerter and outbox and returns the one request the server got. */
async function deliver(format: WebhookFormat, redact: boolean, lang: Lang = 'sv'): Promise<Received> {
  const before = received.length;
  const out = join(dir, `${format}-${redact}-${lang}`);
  const outbox = new WebhookOutbox({
    directory: join(out, 'webhook-outbox'),
    url,
    format,
    lang,
    timeoutMs: 5_000,
    retryMs: 100,
    maxRetryMs: 400,
    pollMs: 100,
    logger,
  });
  outbox.start();
  try {
    await new Alerter(out, logger, outbox, redact).raise(alert, personal);
    await waitFor(`the ${format} POST`, () => received.length > before);
  } finally {
    await outbox.close();
  }
  const request = received[before];
  if (!request) throw new Error('no request');
  expect(request.headers['content-type']).toBe('application/json');
  expect(request.headers['idempotency-key']).toBe(alert.alertId);
  return request;
}

/** The personal data of the planted report, as the alert carries it unredacted. */
function personalIn(text: string): string[] {
  return [...personal, '070-174 06 21', '@sandviken.example', 'Sofia Bergqvist'].filter((value) => text.includes(value));
}

describe('webhook payload shapes, chosen in the configuration', () => {
  it('the alert itself carries personal data (else redaction would prove nothing)', () => {
    expect(personal.length).toBeGreaterThan(3);
    expect(personalIn(JSON.stringify(alert)).length).toBeGreaterThan(0);
  });

  it('json (default): the alert as in alerts.jsonl, with names, e-mail addresses, phone numbers and personnummer redacted', async () => {
    const { body } = await deliver('json', true);
    const sent = Alert.parse(JSON.parse(body));
    expect(sent).toMatchObject({ alertId: alert.alertId, type: 'findings', severity: 'error', document: { sha256: alert.document.sha256 } });
    expect(sent.findings.map((finding) => finding.ruleId)).toEqual(alert.findings.map((finding) => finding.ruleId));
    expect(personalIn(body)).toEqual([]);
    expect(sent.document.path).toContain('[redacted]');
    expect(body).not.toMatch(/\d{6}[-+]\*{4}/);
  });

  it('json with webhook.redact off: the alert as it is', async () => {
    const { body } = await deliver('json', false);
    expect(Alert.parse(JSON.parse(body))).toEqual(alert);
  });

  it('slack: a text field with a one-line Swedish summary, markup escaped, redacted', async () => {
    const { body } = await deliver('slack', true);
    const sent = JSON.parse(body) as Record<string, unknown>;
    expect(Object.keys(sent)).toEqual(['text']);
    const text = String(sent.text);
    expect(text).not.toMatch(/[\n\r<>]/);
    expect(text.startsWith(`rapportkoll: ${alert.findings.length} avvikelser, allvarligast fel, i Slutrapport &lt;[redacted]&gt; [redacted].docx`)).toBe(true);
    expect(text).toContain('(och 12 till)');
    // The first finding's message, in Swedish as the result carries it.
    expect(text).toContain(`: ${alert.findings[0]?.message.slice(0, 40) ?? '?'}`);
    expect(personalIn(text)).toEqual([]);
  });

  it('slack and teams in English with lang en: the same alert, its summary and findings in English', async () => {
    const slack = String((JSON.parse((await deliver('slack', true, 'en')).body) as Record<string, unknown>).text);
    expect(slack.startsWith(`rapportkoll: ${alert.findings.length} findings, worst error, in Slutrapport &lt;[redacted]&gt; [redacted].docx`)).toBe(true);
    expect(slack).toContain('(and 12 more)');
    expect(slack).not.toMatch(/avvikelse|allvarligast/);
    const teams = (await deliver('teams', true, 'en')).body;
    expect(teams).toContain('"title":"Severity","value":"error"');
    expect(teams).toContain('"title":"Kind","value":"slutrapport"');
    expect(personalIn(slack + teams)).toEqual([]);
  });

  it('teams: an Adaptive Card in the message shape Teams Workflows take, redacted', async () => {
    const { body } = await deliver('teams', true);
    const sent = JSON.parse(body) as {
      type: string;
      attachments: Array<{
        contentType: string;
        content: { type: string; version: string; body: Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }> };
      }>;
    };
    expect(sent.type).toBe('message');
    expect(sent.attachments).toHaveLength(1);
    const card = sent.attachments[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    const blocks = card?.content.body ?? [];
    expect(blocks[0]?.text).toMatch(/^rapportkoll: 13 avvikelser, allvarligast fel/);
    const facts = Object.fromEntries((blocks.find((block) => block.type === 'FactSet')?.facts ?? []).map((fact) => [fact.title, fact.value]));
    expect(facts).toMatchObject({ Typ: 'slutrapport', Allvarlighet: 'fel', sha256: alert.document.sha256 });
    expect(facts.Dokument).toContain('\\[redacted\\]');
    expect(blocks.filter((block) => block.type === 'TextBlock')).toHaveLength(1 + 10 + 1);
    expect(personalIn(body)).toEqual([]);
  });
});
