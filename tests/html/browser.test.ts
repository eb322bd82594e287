/**
 * The report pages in a real browser (Debian's chromium, driven by playwright-core), as a person
 * opens them from the out folder: index.html by file://, a report by its link, the evidence framed
 * on the right page image, the Swedish message beside it; axe-core finds no serious or critical
 * accessibility problem; the hostile-text report stays inert (no dialog, no script, no element made
 * from its text, no request leaving file://) and readable (its 10 000-letter word wraps). The
 * screenshots of the overview and of a report are kept in test-output/html/ for people to look at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, ROOT } from '../cli/support/run-cli.js';
import { useScratchDir } from '../cli/support/temp-dir.js';

const CHROMIUM = process.env.RAPPORTKOLL_CHROMIUM ?? '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = join(ROOT, 'test-output', 'html');
const PLANTED = 'fixtures/docs/slutrapport-planted.pdf';
const HOSTILE = ['fixtures/docs/hostile/slutrapport-hostile.pdf', 'fixtures/docs/hostile/slutrapport-hostile.docx'];

const scratch = useScratchDir();
let browser: Browser;
let site = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does)`);
  site = join(scratch(), 'sidor');
  await extract(['--quiet', '--format', 'jsonl', '--html', site, PLANTED, ...HOSTILE]);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'], timeout: 30_000 });
  await rm(SCREENSHOTS, { recursive: true, force: true });
  await mkdir(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

interface Watched {
  page: Page;
  dialogs: string[];
  leaving: string[];
  errors: string[];
}

/** A page that fails any request not for a file:// URL and records dialogs and page errors. */
async function openPage(): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, javaScriptEnabled: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const watched: Watched = { page, dialogs: [], leaving: [], errors: [] };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) await route.continue();
    else {
      watched.leaving.push(url);
      await route.abort();
    }
  });
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

/**
 * axe-core from node_modules, run in the page. Not by addScriptTag: the pages' own
 * Content-Security-Policy (script-src 'none') blocks that, as it would any script; evaluate runs
 * beside the page's policy, as a browser's own tools do.
 */
async function seriousViolations(page: Page): Promise<{ id: string; impact: string | null | undefined; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  // A string, run in the page (this file is compiled without the DOM's types).
  const violations = (await page.evaluate(`axe.run(document).then((report) => report.violations.map((violation) => ({
    id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => JSON.stringify(node.target)) })))`)) as {
    id: string;
    impact: string | null | undefined;
    nodes: string[];
  }[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

describe('the overview and a report, opened from the folder', () => {
  it('lead from index.html to the report, whose evidence is framed on its page and told in Swedish', { timeout: 60_000 }, async () => {
    const { page, dialogs, leaving, errors } = await openPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    await expect(page.title()).resolves.toBe('Inkomna rapporter');
    const link = page.getByRole('link', { name: 'Samordningsförbund Gävleborg – Steg vidare Sandviken etapp 2' });
    await page.screenshot({ path: join(SCREENSHOTS, 'oversikt.png'), fullPage: true });
    await link.click();
    await page.waitForLoadState('load');
    expect(decodeURIComponent(page.url())).toContain('/reports/Samordningsförbund Gävleborg – Steg vidare Sandviken etapp 2.html');
    // The form it was read as: Gävleborg's template, recognised by its built-in profile.
    expect((await page.locator('dl.summary').textContent())?.replace(/\s+/g, ' ')).toContain('Mall Samordningsförbund Gävleborg: slutrapport för insatser');

    const finding = page.locator('section.finding', { hasText: 'outcome-total-mismatch' });
    const message = (await finding.locator('.message').textContent())?.replace(/\u00a0/g, ' ');
    expect(message).toContain('Utfallsraderna summerar till 1 296 950 kr men Summa-raden anger 1 196 950 kr');
    // The Summa row stands on page 4: its frame is drawn over page 4's image, inside it, and visible.
    const image = finding.locator('figure.page img[src$="sida-4.png"]');
    await image.scrollIntoViewIfNeeded();
    await expect(
      image.evaluate(
        (element) =>
          (element as unknown as { complete: boolean; naturalWidth: number }).complete && (element as unknown as { naturalWidth: number }).naturalWidth > 0,
      ),
    ).resolves.toBe(true);
    const marks = finding.locator('figure.page .mark[data-page="4"]');
    expect(await marks.count()).toBe(8);
    const imageBox = await image.boundingBox();
    const markBox = await marks.first().boundingBox();
    expect(imageBox).not.toBeNull();
    expect(markBox).not.toBeNull();
    if (imageBox && markBox) {
      expect(markBox.x).toBeGreaterThanOrEqual(imageBox.x);
      expect(markBox.y).toBeGreaterThanOrEqual(imageBox.y);
      expect(markBox.x + markBox.width).toBeLessThanOrEqual(imageBox.x + imageBox.width + 1);
      expect(markBox.y + markBox.height).toBeLessThanOrEqual(imageBox.y + imageBox.height + 1);
      // The Summa row's frame lies in the lower part of page 4 (the budget table), not at its top.
      expect((markBox.y - imageBox.y) / imageBox.height).toBeGreaterThan(0.5);
      expect(markBox.height).toBeGreaterThan(5);
    }
    await expect(marks.first().isVisible()).resolves.toBe(true);
    await marks.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'rapport.png'), fullPage: false });

    expect(await seriousViolations(page)).toEqual([]);
    expect({ dialogs, leaving, errors }).toEqual({ dialogs: [], leaving: [], errors: [] });
    await page.context().close();
  });

  it('has no serious accessibility problem in the overview', { timeout: 30_000 }, async () => {
    const { page } = await openPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe.each(HOSTILE)('the report of %s (hostile text)', (file) => {
  it('stays inert and readable', { timeout: 30_000 }, async () => {
    const { page, dialogs, leaving, errors } = await openPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    const links = page.locator('a', { hasText: '<script>' });
    const format = file.endsWith('.pdf') ? 'pdf' : 'docx';
    // Both hostile files have the same readable name; each report says its own format.
    const count = await links.count();
    expect(count).toBe(2);
    let opened = false;
    for (let index = 0; index < count && !opened; index += 1) {
      await page.goto(pathToFileURL(join(site, 'index.html')).href);
      await page.locator('a', { hasText: '<script>' }).nth(index).click();
      await page.waitForLoadState('load');
      opened = (await page.locator('dl.summary').textContent())?.replace(/\s+/g, '').includes(`Format${format}`) ?? false;
    }
    expect(opened).toBe(true);
    // The text is there as text: the heading shows the markup as written.
    await expect(page.locator('h1').textContent()).resolves.toBe('Samordningsförbund Gävleborg – Steg <b>vidare</b> & <script>alert(1)</script>');
    await expect(page.getByText('Workshops <img src=x onerror=alert("bild")>').first().isVisible()).resolves.toBe(true);
    const elements = await page.evaluate(`({
      scripts: document.querySelectorAll('script').length,
      bold: document.querySelectorAll('b').length,
      foreignImages: [...document.querySelectorAll('img')].filter((image) => !/\\/sida-\\d+\\.png$/.test(image.getAttribute('src') ?? '')).length,
      scriptLinks: [...document.querySelectorAll('a')].filter((link) => !/^(?:\\.\\.\\/index\\.html|[^:]*\\.html)$/.test(link.getAttribute('href') ?? '')).length,
      withHandlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    })`);
    // No script, no b, no img but the page images, no javascript: link, no handler attribute;
    // readable: the 10 000-letter word wraps instead of widening the page.
    expect(elements).toEqual({ scripts: 0, bold: 0, foreignImages: 0, scriptLinks: 0, withHandlers: 0, overflow: 0 });
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toContain("default-src 'none'");
    expect(await seriousViolations(page)).toEqual([]);
    expect({ dialogs, leaving, errors }).toEqual({ dialogs: [], leaving: [], errors: [] });
    await page.context().close();
  });
});
