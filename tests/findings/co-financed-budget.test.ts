/**
 * A project's own final report, on no template, whose budget holds every funder's money: the
 * förbund's grant and the kommun's co-financing. Read as .docx (a Word table) and as PDF (a
 * borderless pdfkit table) by the real pipeline, it gives exactly the findings listed: none for a
 * budget over the förbund's grant, one for a Summa that is not its rows' sum. Its insats is named
 * by its title, as the record's `intervention.name`.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, p, table, text } from '../../fixtures/build/docx/index.js';
import { Flow } from '../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../fixtures/build/pdf/pdfkit-canvas.js';
import { inFormats, processReport, reportFolder } from './support/report-files.js';

const OPENING = [
  'Slutrapport',
  'Projekt Exempelsteget',
  'Samordningsförbundet Exempelbygden',
  'Projektet har pågått 2019-01-01 – 2020-12-31 och har haft 64 deltagare, varav 30 kvinnor och 34 män.',
  'Beviljade medel från samordningsförbundet: 800 000 kr',
  'Ekonomi',
  'Projektet har finansierats av samordningsförbundet (800 000 kr) och Exempelby kommun (400 000 kr).',
];

const ROWS = (summa: string): string[][] => [
  ['Kostnadsslag', 'Budget', 'Utfall'],
  ['Personal', '1 000 000', '980 000'],
  ['Lokaler', '120 000', '118 000'],
  ['Övrigt', '80 000', '52 000'],
  ['Summa', '1 200 000', summa],
];

const CASES: [string, string, string[]][] = [
  ['its rows add up', '1 150 000', []],
  ['its Summa utfall is not its rows', '1 050 000', ['outcome-total-mismatch']],
];

async function docx(rows: string[][]): Promise<Uint8Array> {
  const body = [...OPENING.map((line) => p(text(line))), table(rows.map((row) => row.map((cell) => text(cell))))];
  return new Uint8Array(await buildDocx({ title: 'Dokument', author: 'Projekt', body }));
}

async function pdf(rows: string[][]): Promise<Uint8Array> {
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  for (const line of OPENING) flow.paragraph(line, { size: 10 }, { spaceAfter: 8 });
  const columns = [
    { x: 0, width: 200 },
    { x: 220, width: 90, align: 'right' as const },
    { x: 330, width: 90, align: 'right' as const },
  ];
  flow.table(rows, columns, { size: 10 }, { boldFirstRow: true });
  return canvas.finish();
}

const folder = reportFolder('co-financed');

describe("a co-financed project's budget over the förbund's grant, on no template: the findings it gives, exactly", () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, summa, findings) => {
    const result = await processReport(folder(), name, format, format === 'docx' ? await docx(ROWS(summa)) : await pdf(ROWS(summa)));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const record = result.record as {
      template: unknown;
      intervention: { name: string | null; granted: { sek: number } | null };
      evidence: Record<string, { text: string }>;
    };
    expect(record.template).toBeNull();
    expect(record.intervention.granted?.sek).toBe(800_000);
    // No form field names the insats: its title does.
    expect(record.intervention.name).toBe('Exempelsteget');
    expect(record.evidence['intervention.name']?.text).toContain('Projekt Exempelsteget');
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
