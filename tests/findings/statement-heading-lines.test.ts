/**
 * A statement whose column headings stand apart from its table: typed as a line above it (a Word
 * author's paragraph, a PDF's line), or a header row the PDF reader reads as a table of its own
 * (set off by a gap). The headings head the figure columns left to right; by position alone
 * "Budget | Utfall | Prognos | Avvikelse" read as utfall, prognosis and avvikelse, and every row's
 * avvikelse was off. Read by the real pipeline as .docx and as PDF (pdfkit): the findings are
 * exactly those listed.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, p, table, text } from '../../fixtures/build/docx/index.js';
import { Flow } from '../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../fixtures/build/pdf/pdfkit-canvas.js';
import { inFormats, processReport, reportFolder } from './support/report-files.js';

const OPENING = ['Årsredovisning 2022', 'Samordningsförbundet Exempelbygden', 'Förvaltningsberättelse', 'Förbundet har under året finansierat sju insatser.'];

type Rows = string[][];

interface Statement {
  title: string;
  headings: string[];
  rows: Rows;
}

const OPERATING_LABELS = ['Medlemsavgifter', 'Summa intäkter', 'Insatser', 'Administration', 'Summa kostnader', 'Årets resultat'];
const operating = (headings: string[], figures: string[][]): Statement => ({
  title: 'Driftredovisning (tkr)',
  headings,
  rows: OPERATING_LABELS.map((label, index) => [label, ...(figures[index] ?? [])]),
});

/** The year's budget, utfall to August, the year's prognosis and its avvikelse against the budget. */
const FORECAST = operating(
  ['Budget 2022', 'Utfall aug', 'Prognos 2022', 'Avvikelse'],
  [
    ['4 000', '2 667', '4 000', '0'],
    ['4 000', '2 667', '4 000', '0'],
    ['-3 000', '-1 800', '-2 800', '200'],
    ['-1 000', '-600', '-950', '50'],
    ['-4 000', '-2 400', '-3 750', '250'],
    ['0', '267', '250', '250'],
  ],
);

/** Utfall before budget, and Insatser's avvikelse as given. */
const OUTCOME_FIRST = (insatser: string): Statement =>
  operating(
    ['Utfall', 'Budget', 'Avvikelse'],
    [
      ['2 667', '2 667', '0'],
      ['2 667', '2 667', '0'],
      ['-1 800', '-2 000', insatser],
      ['-600', '-667', '67'],
      ['-2 400', '-2 667', '267'],
      ['267', '0', '267'],
    ],
  );

/** Last year's utfall first. */
const LAST_YEAR_FIRST = operating(
  ['Utfall 2021', 'Budget 2022', 'Utfall 2022', 'Avvikelse'],
  [
    ['2 600', '2 667', '2 667', '0'],
    ['2 600', '2 667', '2 667', '0'],
    ['-2 100', '-2 000', '-1 800', '200'],
    ['-650', '-667', '-600', '67'],
    ['-2 750', '-2 667', '-2 400', '267'],
    ['-150', '0', '267', '267'],
  ],
);

/** Three headings over four columns of figures: which three they head is not known. */
const TOO_FEW = { ...FORECAST, headings: ['Budget', 'Utfall', 'Avvikelse'] };

type Insatser = { budget: string | null; outcome: string | null; deviation: string | null } | null;

const OPERATING_CASES: [string, Statement, Insatser, string[]][] = [
  ['budget, utfall, prognos and its avvikelse', FORECAST, { budget: '-3 000', outcome: '-1 800', deviation: null }, []],
  ['utfall before budget', OUTCOME_FIRST('200'), { budget: '-2 000', outcome: '-1 800', deviation: '200' }, []],
  ['…one avvikelse off', OUTCOME_FIRST('300'), { budget: '-2 000', outcome: '-1 800', deviation: '300' }, ['operating-deviation-mismatch']],
  ['last year’s utfall first', LAST_YEAR_FIRST, { budget: '-2 000', outcome: '-1 800', deviation: '200' }, []],
  ['fewer headings than columns: unread', TOO_FEW, null, []],
];

/** A resultaträkning headed "Utfall 2021 | Utfall 2022": this year's figures are on the right. */
const INCOME: Statement = {
  title: 'Resultaträkning (tkr)',
  headings: ['Utfall 2021', 'Utfall 2022'],
  rows: [
    ['Verksamhetens intäkter', '4 100', '4 600'],
    ['Verksamhetens kostnader', '-4 000', '-4 487'],
    ['Verksamhetens resultat', '100', '113'],
    ['Finansiella intäkter', '2', '3'],
    ['Årets resultat', '102', '116'],
  ],
};

/** The same with a column of notes, headed "Not". */
const INCOME_WITH_NOTES: Statement = {
  ...INCOME,
  headings: ['Not', ...INCOME.headings],
  rows: INCOME.rows.map(([label = '', ...figures], index) => [label, ['1', '2'][index] ?? '', ...figures]),
};

type Format = 'docx' | 'pdf-line' | 'pdf-apart';

async function reportWith(format: Format, statement: Statement): Promise<Uint8Array> {
  const line = statement.headings.join(' ');
  if (format === 'docx') {
    const body = [
      ...OPENING.map((opening) => p(text(opening))),
      p(text(statement.title)),
      p(text(line)),
      table(statement.rows.map((row) => row.map((cell) => text(cell)))),
    ];
    return new Uint8Array(await buildDocx({ title: 'Dokument', author: 'Förbundet', body }));
  }
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  for (const opening of OPENING) flow.paragraph(opening, { size: 10 }, { spaceAfter: 8 });
  flow.paragraph(statement.title, { size: 12, bold: true }, { spaceAfter: 6 });
  const figures = (statement.rows[0]?.length ?? 1) - 1;
  const columns = [{ x: 0, width: 150 }, ...Array.from({ length: figures }, (_, index) => ({ x: 162 + index * 77, width: 65, align: 'right' as const }))];
  if (format === 'pdf-line') flow.paragraph(line, { size: 10 }, { spaceAfter: 4 });
  else {
    // The header in bold over the figure columns, a gap under it: the reader sets it apart.
    flow.table([['', ...statement.headings]], columns, { size: 10 }, { boldFirstRow: true });
    flow.space(10);
  }
  flow.table(statement.rows, columns, { size: 10 }, { boldFirstRow: false });
  return canvas.finish();
}

const FORMATS = ['docx', 'pdf-line', 'pdf-apart'] as const;
const folder = reportFolder('statement-heading-lines');

describe('a driftredovisning headed apart from its table: the findings, exactly', () => {
  it.each(inFormats(OPERATING_CASES, FORMATS))('%s (%s)', async (name, format, statement, insatser, findings) => {
    const result = await processReport(folder(), name, format, await reportWith(format, statement));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    type Figure = { text: string } | null;
    const rows = (result.record as { statements: { operating: { rows: { label: string; budget: Figure; outcome: Figure; deviation: Figure }[] } | null } })
      .statements.operating?.rows;
    const row = rows?.find((candidate) => candidate.label === 'Insatser');
    expect(row ? { budget: row.budget?.text ?? null, outcome: row.outcome?.text ?? null, deviation: row.deviation?.text ?? null } : null).toEqual(insatser);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

describe('a resultaträkning headed apart from its table, last year on the left', () => {
  it.each(
    inFormats(
      [
        ['without notes', INCOME],
        ['with a column of notes', INCOME_WITH_NOTES],
      ] as [string, Statement][],
      FORMATS,
    ),
  )("reads this year's figures from the right-hand column, %s (%s)", async (name, format, statement) => {
    const result = await processReport(folder(), `income ${name}`, format, await reportWith(format, statement));
    type Figure = { text: string } | null;
    const income = (
      result.record as { statements: { income: { currentColumn: string | null; rows: { label: string; current: Figure; previous: Figure }[] } | null } }
    ).statements.income;
    const last = income?.rows.find((row) => row.label === 'Årets resultat');
    expect({ column: income?.currentColumn, current: last?.current?.text, previous: last?.previous?.text }).toEqual({
      column: 'Utfall 2022',
      current: '116',
      previous: '102',
    });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual([]);
  });
});
