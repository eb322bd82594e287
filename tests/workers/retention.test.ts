import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { loggerOptions } from '../../workers/logger.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRetention } from '../../workers/retention.js';
import { filesUnder } from './support/out-dir.js';

const DAY = 24 * 3600 * 1000;
const NOW = Date.parse('2026-12-04T12:00:00Z');
const OLD = new Date(NOW - 40 * DAY);
const RECENT = new Date(NOW - 5 * DAY);
const sha = (n: number): string => String(n).repeat(64).slice(0, 64);

let out: string;
const logged: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'rk-retention-'));
  const files: Array<[string, Date]> = [
    ['processed/2025/Gammal slutrapport.docx', OLD],
    ['processed/2026/Ny slutrapport.docx', RECENT],
    ['failed/Trasig.pdf', OLD],
    [`results/${sha(1)}.json`, OLD],
    [`results/${sha(2)}.json`, RECENT],
  ];
  for (const [path, time] of files) {
    await mkdir(join(out, path, '..'), { recursive: true });
    await writeFile(join(out, path), 'x');
    await utimes(join(out, path), time, time);
  }
  await writeFile(
    join(out, 'results.jsonl'),
    [1, 2].map((n) => JSON.stringify({ status: 'ok', source: { path: `r${n}.docx`, sha256: sha(n) } })).join('\n') + '\n',
  );
  await writeFile(
    join(out, 'alerts.jsonl'),
    [
      { alertId: 'old', createdAt: OLD.toISOString() },
      { alertId: 'recent', createdAt: RECENT.toISOString() },
    ]
      .map((alert) => JSON.stringify(alert))
      .join('\n') + '\n',
  );
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('retention.days', () => {
  it('removes the processed/ and failed/ copies, results and alerts older than the days, keeps the rest, and logs what it removed', async () => {
    const logger = pino(
      loggerOptions('rapportkoll-watch'),
      new Writable({ write: (chunk: Buffer, _encoding, done) => (logged.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>), done()) }),
    );
    const outcome = await applyRetention(out, 30, logger, NOW);
    expect(outcome).toEqual({ documents: 2, results: 1, alerts: 1 });
    expect(await filesUnder(out)).toEqual(['alerts.jsonl', 'processed/2026/Ny slutrapport.docx', 'results.jsonl', `results/${sha(2)}.json`]);
    expect(
      (await readFile(join(out, 'results.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { source: { sha256: string } }).source.sha256),
    ).toEqual([sha(2)]);
    expect(
      (await readFile(join(out, 'alerts.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { alertId: string }).alertId),
    ).toEqual(['recent']);
    expect(logged).toMatchObject([
      {
        event: 'retention-done',
        msg: 'gallring: det som är äldre än de inställda dagarna togs bort',
        retentionDays: 30,
        removed: { documents: 2, results: 1, alerts: 1 },
      },
    ]);
  });

  it('a second run finds nothing more to remove and says nothing', async () => {
    const before = logged.length;
    const logger = pino(
      loggerOptions('rapportkoll-watch'),
      new Writable({ write: (chunk: Buffer, _encoding, done) => (logged.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>), done()) }),
    );
    expect(await applyRetention(out, 30, logger, NOW)).toEqual({ documents: 0, results: 0, alerts: 0 });
    expect(logged.length).toBe(before);
  });
});
