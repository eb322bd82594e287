/**
 * The pages folder on real documents (pdfjs, the page-image thread): names from the report, a
 * second document of the same name told apart by a hash suffix, the same document keeping its name
 * and time of receipt when written again, the overview rebuilt by one writer at a time, personnummer painted over on the
 * drawn page, and the overview split by year of receipt past its page limit.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlFolder } from '../../pipeline/html/html-folder.js';
import { indexPages, PAGE_LIMIT, type IndexEntry } from '../../pipeline/html/index-page.js';
import { PageRenderer } from '../../pipeline/page-images/renderer.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import type { DocumentResult } from '../../schemas/result.js';
import { ROOT } from '../cli/support/run-cli.js';

const config = PipelineConfig.parse({});
const renderer = new PageRenderer();
let dir = '';
const results = new Map<string, DocumentResult>();

async function resultOf(file: string): Promise<DocumentResult> {
  const cached = results.get(file);
  if (cached) return cached;
  const result = await processFile(join(ROOT, file), config);
  results.set(file, result);
  return result;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapportkoll-pages-'));
});

afterAll(async () => {
  await renderer.close();
  await rm(dir, { recursive: true, force: true });
});

describe('HtmlFolder', () => {
  it('names reports from the record, apart by a hash suffix when two share a name, the same on a second write', { timeout: 120_000 }, async () => {
    const folder = new HtmlFolder(join(dir, 'names'), { lang: 'sv', renderer });
    const pdf = await resultOf('fixtures/docs/slutrapport-planted.pdf');
    const docx = await resultOf('fixtures/docs/slutrapport-planted.docx');
    const bytes = new Uint8Array(await readFile(join(ROOT, 'fixtures/docs/slutrapport-planted.pdf')));
    const receivedAt = '2026-03-01T10:00:00.000Z';
    const first = await folder.writeDocument({ result: pdf, bytes, redact: false, knownValues: [], receivedAt });
    const second = await folder.writeDocument({ result: docx, bytes: null, redact: false, knownValues: [], receivedAt });
    // Written again later (a replay, a reprocess): the same name, and received when it first came in.
    const again = await folder.writeDocument({ result: pdf, bytes, redact: false, knownValues: [], receivedAt: '2027-01-01T10:00:00.000Z' });
    expect(first.report).toBe('reports/Samordningsförbund Gävleborg – Steg vidare Sandviken etapp 2.html');
    expect(second.report).toBe(`reports/Samordningsförbund Gävleborg – Steg vidare Sandviken etapp 2-${docx.source.sha256.slice(0, 8)}.html`);
    expect(again.report).toBe(first.report);
    // Pages 1, 3, 4 and 5 carry the findings' evidence: those are drawn, no other.
    expect(first.pictures).toBe(4);
    expect((await readdir(join(dir, 'names', 'reports', 'Samordningsförbund Gävleborg – Steg vidare Sandviken etapp 2'))).sort()).toEqual([
      'sida-1.png',
      'sida-3.png',
      'sida-4.png',
      'sida-5.png',
    ]);
    expect(await folder.writeIndex()).toBe(true);
    const index = await readFile(join(dir, 'names', 'index.html'), 'utf8');
    expect(index.match(/<tr><td><a href="reports\//g)).toHaveLength(2);
    expect(index).toContain('2026-03-01 11:00');
    expect(index).not.toContain('2027-01-01');
  });

  it('paints the personnummer over on the drawn page', { timeout: 120_000 }, async () => {
    const pdf = await resultOf('fixtures/docs/slutrapport-planted.pdf');
    const finding = pdf.findings.find((each) => each.ruleId === 'personal-identity-number');
    const evidence = finding?.evidence[0];
    expect(evidence?.page).toBe(3);
    const [image] = await renderer.render({
      bytes: new Uint8Array(await readFile(join(ROOT, 'fixtures/docs/slutrapport-planted.pdf'))),
      pages: [3],
      redact: false,
      knownValues: [],
    });
    expect(image?.hidden).toBe(1);
    // The paragraph quoting it holds a run of black pixels as wide as ten digits or more.
    const picture = await loadImage(Buffer.from(image?.png ?? new Uint8Array()));
    const canvas = createCanvas(picture.width, picture.height);
    const context = canvas.getContext('2d');
    context.drawImage(picture, 0, 0);
    const scale = picture.width / (image?.width ?? 1);
    const box = evidence?.box ?? { x: 0, y: 0, width: 0, height: 0 };
    let longest = 0;
    for (let y = Math.floor(box.y * scale); y < (box.y + box.height) * scale; y += 2) {
      const row = context.getImageData(0, y, picture.width, 1).data;
      let run = 0;
      for (let x = 0; x < picture.width; x += 1) {
        const black = (row[x * 4] ?? 255) < 30 && (row[x * 4 + 1] ?? 255) < 30 && (row[x * 4 + 2] ?? 255) < 30;
        run = black ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    // Eleven characters at 10 pt and 100 dpi are some 85 pixels.
    expect(longest).toBeGreaterThan(60);
  });

  it('leaves the overview to the process holding the lock, and takes over a lock left by a killed one', async () => {
    const folder = new HtmlFolder(join(dir, 'lock'), { lang: 'sv', renderer: null });
    const lock = join(dir, 'lock', 'pages-entries', 'index.lock');
    await writeFile(join(dir, 'lock-placeholder'), '');
    await new HtmlFolder(join(dir, 'lock'), { lang: 'sv', renderer: null }).writeIndex();
    await writeFile(lock, '12345\n');
    expect(await folder.writeIndex()).toBe(false);
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(lock, old, old);
    expect(await folder.writeIndex()).toBe(true);
    await expect(readdir(join(dir, 'lock', 'pages-entries'))).resolves.toEqual([]);
  });

  it("removes a year's overview page the overview no longer has, and nothing else", async () => {
    const out = join(dir, 'years');
    await mkdir(out, { recursive: true });
    // Left from when the overview was split by year: every document of 2019 has since been retired.
    await writeFile(join(out, 'index-2019.html'), '<p>2019</p>');
    // Not the overview's own: a link someone put in the share, a copy, a page of another name.
    await writeFile(join(dir, 'elsewhere.html'), 'keep');
    await symlink(join(dir, 'elsewhere.html'), join(out, 'index-2018.html'));
    await writeFile(join(out, 'index-2019.html.bak'), 'keep');
    await writeFile(join(out, 'index-19.html'), 'keep');
    expect(await new HtmlFolder(out, { lang: 'sv', renderer: null }).writeIndex()).toBe(true);
    expect((await readdir(out)).sort()).toEqual(['index-19.html', 'index-2018.html', 'index-2019.html.bak', 'index.html', 'pages-entries']);
    await expect(readFile(join(dir, 'elsewhere.html'), 'utf8')).resolves.toBe('keep');
  });
});

describe('indexPages', () => {
  const entry = (index: number, year: number): IndexEntry => ({
    sha256: index.toString(16).padStart(64, '0'),
    name: `Rapport ${index}`,
    title: `Rapport ${index}`,
    href: `reports/Rapport%20${index}.html`,
    kind: 'slutrapport',
    status: 'ok',
    organisation: null,
    yearOrPeriod: null,
    counts: { error: 0, warning: 0, info: 0 },
    receivedAt: `${year}-06-01T10:00:00.000Z`,
  });

  it('is one page up to the limit, the latest first', () => {
    const pages = indexPages([entry(1, 2024), entry(2, 2026), entry(3, 2025)], 'sv');
    expect(pages.map((page) => page.file)).toEqual(['index.html']);
    const order = [...(pages[0]?.html ?? '').matchAll(/>Rapport (\d)</g)].map((match) => match[1]);
    expect(order).toEqual(['2', '3', '1']);
  });

  it('past the limit, index.html holds the latest year and one page per earlier year', () => {
    const entries = Array.from({ length: PAGE_LIMIT + 10 }, (_, index) => entry(index, 2020 + (index % 3)));
    const pages = indexPages(entries, 'sv');
    expect(pages.map((page) => page.file)).toEqual(['index.html', 'index-2021.html', 'index-2020.html']);
    expect(pages.reduce((sum, page) => sum + (page.html.match(/<tr><td>/g)?.length ?? 0), 0)).toBe(PAGE_LIMIT + 10);
    expect(pages[0]?.html).toContain('href="index-2020.html"');
  });
});
