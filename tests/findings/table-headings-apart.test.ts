/**
 * Tables whose column headings stand apart from them — a final report's cost table, an annual
 * report's table of insatser, a table of people by gender: typed on a line over a table without a
 * header ("Kostnadsslag Budget Utfall", "Kvinnor Män Totalt"), or a header row set off by a gap — a
 * Word table of its own in the .docx, a bold line over the rows in the PDF, which its reader takes
 * for a line of text. Read by the real pipeline as .docx and as PDF (pdfkit, borderless), each gives
 * its rows and exactly the findings listed; a line that is no header of the table (a sentence,
 * headings of another table, fewer headings than columns) leaves it unread, as before.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, p, table, text } from '../../fixtures/build/docx/index.js';
import { Flow } from '../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../fixtures/build/pdf/pdfkit-canvas.js';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, inFormats, processReport, reportFolder } from './support/report-files.js';

/** The headings as a line of text over the table, or as a header row set apart from it. */
type Headings = { line: string } | { row: string[] };

async function headedApartDocx(opening: string[], headings: Headings, rows: string[][]): Promise<Uint8Array> {
  const cells = (row: string[]) => row.map((cell) => text(cell));
  const header = 'line' in headings ? [p(text(headings.line))] : [table([cells(headings.row)])];
  const body = [...opening.map((line) => p(text(line))), ...header, table(rows.map(cells))];
  return new Uint8Array(await buildDocx({ title: 'Dokument', author: 'Förbundet', body }));
}

const LABEL_WIDTH = 200;
const FIGURE_WIDTH = 80;
const GAP = 15;

async function headedApartPdf(opening: string[], headings: Headings, rows: string[][]): Promise<Uint8Array> {
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  for (const line of opening) flow.paragraph(line, { size: 10 }, { spaceAfter: 8 });
  const figures = rows.reduce((most, row) => Math.max(most, row.length - 1), 0);
  const columns = [
    { x: 0, width: LABEL_WIDTH },
    ...Array.from({ length: figures }, (_, index) => ({ x: LABEL_WIDTH + GAP + index * (FIGURE_WIDTH + GAP), width: FIGURE_WIDTH, align: 'right' as const })),
  ];
  if ('line' in headings) flow.paragraph(headings.line, { size: 10 }, { spaceAfter: 4 });
  else {
    flow.table([headings.row], columns, { size: 10 }, { boldFirstRow: true });
    flow.space(14);
  }
  flow.table(rows, columns, { size: 10 });
  return canvas.finish();
}

const FINAL_REPORT = [...FINAL_REPORT_OPENING, 'Ekonomisk redovisning'];

const COSTS = (outcomeSumma: string): string[][] => [
  ['Personal', '800 000', '790 000'],
  ['Lokaler', '200 000', '210 000'],
  ['Summa', '1 000 000', outcomeSumma],
];

/** Utfall first, then budget and an avvikelse; Lokaler's as given. */
const OUTCOME_FIRST = (lokaler: string): string[][] => [
  ['Personal', '790 000', '800 000', '10 000'],
  ['Lokaler', '210 000', '200 000', lokaler],
  ['Summa', '1 000 000', '1 000 000', '0'],
];

/** Two years' budget and utfall; the 2021 Summa utfall as given. */
const PER_YEAR = (summa2021: string): string[][] => [
  ['Personal', '400 000', '390 000', '400 000', '400 000'],
  ['Lokaler', '100 000', '100 000', '100 000', '110 000'],
  ['Summa', '500 000', '490 000', '500 000', summa2021],
];

/** The whole period's budget and utfall and the share spent; Lokaler's share as given. */
const SHARES = (lokaler: string): string[][] => [
  ['Personal', '800 000', '790 000', '99 %'],
  ['Lokaler', '200 000', '210 000', lokaler],
  ['Övrigt', '100 000', '50 000', '50 %'],
  ['Summa', '1 100 000', '1 050 000', '95 %'],
];

const FINAL_REPORT_CASES: [string, Headings, string[][], string[], string[]][] = [
  [
    'the headings on a line, the Summa utfall off',
    { line: 'Kostnadsslag Budget Utfall' },
    COSTS('1 010 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  ['the headings on a line, the costs adding up', { line: 'Kostnadsslag Budget Utfall' }, COSTS('1 000 000'), ['Personal', 'Lokaler'], []],
  [
    'utfall first on a line of no cost heading, one avvikelse off',
    { line: 'Utfall Budget Avvikelse' },
    OUTCOME_FIRST('-30 000'),
    ['Personal', 'Lokaler'],
    ['budget-deviation-mismatch'],
  ],
  ['…every avvikelse right', { line: 'Utfall Budget Avvikelse' }, OUTCOME_FIRST('-10 000'), ['Personal', 'Lokaler'], []],
  [
    'a line of headings per year, one year’s Summa off',
    { line: 'Kostnad Budget 2020 Utfall 2020 Budget 2021 Utfall 2021' },
    PER_YEAR('520 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  [
    'the whole period’s headings and the share spent, one share off',
    { line: 'Total budget Totalt utfall Förbrukat i %' },
    SHARES('95 %'),
    ['Personal', 'Lokaler', 'Övrigt'],
    ['percentage-mismatch'],
  ],
  ['…every share right', { line: 'Total budget Totalt utfall Förbrukat i %' }, SHARES('105 %'), ['Personal', 'Lokaler', 'Övrigt'], []],
  [
    'a header row set apart, the Summa utfall off',
    { row: ['Kostnadsslag', 'Budget', 'Utfall'] },
    COSTS('1 010 000'),
    ['Personal', 'Lokaler'],
    ['outcome-total-mismatch'],
  ],
  ['a sentence over the table: not its header', { line: 'Tabellen visar budget och utfall' }, COSTS('1 010 000'), [], []],
  ['fewer headings than the table has figure columns: not read', { line: 'Budget Utfall' }, OUTCOME_FIRST('-30 000'), [], []],
  [
    'the headings of a table of participants',
    { line: 'Kvinnor Män Totalt' },
    [
      ['Inskrivna', '20', '25', '45'],
      ['Till arbete', '5', '6', '11'],
    ],
    [],
    [],
  ],
];

const folder = reportFolder('table-headings-apart');

async function headedApart(format: 'docx' | 'pdf', opening: string[], headings: Headings, rows: string[][]): Promise<Uint8Array> {
  return format === 'docx' ? headedApartDocx(opening, headings, rows) : headedApartPdf(opening, headings, rows);
}

describe('a final report’s cost table headed apart: its rows and the findings, exactly', () => {
  it.each(inFormats(FINAL_REPORT_CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, headings, rows, categories, findings) => {
    const result = await processReport(folder(), name, format, await headedApart(format, FINAL_REPORT, headings, rows));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const budget = (result.record as { budget: { rows: { category: string }[] } }).budget;
    expect(budget.rows.map((row) => row.category)).toEqual(categories);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(['docx', 'pdf'] as const)('reads each column by its heading, utfall first (%s)', async (format) => {
    const result = await processReport(
      folder(),
      'utfall first',
      format,
      await headedApart(format, FINAL_REPORT, { line: 'Utfall Budget Avvikelse' }, OUTCOME_FIRST('-10 000')),
    );
    const [personal] = (result.record as { budget: { rows: { budget: { text: string }; outcome: { text: string }; deviation: { text: string } }[] } }).budget
      .rows;
    expect({ budget: personal?.budget.text, outcome: personal?.outcome.text, deviation: personal?.deviation.text }).toEqual({
      budget: '800 000',
      outcome: '790 000',
      deviation: '10 000',
    });
  });
});

const ANNUAL_REPORT = [...ANNUAL_REPORT_OPENING, 'Insatser under året'];

/** Two insatser's budget, utfall and avvikelse; Nya vägar's avvikelse and the Summa utfall as given. */
const INSATSER = (nyaVagar: string, outcomeSumma: string): string[][] => [
  ['Steget vidare', '1 000 000', '900 000', '100 000'],
  ['Nya vägar', '500 000', '450 000', nyaVagar],
  ['Summa', '1 500 000', outcomeSumma, '150 000'],
];

const ANNUAL_REPORT_CASES: [string, Headings, string[][], string[], string[]][] = [
  [
    'the headings on a line, one avvikelse off',
    { line: 'Insats Budget Utfall Avvikelse' },
    INSATSER('70 000', '1 350 000'),
    ['Steget vidare', 'Nya vägar'],
    ['budget-deviation-mismatch'],
  ],
  ['…adding up', { line: 'Insats Budget Utfall Avvikelse' }, INSATSER('50 000', '1 350 000'), ['Steget vidare', 'Nya vägar'], []],
  [
    'a header row set apart, the Summa utfall off',
    { row: ['Insats', 'Budget', 'Utfall', 'Avvikelse'] },
    INSATSER('50 000', '1 400 000'),
    ['Steget vidare', 'Nya vägar'],
    ['aggregate-mismatch'],
  ],
  [
    'a line over one figure column: the figures may be counts, not read',
    { line: 'Insatser 2023' },
    [
      ['Steget vidare', '45'],
      ['Nya vägar', '30'],
    ],
    [],
    [],
  ],
];

describe('an annual report’s table of insatser headed apart: its insatser and the findings, exactly', () => {
  it.each(inFormats(ANNUAL_REPORT_CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, headings, rows, insatser, findings) => {
    const result = await processReport(folder(), `annual ${name}`, format, await headedApart(format, ANNUAL_REPORT, headings, rows));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const interventions = (result.record as { interventions: { name: string }[] }).interventions;
    expect(interventions.map((intervention) => intervention.name)).toEqual(insatser);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

/** Inskrivna's total as given. */
const PARTICIPANTS = (inskrivna: string): string[][] => [
  ['Inskrivna', '20', '25', inskrivna],
  ['Till arbete eller studier', '5', '6', '11'],
];

/** Each insats's participants, Nya vägar's total as given. */
const PER_INSATS = (nyaVagar: string): string[][] => [
  ['Steget vidare', '20', '25', '45'],
  ['Nya vägar', '5', '6', nyaVagar],
];

const PER_YEAR_COUNTS = (total2023: string): string[][] => [
  ['2023', '20', '25', total2023],
  ['2022', '15', '16', '31'],
];

const GENDER_CASES: [string, string[], Headings, string[][], string[]][] = [
  ['a final report’s genders on a line, a total off', FINAL_REPORT, { line: 'Kvinnor Män Totalt' }, PARTICIPANTS('47'), ['gender-sum-mismatch']],
  [
    'a final report’s genders on a line after what the rows are, a total off',
    FINAL_REPORT,
    { line: 'Deltagare Kvinnor Män Totalt' },
    PARTICIPANTS('47'),
    ['gender-sum-mismatch'],
  ],
  [
    'a final report’s genders in a header row set apart, a total off',
    FINAL_REPORT,
    { row: ['Deltagare', 'Kvinnor', 'Män', 'Totalt'] },
    PARTICIPANTS('47'),
    ['gender-sum-mismatch'],
  ],
  ['a final report’s genders in a header row set apart, adding up', FINAL_REPORT, { row: ['Deltagare', 'Kvinnor', 'Män', 'Totalt'] }, PARTICIPANTS('45'), []],
  [
    'an annual report’s insatser by gender on a line, a total off',
    ANNUAL_REPORT,
    { line: 'Insats Kvinnor Män Totalt' },
    PER_INSATS('13'),
    ['gender-sum-mismatch'],
  ],
  [
    'an annual report’s insatser by gender in a header row set apart, a total off',
    ANNUAL_REPORT,
    { row: ['Insats', 'Kvinnor', 'Män', 'Totalt'] },
    PER_INSATS('13'),
    ['gender-sum-mismatch'],
  ],
  ['…adding up', ANNUAL_REPORT, { line: 'Insats Kvinnor Män Totalt' }, PER_INSATS('11'), []],
  [
    'an annual report’s years by gender on a line, a total off',
    ANNUAL_REPORT,
    { line: 'År Kvinnor Män Totalt' },
    PER_YEAR_COUNTS('47'),
    ['gender-sum-mismatch'],
  ],
  ['…adding up', ANNUAL_REPORT, { line: 'År Kvinnor Män Totalt' }, PER_YEAR_COUNTS('45'), []],
  ['a line of fewer headings than columns of counts', ANNUAL_REPORT, { line: 'Kvinnor Män' }, PER_YEAR_COUNTS('47'), []],
];

describe('a table of people by gender headed apart: the findings, exactly', () => {
  it.each(inFormats(GENDER_CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, opening, headings, rows, findings) => {
    const result = await processReport(folder(), `gender ${name}`, format, await headedApart(format, opening, headings, rows));
    expect(result.status).toBe('ok');
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it.each(['docx', 'pdf'] as const)('quotes the row of the count, not the line of headings (%s)', async (format) => {
    const result = await processReport(
      folder(),
      'gender evidence',
      format,
      await headedApart(format, FINAL_REPORT, { line: 'Kvinnor Män Totalt' }, PARTICIPANTS('47')),
    );
    const [evidence] = result.findings[0]?.evidence ?? [];
    expect(evidence?.text).toBe('Inskrivna: Kvinnor 20, Män 25, Totalt 47');
    expect(evidence?.page).toBe(format === 'pdf' ? 1 : null);
    expect(result.findings[0]?.data).toMatchObject({ count: { total: 47, women: 20, men: 25 }, actual: 47, difference: 2 });
  });
});
