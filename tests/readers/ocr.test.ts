/**
 * Scanned pages read by OCR (extractors/readers/ocr/), through the real pipeline: real pdfjs and
 * canvas rendering, real tesseract.js with the Swedish and English data from node_modules. OCR is
 * slow, so few pages are read here (the mixed PDF's one scanned page; bad/scanned.pdf's two pages
 * are read by tests/cli/bad-inputs.test.ts) and the limits are generous; no test times anything.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_DIR, DOCS_DIR } from '../../fixtures/build/paths.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import { DocumentResult } from '../../schemas/result.js';
import { scannedPagePng } from '../../fixtures/build/bad/png.js';
import { useScratchDir } from '../cli/support/temp-dir.js';

const OCR_TEST_MS = 600_000;
const scratch = useScratchDir();
const config = (ocr: Record<string, unknown> = {}) => PipelineConfig.parse({ ocr });

/** A PDF of `pages` pages of the given size (points), each only a small picture: no text layer at all. */
async function picturePdf(pages: number, size: [number, number]): Promise<string> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(scannedPagePng(1));
  for (let page = 0; page < pages; page++) pdf.addPage(size).drawImage(image, { x: 0, y: 0, width: 100, height: 140 });
  const path = join(scratch(), `pictures-${pages}-${size.join('x')}.pdf`);
  await writeFile(path, await pdf.save({ useObjectStreams: true }));
  return path;
}

/** The key fields a slutrapport's reader gives, as compared between a scan and its text PDF. */
function keyFields(result: DocumentResult) {
  const record = result.record as {
    registrationNumber: string | null;
    receivedDate: string | null;
    intervention: { name: string | null; plannedPeriod: { start: string | null; end: string | null } | null; granted: { sek: number } | null };
    applicants: Array<{ organisation: string | null; contactPerson: string | null; email: string | null; phone: string | null }>;
    responsible: { contactPerson: string | null; phone: string | null; postalCode: string | null };
    sections: Array<{ number: string }>;
    budget: {
      rows: Array<{ budget: { sek: number } | null; outcome: { sek: number } | null }>;
      total: { budget: { sek: number } | null; outcome: { sek: number } | null };
    };
    checklist: Array<{ answer: string | null }>;
    signatures: Array<{ role: string }>;
  };
  return {
    registrationNumber: record.registrationNumber,
    receivedDate: record.receivedDate,
    name: record.intervention.name,
    period: [record.intervention.plannedPeriod?.start, record.intervention.plannedPeriod?.end],
    granted: record.intervention.granted?.sek,
    applicants: record.applicants.map(({ contactPerson, email, phone }) => ({ contactPerson, email, phone })),
    responsible: record.responsible,
    sections: record.sections.map((section) => section.number),
    budget: record.budget.rows.map((row) => [row.budget?.sek ?? null, row.outcome?.sek ?? null]),
    total: [record.budget.total.budget?.sek, record.budget.total.outcome?.sek],
    answers: [...new Set(record.checklist.map((item) => item.answer))],
    // The header row "Ja | Nej", read "Ja | Nei" on the scan, is no item.
    checklistItems: record.checklist.length,
    signatures: record.signatures.map((signature) => signature.role),
    findings: result.findings.map((finding) => `${finding.ruleId}: ${finding.severity}`).sort(),
  };
}

describe('the scanned seed slutrapport against its text PDF', () => {
  let scan: DocumentResult;
  let text: DocumentResult;

  beforeAll(async () => {
    text = DocumentResult.parse(await processFile(join(DOCS_DIR, 'slutrapport-trisam-gavle.pdf'), config()));
    scan = DocumentResult.parse(await processFile(join(DOCS_DIR, 'scanned', 'slutrapport-trisam-gavle-scan.pdf'), config()));
  }, OCR_TEST_MS);

  it('gives the same key fields, sections, budget and findings, with the same severities', () => {
    expect(scan.source.ocr?.pages).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The responsible block's "almqvist" and "Välfärd" too, read right on the softened page
    // (extractors/readers/ocr/soften.ts), where the plain page gave "almgvist" (71) and "välfärd" (85).
    expect(keyFields(scan)).toEqual(keyFields(text));
    expect(keyFields(text).responsible).toMatchObject({
      organisation: 'Gävle kommun,',
      workplace: 'Välfärd Gävle Arbetsmarknad och stöd',
      email: 'henrik.almqvist@gavle.example',
    });
  });

  it('gives back the "@" the softened page reads as "Q", and says so', () => {
    // "henrik.almqvistQgavle.example" under its label (page 2), "karin.lindahlQfinsam.example" in the text (page 1).
    expect(scan.warnings).toEqual([
      {
        code: 'ocr-email-repaired',
        type: 'warning',
        message: '2 e-postadresser som OCR läste med "Q" i stället för @ har fått sitt @ (sidorna 1, 2); jämför med originalet',
        position: { pages: [1, 2], path: null },
      },
    ]);
    expect(text.warnings).toEqual([]);
  });

  it('finds the Summa row that does not add up, resting on the same figures', () => {
    const mismatch = (result: DocumentResult) => result.findings.find((finding) => finding.ruleId === 'outcome-total-mismatch');
    expect(mismatch(scan)?.data).toEqual(mismatch(text)?.data);
    // The Summa cell's "0", unsure on the page (65), is read surely on its own: no downgrade to info.
    expect(mismatch(scan)?.severity).toBe('error');
    expect(mismatch(scan)?.message).toBe(mismatch(text)?.message);
    expect(mismatch(scan)?.evidence.map((entry) => entry.page)).toEqual(mismatch(text)?.evidence.map((entry) => entry.page));
    for (const entry of mismatch(scan)?.evidence ?? []) expect(entry.ocrConfidence).toBeGreaterThan(0);
  });
});

describe('a ten-page scanned annual report against its text PDF', () => {
  let scan: DocumentResult;
  let text: DocumentResult;

  beforeAll(async () => {
    text = DocumentResult.parse(await processFile(join(DOCS_DIR, 'arsredovisning-gotland-2019.pdf'), config()));
    scan = DocumentResult.parse(await processFile(join(DOCS_DIR, 'scanned', 'arsredovisning-gotland-2019-scan.pdf'), config()));
  }, OCR_TEST_MS);

  type Figure = { sek: number } | null | undefined;
  type Annual = {
    year: number | null;
    organisation: string | null;
    participantsReached: { total: number | null; women: number | null; men: number | null } | null;
    goals: Array<{ number: number; title: string }>;
    interventions: Array<{ participants: Array<{ total: number | null; women: number | null; men: number | null; scope: string }> }>;
    statements: Record<string, { rows: Array<Record<'current' | 'previous' | 'budget' | 'outcome' | 'deviation', Figure>> } | null>;
  };
  const annual = (result: DocumentResult) => result.record as Annual;
  const figures = (result: DocumentResult, statement: string) =>
    annual(result).statements[statement]?.rows.map((row) =>
      [row.current, row.previous, row.budget, row.outcome, row.deviation].map((figure) => figure?.sek ?? null),
    );

  it('gives the year, the organisation and the participants', () => {
    expect(scan).toMatchObject({ status: 'ok', kind: 'arsredovisning', source: { pages: 10, ocr: { pages: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] } } });
    expect(annual(scan).year).toBe(annual(text).year);
    expect(annual(scan).organisation).toBe(annual(text).organisation);
    expect(annual(scan).participantsReached).toMatchObject({ total: 68, women: 35, men: 33 });
  });

  it("gives the text PDF's goals and its interventions' counts", () => {
    // "Mål 1." is read "Mal 1." on the softened page, and "7 män" "7 ‘man": OCR's tolerance reads them as meant.
    const goals = (result: DocumentResult) => annual(result).goals.map(({ number, title }) => ({ number, title }));
    expect(goals(text)).toHaveLength(2);
    expect(goals(scan)).toEqual(goals(text));
    const counts = (result: DocumentResult) =>
      annual(result).interventions.map((intervention) => intervention.participants.map(({ total, women, men, scope }) => ({ total, women, men, scope })));
    expect(counts(text).flat()).toHaveLength(4);
    expect(counts(scan)).toEqual(counts(text));
  });

  it("reads the income statement's and the operating statement's figures as the text PDF's", () => {
    expect(
      figures(text, 'income')
        ?.flat()
        .filter((figure) => figure !== null),
    ).toHaveLength(10);
    expect(figures(scan, 'income')).toEqual(figures(text, 'income'));
    expect(
      figures(text, 'operating')
        ?.flat()
        .filter((figure) => figure !== null),
    ).toHaveLength(18);
    expect(figures(scan, 'operating')).toEqual(figures(text, 'operating'));
  });

  it("reads the cash-flow statement's figures as the text PDF's", () => {
    // "(46)" was read "(45)" on the page (confidence under 80); read again on its own it is "(46)".
    expect(figures(scan, 'cashFlow')).toEqual(figures(text, 'cashFlow'));
  });

  it("reads the balance sheet's rows as the text PDF's, a heading row closer to the row above than a row's pitch included", () => {
    // The scan's baselines are a point or two off: "Kortfristiga skulder" stood 14 pt below "Eget
    // kapital" against 12.5 pt inside the wrapped "EGET KAPITAL, AVSÄTTNINGAR OCH / SKULDER".
    expect(figures(text, 'balance')).toHaveLength(12);
    expect(figures(scan, 'balance')).toEqual(figures(text, 'balance'));
  });

  it("gives the text PDF's findings: none", () => {
    expect(text.findings).toEqual([]);
    expect(scan.findings.map((finding) => finding.ruleId)).toEqual(text.findings.map((finding) => finding.ruleId));
  });
});

describe('OCR of scanned pages', () => {
  let mixed: DocumentResult;
  const progress: Array<[number, number, number]> = [];

  beforeAll(async () => {
    const path = join(DOCS_DIR, 'scanned', 'slutrapport-trisam-gavle-mixed.pdf');
    mixed = DocumentResult.parse(await processFile(path, config(), { ocrPage: (...page) => progress.push(page) }));
  }, OCR_TEST_MS);

  it("a PDF whose second page is a scan: only that page is OCR'd, and the result says so", () => {
    expect(mixed).toMatchObject({ status: 'ok', kind: 'slutrapport', source: { pages: 2 } });
    expect(mixed.source.ocr).toMatchObject({ pages: [2], engine: 'tesseract.js', languages: ['swe', 'eng'] });
    expect(mixed.source.ocr?.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(mixed.source.ocr?.meanConfidence).toBeGreaterThan(70);
    expect(mixed.warnings).toEqual([]);
    // Told before OCR starts (position 0) and before the page.
    expect(progress).toEqual([
      [2, 0, 1],
      [2, 1, 1],
    ]);
  });

  it("the scanned page's text reaches the record, and its evidence carries the OCR confidence", () => {
    const record = mixed.record as {
      applicants: Array<{ organisation: string | null }>;
      evidence: Record<string, { page: number | null; ocrConfidence?: number }>;
    };
    // Page 2 holds the applicants' contact details.
    expect(record.applicants[0]?.organisation).toMatch(/Gävle kommun/);
    const evidence = Object.values(record.evidence);
    const fromScan = evidence.filter((entry) => entry.page === 2);
    const fromText = evidence.filter((entry) => entry.page === 1);
    expect(fromScan.length).toBeGreaterThan(0);
    for (const entry of fromScan) expect(entry.ocrConfidence).toBeGreaterThan(0);
    expect(fromText.length).toBeGreaterThan(0);
    for (const entry of fromText) expect(entry.ocrConfidence).toBeUndefined();
  });

  it('--ocr off keeps the old answer: a scan fails with no-text-layer', async () => {
    const result = DocumentResult.parse(await processFile(join(BAD_DIR, 'scanned.pdf'), config({ mode: 'off' })));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'no-text-layer' } });
    expect(result.source.ocr).toBeUndefined();
  });

  it('a page too large to render even at 100 dpi fails with too-large before anything is rendered', async () => {
    const result = DocumentResult.parse(await processFile(await picturePdf(1, [14_400, 14_400]), config()));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'too-large' } });
    expect(result.error?.message).toMatch(/Sidan 1 är 5080 × 5080 mm.*ocr\.maxPagePixels/);
  });

  it('more scanned pages than ocr.maxPages fail with too-large before any is read', async () => {
    const result = DocumentResult.parse(await processFile(await picturePdf(120, [595, 842]), config()));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'too-large' } });
    expect(result.error?.message).toMatch(/120 skannade sidor att tolka med OCR, över gränsen 100.*ocr\.maxPages/);
  });

  it('a 2 000-page scan fails with too-large at once (limits.maxPages)', async () => {
    const result = DocumentResult.parse(await processFile(await picturePdf(2000, [595, 842]), config()));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'too-large' } });
    expect(result.error?.message).toMatch(/2000 sidor, över gränsen 500/);
  });

  it(
    'a page over its own time limit stops the OCR with timeout, saying the limit counts per page',
    async () => {
      const result = DocumentResult.parse(await processFile(join(BAD_DIR, 'scanned.pdf'), config({ pageTimeoutMs: 1 })));
      expect(result).toMatchObject({ status: 'failed', error: { code: 'timeout' } });
      expect(result.error?.message).toMatch(/OCR av sidan 1 tog längre tid än 1 ms.*per OCR-tolkad sida: ocr\.pageTimeoutMs/);
    },
    OCR_TEST_MS,
  );

  it("a .docx whose only content is a pasted scan is read, with a warning that pictures in a .docx are not OCR'd", async () => {
    const result = DocumentResult.parse(await processFile(join(DOCS_DIR, 'scanned', 'slutrapport-pasted-scan.docx'), config()));
    expect(result).toMatchObject({ status: 'ok', kind: 'unknown', record: null, findings: [] });
    expect(result.warnings).toEqual([
      {
        code: 'image-only-docx',
        type: 'warning',
        message: expect.stringMatching(/^Dokumentet är en bild med nästan ingen text \(en inklistrad skanning\?\); bilder i en \.docx läses inte med OCR/),
        position: null,
      },
    ]);
  });
});
