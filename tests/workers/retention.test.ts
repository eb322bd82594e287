import { lstat, mkdir, mkdtemp, readFile, readlink, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { loggerOptions } from '../../workers/logger.js';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlFolder } from '../../pipeline/html/html-folder.js';
import { PageRenderer } from '../../pipeline/page-images/renderer.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import type { DocumentResult } from '../../schemas/result.js';
import { applyRetention } from '../../workers/retention.js';
import { ROOT } from '../cli/support/run-cli.js';
import { filesUnder } from './support/out-dir.js';

const DAY = 24 * 3600 * 1000;
const NOW = Date.parse('2026-12-04T12:00:00Z');
const OLD = new Date(NOW - 40 * DAY);
const RECENT = new Date(NOW - 5 * DAY);
const sha = (n: number): string => String(n).repeat(64).slice(0, 64);

let out: string;
/** A document written to the pages folder: its result and its report page relative to the folder. */
interface Written {
  result: DocumentResult;
  report: string;
}
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
    const outcome = await applyRetention(out, 30, logger, { now: NOW });
    expect(outcome).toEqual({ documents: 2, results: 1, pages: 0, alerts: 1 });
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
        removed: { documents: 2, results: 1, pages: 0, alerts: 1 },
      },
    ]);
  });

  it('a second run finds nothing more to remove and says nothing', async () => {
    const before = logged.length;
    const logger = pino(
      loggerOptions('rapportkoll-watch'),
      new Writable({ write: (chunk: Buffer, _encoding, done) => (logged.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>), done()) }),
    );
    expect(await applyRetention(out, 30, logger, { now: NOW })).toEqual({ documents: 0, results: 0, pages: 0, alerts: 0 });
    expect(logged.length).toBe(before);
  });

  it("takes a retired document's report page, drawn pages and overview line with it, nothing else, and follows no link", { timeout: 120_000 }, async () => {
    const pagesOut = join(out, '..', `${basename(out)}-pages`);
    const outside = join(out, '..', `${basename(out)}-outside`);
    await mkdir(outside, { recursive: true });
    const renderer = new PageRenderer();
    try {
      const folder = new HtmlFolder(pagesOut, { lang: 'sv', renderer });
      const config = PipelineConfig.parse({});
      const written = new Map<string, Written>();
      for (const [file, time] of [
        ['slutrapport-planted.pdf', OLD],
        ['slutrapport-planted.docx', RECENT],
        ['slutrapport-clean.docx', OLD],
        ['slutrapport-trisam-gavle.docx', OLD],
      ] as const) {
        const result = await processFile(join(ROOT, 'fixtures/docs', file), config);
        const bytes = file.endsWith('.pdf') ? new Uint8Array(await readFile(join(ROOT, 'fixtures/docs', file))) : null;
        const { report } = await folder.writeDocument({ result, bytes, redact: false, knownValues: [], receivedAt: time.toISOString() });
        written.set(file, { result, report });
        const resultFile = join(pagesOut, 'results', `${result.source.sha256}.json`);
        await mkdir(join(resultFile, '..'), { recursive: true });
        await writeFile(resultFile, JSON.stringify(result));
        await utimes(resultFile, time, time);
      }
      await folder.writeIndex();
      const [pdf, recent, clean, trisam] = [...written.values()] as [Written, Written, Written, Written];
      const pdfName = pdf.report.slice('reports/'.length, -'.html'.length);
      expect((await filesUnder(join(pagesOut, 'reports', pdfName))).length).toBeGreaterThan(0);

      // An overview line edited to name another document's page: that page is not this document's (its mark).
      const cleanEntry = join(pagesOut, 'pages-entries', `${clean.result.source.sha256}.json`);
      const recentName = recent.report.slice('reports/'.length, -'.html'.length);
      await writeFile(cleanEntry, JSON.stringify({ ...JSON.parse(await readFile(cleanEntry, 'utf8')), name: recentName }));
      // A page and a picture folder that are links to files elsewhere: neither followed nor removed.
      const trisamName = trisam.report.slice('reports/'.length, -'.html'.length);
      await rename(join(pagesOut, trisam.report), join(outside, 'page.html'));
      await symlink(join(outside, 'page.html'), join(pagesOut, trisam.report));
      await mkdir(join(outside, 'pictures'));
      await writeFile(join(outside, 'pictures', 'sida-1.png'), 'not ours');
      await symlink(join(outside, 'pictures'), join(pagesOut, 'reports', trisamName));

      const logger = pino(loggerOptions('rapportkoll-watch'), new Writable({ write: (_chunk: Buffer, _encoding, done) => done() }));
      expect(await applyRetention(pagesOut, 30, logger, { now: NOW })).toEqual({ documents: 0, results: 3, pages: 3, alerts: 0 });

      expect(await filesUnder(join(pagesOut, 'pages-entries'))).toEqual([`${recent.result.source.sha256}.json`]);
      const reports = await filesUnder(join(pagesOut, 'reports'));
      expect(reports).toContain(`${recentName}.html`);
      // The clean report's own page stays: its line named another page, so it was not found by it.
      expect(reports).toContain(basename(clean.report));
      expect(reports.filter((name) => name === `${pdfName}.html` || name.startsWith(`${pdfName}/`))).toEqual([]);
      expect(await readlink(join(pagesOut, trisam.report))).toBe(join(outside, 'page.html'));
      expect((await lstat(join(pagesOut, 'reports', trisamName))).isSymbolicLink()).toBe(true);
      expect(await filesUnder(outside)).toEqual(['page.html', 'pictures/sida-1.png']);
      expect(await readFile(join(outside, 'page.html'), 'utf8')).toContain(trisam.result.source.sha256);
      // The overview was rebuilt without the retired documents.
      const index = await readFile(join(pagesOut, 'index.html'), 'utf8');
      expect(index).toContain(encodeURIComponent(recentName));
      expect(index).not.toContain(encodeURIComponent(pdfName) + '.html');
    } finally {
      await renderer.close();
      await rm(pagesOut, { recursive: true, force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('a reports/ folder that is a link is left alone, with what it points at', async () => {
    const linked = join(out, '..', `${basename(out)}-linked`);
    const elsewhere = join(out, '..', `${basename(out)}-elsewhere`);
    try {
      const result = await processFile(join(ROOT, 'fixtures/docs/slutrapport-clean.docx'), PipelineConfig.parse({}));
      const { report } = await new HtmlFolder(elsewhere, { lang: 'sv', renderer: null }).writeDocument({
        result,
        bytes: null,
        redact: false,
        knownValues: [],
        receivedAt: OLD.toISOString(),
      });
      await mkdir(join(linked, 'results'), { recursive: true });
      await rename(join(elsewhere, 'pages-entries'), join(linked, 'pages-entries'));
      await symlink(join(elsewhere, 'reports'), join(linked, 'reports'));
      const resultFile = join(linked, 'results', `${result.source.sha256}.json`);
      await writeFile(resultFile, JSON.stringify(result));
      await utimes(resultFile, OLD, OLD);

      const logger = pino(loggerOptions('rapportkoll-watch'), new Writable({ write: (_chunk: Buffer, _encoding, done) => done() }));
      expect(await applyRetention(linked, 30, logger, { now: NOW })).toEqual({ documents: 0, results: 1, pages: 1, alerts: 0 });
      expect(await filesUnder(join(elsewhere, 'reports'))).toEqual([basename(report)]);
      expect(await filesUnder(join(linked, 'pages-entries'))).toEqual([]);
    } finally {
      await rm(linked, { recursive: true, force: true });
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
