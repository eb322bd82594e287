/**
 * An annual report whose statements are given in brief — totals whose rows it does not show, as a
 * web summary, an interim report or the förvaltningsberättelse's overview gives them. Read as .docx
 * (Word tables, or one table holding both with the second's title as a row) and as PDF (borderless
 * pdfkit tables one under the other, which the PDF reader reads as one) by the real pipeline, it
 * gives each statement its own rows and exactly the findings listed: none where its totals agree,
 * one where a total is not the totals above it.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, p, table, text } from '../../fixtures/build/docx/index.js';
import { inFormats, processReport, reportDocx, reportFolder, reportPdf, type TitledTable } from './support/report-files.js';

const OPENING = [
  'Årsredovisning 2020',
  'Samordningsförbundet Exempelbygden',
  'Förvaltningsberättelse',
  'Samordningsförbundet Exempelbygden bildades 2008 enligt lagen om finansiell samordning av rehabiliteringsinsatser. Förbundet har under året finansierat sju insatser.',
];

const INCOME = (costs: string): string[][] => [
  ['Resultaträkning i sammandrag (tkr)', '2020', '2019'],
  ['Summa intäkter', '10 240', '9 980'],
  ['Summa kostnader', costs, '−10 120'],
  ['Årets resultat', '512', '−140'],
];

const BALANCE: string[][] = [
  ['Balansräkning i sammandrag (tkr)', '2020-12-31', '2019-12-31'],
  ['Summa tillgångar', '4 833', '4 410'],
  ['Eget kapital', '3 712', '3 200'],
  ['Summa skulder', '1 121', '1 210'],
  ['Summa eget kapital och skulder', '4 833', '4 410'],
];

const CASES: [string, string, string[]][] = [
  ['its totals agree', '−9 728', []],
  ['its result is not its totals', '−9 628', ['statement-sum-mismatch']],
];

/** Both statements in one Word table, the balance sheet's title a row of its own. */
async function docxOneTable(tables: TitledTable[]): Promise<Uint8Array> {
  const rows = tables.flatMap((titled, index) => (index === 0 ? titled.rows : [[titled.heading ?? '', '', ''], ...titled.rows]));
  const body = [...OPENING.map((line) => p(text(line))), p(text(tables[0]?.heading ?? '')), table(rows.map((row) => row.map((cell) => text(cell))))];
  return new Uint8Array(await buildDocx({ title: 'Dokument', author: 'Förbundet', body }));
}

const BUILD = {
  docx: (tables: TitledTable[]) => reportDocx(OPENING, tables),
  'docx-one-table': docxOneTable,
  pdf: (tables: TitledTable[]) => reportPdf(OPENING, tables),
} as const;

const folder = reportFolder('statements-in-brief');

describe('statements in brief: the findings an annual report gives, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'docx-one-table', 'pdf'] as const))('%s (%s)', async (name, format, costs, findings) => {
    const tables = [
      { heading: 'Resultaträkning', rows: INCOME(costs) },
      { heading: 'Balansräkning', rows: BALANCE },
    ];
    const processed = await processReport(folder(), name, format, await BUILD[format](tables));
    expect(processed).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const record = processed.record as { statements: { income: { rows: { label: string }[] } | null; balance: { rows: { label: string }[] } | null } };
    // Both statements are read, each with its own rows, so that no finding is for want of one.
    expect(record.statements.income?.rows.map((row) => row.label)).toEqual(
      INCOME(costs)
        .slice(1)
        .map((row) => row[0]),
    );
    expect(record.statements.balance?.rows.map((row) => row.label)).toEqual(BALANCE.slice(1).map((row) => row[0]));
    expect(processed.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
