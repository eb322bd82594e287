/**
 * A kansli's page for a final report whose cost table gives a column per year: the summary shows
 * each year's Summa budget and utfall beside the whole period's, which the table may not give; for
 * costs given as a table per year, the last Summa as the last table's, not the whole's; and each
 * subtotal as written; and for a cost table split by funder, each funder's Summa and the total's.
 */
import { describe, expect, it } from 'vitest';
import { reportPage } from '../../pipeline/html/report-page.js';
import { FINAL_REPORT_OPENING, processReport, reportDocx, reportFolder } from '../findings/support/report-files.js';

const YEARS_ONLY = [
  ['Kostnadsslag', 'Budget 2021', 'Utfall 2021', 'Budget 2022', 'Utfall 2022'],
  ['Personal', '450 000', '440 000', '450 000', '440 000'],
  ['Summa', '450 000', '440 000', '450 000', '440 000'],
];

const folder = reportFolder('report-page-years');

/** The summary's terms and their values, as text. */
function summaryOf(html: string): [string, string][] {
  const list = /<dl class="summary">([\s\S]*?)<\/dl>/u.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/gu)].map((match) => [
    match[1]?.trim() ?? '',
    (match[2] ?? '').replace(/\s+/gu, ' ').trim(),
  ]);
}

/** The page of a final report, as a kansli reads it. */
function pageOf(result: Parameters<typeof reportPage>[0]['result']): string {
  return reportPage({
    result,
    title: 'Projekt Exempelsteget',
    pictures: new Map(),
    indexHref: '../index.html',
    receivedAt: '2026-12-01T10:00:00Z',
    lang: 'sv',
    redacted: false,
  });
}

describe("the report page's summary of a cost table per year", () => {
  it("names the last Summa of tables one per year as the last table's", async () => {
    const year = (summa: string) => [
      ['Kostnadsslag', 'Budget', 'Utfall'],
      ['Personal', '300 000', summa],
      ['Summa', '300 000', summa],
    ];
    const tables = [
      { heading: 'Kostnader 2021', rows: year('290 000') },
      { heading: 'Kostnader 2022', rows: year('310 000') },
    ];
    const result = await processReport(folder(), 'tables page', 'docx', await reportDocx(FINAL_REPORT_OPENING, tables));
    const terms = summaryOf(pageOf(result)).filter(([term]) => term.startsWith('Budget') || term.startsWith('Utfall'));
    expect(terms).toEqual([
      ['Budget, summa i den sista tabellen', '300 000'],
      ['Utfall, summa i den sista tabellen', '310 000'],
      // The first year's Summa, a subtotal of the whole.
      ['Budget, Summa', '300 000'],
      ['Utfall, Summa', '290 000'],
    ]);
  });

  it('lists each subtotal as written, escaped', async () => {
    const rows = [
      ['Kostnadsslag', 'Budget', 'Utfall'],
      ['Lön', '300 000', '290 000'],
      ['Summa <personal>', '300 000', '290 000'],
      ['Lokaler', '50 000', '50 000'],
      ['Summa', '350 000', '340 000'],
    ];
    const result = await processReport(folder(), 'subtotals page', 'docx', await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomi', rows }]));
    const terms = summaryOf(pageOf(result)).filter(([term]) => term.startsWith('Budget') || term.startsWith('Utfall'));
    expect(terms).toEqual([
      ['Budget, summa', '350 000'],
      ['Utfall, summa', '340 000'],
      ['Budget, Summa &lt;personal&gt;', '300 000'],
      ['Utfall, Summa &lt;personal&gt;', '290 000'],
    ]);
  });

  it("lists each funder's Summa and the total's of a table split by funder", async () => {
    const rows = [
      ['Kostnadsslag', 'Förbundet', 'Norrby kommun', 'Totalt'],
      ['Personal', '400 000', '100 000', '500 000'],
      ['Summa', '400 000', '100 000', '500 000'],
    ];
    const result = await processReport(folder(), 'funders page', 'docx', await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Finansiering', rows }]));
    expect(summaryOf(pageOf(result)).filter(([term]) => term.startsWith('Finansiering'))).toEqual([
      ['Finansiering, Förbundet', '400 000'],
      ['Finansiering, Norrby kommun', '100 000'],
      ['Finansiering, Totalt', '500 000'],
    ]);
  });

  it("lists each year's Summa budget and utfall, in Swedish", async () => {
    const result = await processReport(
      folder(),
      'years page',
      'docx',
      await reportDocx(FINAL_REPORT_OPENING, [{ heading: 'Ekonomisk redovisning', rows: YEARS_ONLY }]),
    );
    const terms = summaryOf(pageOf(result)).filter(([term]) => term.startsWith('Budget') || term.startsWith('Utfall'));
    expect(terms.filter(([term]) => /\d{4}$/u.test(term))).toEqual([
      ['Budget, summa 2021', '450 000'],
      ['Utfall, summa 2021', '440 000'],
      ['Budget, summa 2022', '450 000'],
      ['Utfall, summa 2022', '440 000'],
    ]);
  });
});
