/**
 * The round's hold-out (fixtures/docs/final-report-tables/, made by fixtures/build/final-report-tables/):
 * final reports whose cost or participants table sets columns beside the usual ones, in wordings
 * and figures the round's other tests do not use — "Differens mot budget", "Återstår (kr)",
 * "Förbrukat i procent", "Ursprunglig budget | Justerad budget | … | Prognos helår | Avvikelse",
 * "Kvar att använda" in tkr, "Vill ej uppge". Each as the .docx, as LibreOffice's PDF of it (both
 * committed) and as a pdfkit PDF without borders, gives exactly the findings its case lists.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINAL_REPORT_TABLE_CASES, type FinalReportTableCase } from '../../fixtures/build/final-report-tables/cases.js';
import { FINAL_REPORT_TABLES_DIR } from '../../fixtures/build/final-report-tables/main.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';
import type { DocumentResult } from '../../schemas/result.js';
import { processReport, reportFolder, reportPdf } from './support/report-files.js';

function concerns(result: DocumentResult): string[] {
  return result.findings.map((finding) => {
    const data = finding.data as { subject?: string; category?: string; costRow?: string };
    const about = data.costRow ?? (data.subject === 'budget-total' ? 'Summa' : data.subject === 'cost-row' ? data.category : undefined);
    return about === undefined ? finding.ruleId : `${finding.ruleId} ${about}`;
  });
}

function expectCase(result: DocumentResult, report: FinalReportTableCase): void {
  expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
  expect(concerns(result)).toEqual(report.findings);
  if (report.participants) expect((result.record as { participants: unknown }).participants).toMatchObject(report.participants);
}

const folder = reportFolder('final-report-tables');
const cases = FINAL_REPORT_TABLE_CASES.map((report) => [report.name, report] as const);

describe('final reports with columns beside budget, utfall and the genders (hold-out)', () => {
  it.each(cases.flatMap(([name, report]) => (['docx', 'pdf'] as const).map((ext) => [`${name}.${ext}`, report] as const)))(
    '%s, as committed',
    async (file, report) => {
      expectCase(await processFile(join(FINAL_REPORT_TABLES_DIR, file), PipelineConfig.parse({})), report);
    },
  );

  it.each(cases)('%s, drawn by pdfkit without borders', async (name, report) => {
    // Columns as wide as the page's 471 points of text allow, the headings set bold.
    const figures = (report.rows[0]?.length ?? 2) - 1;
    const narrow = { label: 120, figure: Math.min(80, Math.floor((471 - 120) / figures) - 15), plainHeader: false };
    const bytes = await reportPdf([...report.opening, report.heading], [{ heading: null, rows: report.rows, narrow }]);
    expectCase(await processReport(folder(), name, 'pdf', bytes), report);
  });
});
