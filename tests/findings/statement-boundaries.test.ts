/**
 * Where a statement's table ends: the notes after it ("Noter", "Not 1 Verksamhetens intäkter" over a
 * table headed "Belopp i tkr | 2021 | 2020"), the changes in eget kapital, and a balance sheet that
 * heads its second half with the closing days again. Read as .docx (Word tables under plain
 * paragraphs, or all typed into one table) and as PDF (borderless pdfkit tables under plain lines,
 * which the PDF reader may join into one table, also across a page break) by the real pipeline: the
 * statement keeps its own rows only, a header's years are no amounts, and the findings are exactly
 * those listed.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, p, table, text } from '../../fixtures/build/docx/index.js';
import { Flow } from '../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../fixtures/build/pdf/pdfkit-canvas.js';
import { ANNUAL_REPORT_OPENING, inFormats, processReport, reportFolder } from './support/report-files.js';

type Rows = string[][];
/** A line of text, a table, or the start of a new page. */
type Part = string | Rows | 'page break';

const INCOME = (result: string): Rows => [
  ['Resultaträkning (tkr)', 'Not', '2021', '2020'],
  ['Verksamhetens intäkter', '1', '4 000', '3 900'],
  ['Verksamhetens kostnader', '2', '-3 650', '-4 100'],
  ['Verksamhetens nettokostnader', '', '350', '-200'],
  ['Finansiella intäkter', '', '0', '0'],
  ['Årets resultat', '', result, '-200'],
];

const NOTES: Part[] = [
  'page break',
  'Noter',
  'Not 1 Verksamhetens intäkter',
  [
    ['Belopp i tkr', '2021', '2020'],
    ['Medlemsavgift Försäkringskassan', '2 000', '1 950'],
    ['Medlemsavgift Region', '1 000', '975'],
    ['Medlemsavgift kommunerna', '1 000', '975'],
    ['Summa', '4 000', '3 900'],
  ],
  'Not 2 Verksamhetens kostnader',
  [
    ['Belopp i tkr', '2021', '2020'],
    ['Insatser', '2 700', '3 200'],
    ['Personal', '600', '550'],
    ['Övriga kostnader', '350', '350'],
    ['Summa', '3 650', '4 100'],
  ],
];

const EQUITY_CHANGES: Part[] = [
  [
    ['Förändring av eget kapital', '2021', '2020'],
    ['Ingående eget kapital', '1 000', '1 200'],
    ['Årets resultat', '350', '-200'],
    ['Utgående eget kapital', '1 350', '1 000'],
  ],
];

const BALANCE = (total: string): Rows => [
  ['Balansräkning (tkr)', 'Not', '2021-12-31', '2020-12-31'],
  ['Tillgångar', '', '', ''],
  ['Kortfristiga fordringar', '3', '250', '300'],
  ['Kassa och bank', '', '1 350', '1 000'],
  ['Summa tillgångar', '', '1 600', '1 300'],
  ['Eget kapital och skulder', '', '2021-12-31', '2020-12-31'],
  ['Eget kapital', '', '1 350', '1 000'],
  ['Kortfristiga skulder', '4', '250', '300'],
  ['Summa eget kapital och skulder', '', total, '1 300'],
];

const INCOME_LABELS = INCOME('350')
  .slice(1)
  .map((row) => row[0]);
const BALANCE_LABELS = BALANCE('1 600')
  .slice(1)
  .map((row) => row[0])
  .filter((label) => label !== 'Eget kapital och skulder');

const CASES: [string, Part[], { income?: (string | undefined)[]; balance?: (string | undefined)[] }, string[]][] = [
  ['a resultaträkning, then its notes', [INCOME('350'), ...NOTES], { income: INCOME_LABELS }, []],
  ['…its result off', [INCOME('450'), ...NOTES], { income: INCOME_LABELS }, ['statement-sum-mismatch']],
  ['a resultaträkning, then the changes in eget kapital', [INCOME('350'), ...EQUITY_CHANGES], { income: INCOME_LABELS }, []],
  ['a balance sheet that heads its second half with the days again', [BALANCE('1 600')], { balance: BALANCE_LABELS }, []],
  ['…not balancing', [BALANCE('1 700')], { balance: BALANCE_LABELS }, ['balance-sheet-mismatch', 'statement-sum-mismatch']],
];

async function docx(parts: Part[]): Promise<Uint8Array> {
  const body = [...ANNUAL_REPORT_OPENING, ...parts].flatMap((part) =>
    part === 'page break' ? [] : typeof part === 'string' ? [p(text(part))] : [table(part.map((row) => row.map((cell) => text(cell))))],
  );
  return new Uint8Array(await buildDocx({ title: 'Dokument', author: 'Förbundet', body }));
}

/** Every table and line after the opening typed into one Word table, a line as a row of its own. */
async function docxOneTable(parts: Part[]): Promise<Uint8Array> {
  const rows = parts.flatMap((part) => (part === 'page break' ? [] : typeof part === 'string' ? [[part, '', '', '']] : part));
  const body = [...ANNUAL_REPORT_OPENING.map((line) => p(text(line))), table(rows.map((row) => row.map((cell) => text(cell))))];
  return new Uint8Array(await buildDocx({ title: 'Dokument', author: 'Förbundet', body }));
}

/** Plain lines and borderless tables, each table's first row bold, in one flow: as a word processor's PDF sets them. */
async function pdf(parts: Part[]): Promise<Uint8Array> {
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  for (const part of [...ANNUAL_REPORT_OPENING, ...parts]) {
    if (part === 'page break') flow.pageBreak();
    else if (typeof part === 'string') flow.paragraph(part, { size: 10 }, { spaceAfter: 6 });
    else {
      const figures = part[0]!.length - 1;
      const columns = [{ x: 0, width: 200 }, ...Array.from({ length: figures }, (_, index) => ({ x: 215 + index * 95, width: 80, align: 'right' as const }))];
      flow.table(part, columns, { size: 10 }, { boldFirstRow: true });
    }
  }
  return canvas.finish();
}

const BUILD = { docx, 'docx-one-table': docxOneTable, pdf } as const;

const folder = reportFolder('statement-boundaries');

describe('where a statement ends: the rows it keeps and the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'docx-one-table', 'pdf'] as const))('%s (%s)', async (name, format, parts, labels, findings) => {
    const result = await processReport(folder(), name, format, await BUILD[format](parts));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const statements = (result.record as { statements: Record<'income' | 'balance', { rows: { label: string }[] } | null> }).statements;
    if (labels.income) expect(statements.income?.rows.map((row) => row.label)).toEqual(labels.income);
    if (labels.balance) expect(statements.balance?.rows.map((row) => row.label)).toEqual(labels.balance);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
