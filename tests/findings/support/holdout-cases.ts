/**
 * A hold-out case of a round's made-up reports (fixtures/build/report-columns/): what its result
 * must give — its kind, each finding with what it concerns, figures of the record — and the report
 * drawn by pdfkit without borders, as a third reading beside the committed .docx and PDF.
 */
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportColumnsCase } from '../../../fixtures/build/report-columns/cases.js';
import { Flow } from '../../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../../fixtures/build/pdf/pdfkit-canvas.js';
import { processFile } from '../../../pipeline/process-file.js';
import { PipelineConfig } from '../../../schemas/config.js';
import type { DocumentResult } from '../../../schemas/result.js';
import { processReport, reportFolder } from './report-files.js';

/**
 * Each finding as "ruleId subject": the cost row, "Summa" (a cost table's or a table of insatser's),
 * a subtotal, the insats, the driftredovisning's row, or the row or column of a table split by funder
 * it concerns.
 */
function concerns(result: DocumentResult): string[] {
  return result.findings.map((finding) => {
    const data = finding.data as {
      subject?: string;
      category?: string;
      intervention?: string;
      activity?: string;
      costRow?: string;
      operatingRow?: string;
      subtotal?: string;
      row?: string;
      column?: string;
    };
    const about =
      data.subject === 'budget-total' || data.subject === 'intervention-total'
        ? 'Summa'
        : data.subject === 'funding-row'
          ? data.row
          : data.subject === 'funding-column'
            ? data.column
            : (data.subtotal ?? data.costRow ?? data.category ?? data.intervention ?? data.activity ?? data.operatingRow);
    return about === undefined ? finding.ruleId : `${finding.ruleId} ${about}`;
  });
}

function figureAt(record: unknown, path: string): number | null {
  let value: unknown = record;
  for (const key of path.split('.')) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[key];
  const sek = (value as { sek?: unknown } | null | undefined)?.sek;
  return typeof sek === 'number' ? sek : null;
}

function expectCase(result: DocumentResult, report: Pick<ReportColumnsCase, 'kind' | 'findings'> & { figures: { path: string; sek: number | null }[] }): void {
  expect(result).toMatchObject({ status: 'ok', kind: report.kind });
  expect(concerns(result)).toEqual(report.findings);
  expect(report.figures.map(({ path }) => ({ path, sek: figureAt(result.record, path) }))).toEqual(report.figures);
}

/**
 * The report drawn by pdfkit: its lines, the heading line in plain type, the table without borders;
 * a header set apart as a bold row and a gap; the tables after it, each under its title.
 */
async function drawn(report: ReportColumnsCase): Promise<Uint8Array> {
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  for (const line of report.opening) flow.paragraph(line, { size: 10 }, { spaceAfter: 8 });
  flow.paragraph(report.heading, { size: 12, bold: true }, { spaceAfter: 6 });
  if (report.headingLine !== undefined) flow.paragraph(report.headingLine, { size: 10 }, { spaceAfter: 4 });
  // Columns as wide as the page's 471 points of text allow.
  const figures = (report.rows[0]?.length ?? 2) - 1;
  const figure = Math.min(80, Math.floor((471 - 130) / figures) - 12);
  const columns = [
    { x: 0, width: 130 },
    ...Array.from({ length: figures }, (_, index) => ({ x: 142 + index * (figure + 12), width: figure, align: 'right' as const })),
  ];
  const [header = [], ...rest] = report.rows;
  if (report.headerApart) {
    flow.table([header], columns, { size: 10 }, { boldFirstRow: true });
    flow.space(14);
    flow.table(rest, columns, { size: 10 });
  } else flow.table(report.rows, columns, { size: 10 }, { boldFirstRow: report.headingLine === undefined });
  for (const after of report.tablesAfter ?? []) {
    flow.paragraph(after.heading, { size: 12, bold: true }, { spaceAfter: 6 });
    flow.table(after.rows, columns, { size: 10 }, { boldFirstRow: true });
  }
  return canvas.finish();
}

/**
 * A round's hold-out: each case as its committed .docx, as LibreOffice's PDF of it (in `dir`) and as
 * a pdfkit drawing gives exactly the findings it lists, and the figures.
 */
export function describeHoldout(title: string, cases: readonly ReportColumnsCase[], dir: string): void {
  const folder = reportFolder(basename(dir));
  const named = cases.map((report) => [report.name, report] as const);
  describe(title, () => {
    it.each(named.flatMap(([name, report]) => (['docx', 'pdf'] as const).map((ext) => [`${name}.${ext}`, report] as const)))(
      '%s, as committed',
      async (file, report) => {
        const expected = file.endsWith('.pdf') && report.missedInPdf ? { ...report, ...report.missedInPdf } : report;
        expectCase(await processFile(join(dir, file), PipelineConfig.parse({})), expected);
      },
    );

    it.each(named)('%s, drawn by pdfkit without borders', async (name, report) => {
      // A miss of the one run stays as it read, so the test fails when the reading changes either way.
      const expected = report.missedWhenDrawn ? { ...report, ...report.missedWhenDrawn } : report;
      expectCase(await processReport(folder(), name, 'pdf', await drawn(report)), expected);
    });
  });
}
