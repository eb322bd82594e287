/**
 * `extract --html` beside `--out`: the pages of the run from the results it stored. Under --redact
 * no page is drawn (the removed names would show on a picture) and no removed name is on a page.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';

const scratch = useScratchDir();
const PLANTED = 'fixtures/docs/slutrapport-planted.pdf';
const REPORT = 'Samordningsförbund Gävleborg – Steg vidare Sandviken etapp 2';

describe('extract --out --html', () => {
  it('writes the overview and each report page, its evidence pages drawn', { timeout: 120_000 }, async () => {
    const pages = join(scratch(), 'sidor');
    const run = await runCli(['extract', '--quiet', '--out', join(scratch(), 'ut'), '--html', pages, PLANTED]);
    expect(run.code).toBe(0);
    expect(await readFile(join(pages, 'index.html'), 'utf8')).toContain(`href="reports/${encodeURIComponent(REPORT)}.html"`);
    expect((await readdir(join(pages, 'reports', REPORT))).sort()).toEqual(['sida-1.png', 'sida-3.png', 'sida-4.png', 'sida-5.png']);
  });

  it("names the form a slutrapport was read as: Gävleborg's template, or none for a report on its own", { timeout: 120_000 }, async () => {
    const pages = join(scratch(), 'sidor-mall');
    const FREE_TEXT = 'fixtures/corpus/dev/falun-coachingteamet-slutrapport.docx';
    const run = await runCli(['extract', '--quiet', '--out', join(scratch(), 'ut-mall'), '--html', pages, PLANTED, FREE_TEXT]);
    expect(run.code).toBe(0);
    const names = (await readdir(join(pages, 'reports'))).filter((name) => name.endsWith('.html'));
    const texts = await Promise.all(names.map((name) => readFile(join(pages, 'reports', name), 'utf8')));
    const planted = texts.filter((text) => text.includes('<dd>Samordningsförbund Gävleborg: slutrapport för insatser</dd>'));
    const ownForm = texts.filter((text) => text.includes('<dd>ingen känd mall (läst utan mall)</dd>'));
    expect([names.length, planted.length, ownForm.length]).toEqual([2, 1, 1]);
  });

  it('with --redact draws no page and shows no removed name', { timeout: 120_000 }, async () => {
    const pages = join(scratch(), 'sidor-redact');
    const run = await runCli(['extract', '--quiet', '--redact', '--out', join(scratch(), 'ut-redact'), '--html', pages, PLANTED]);
    expect(run.code).toBe(0);
    expect(await readdir(join(pages, 'reports'))).toEqual([`${REPORT}.html`]);
    const page = await readFile(join(pages, 'reports', `${REPORT}.html`), 'utf8');
    expect(page).toContain('[redacted]');
    expect(page).not.toContain('Sofia Bergqvist');
    expect(page).not.toContain('780315');
  });
});
