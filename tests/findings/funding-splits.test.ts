/**
 * A final report's cost table split by who pays for it ("Kostnadsslag | Förbundets medel |
 * Medfinansiering | Totalt"): each row's parts held to its total and each column's Summa to its rows,
 * one wrong figure one finding; with or without the total's column, in tkr, with a blank part, a
 * "varav" row and a subtotal, a cell that is no amount; and tables that are no such split (counts per
 * agency, a budget and utfall per funder). Read by the real pipeline as .docx, as a PDF without
 * borders (pdfkit) and as one with narrow columns, whose headings wrap onto a second line, each file
 * gives exactly the findings listed and the table as written; a Word header of two rows, the
 * funders under a heading over them, likewise. And a dash for nothing in a narrow
 * column of a PDF without borders is a cell of its own, in a cost table of budget and utfall too.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx, type CellObj, type CellSpec, p, table, text } from '../../fixtures/build/docx/index.js';
import type { DocumentResult } from '../../schemas/result.js';
import { FINAL_REPORT_OPENING, inFormats, processReport, reportFolder, reportIn, type TitledTable } from './support/report-files.js';

const folder = reportFolder('funding-splits');

/** Each finding as "ruleId subject expected actual": a row's label or a column's heading. */
function found(result: DocumentResult): string[] {
  return result.findings.map((finding) => {
    const data = finding.data as { row?: string; column?: string; expected: number; actual: number };
    return [finding.ruleId, data.row ?? data.column ?? 'Summa', data.expected, data.actual].join(' ');
  });
}

/** Each table as "funders | total" and its rows as "label: parts = total" in kronor, '-' for a blank. */
function tables(result: DocumentResult): string[][] {
  if (result.status !== 'ok' || result.kind !== 'slutrapport') throw new Error(`not a final report: ${result.status}`);
  const sek = (money: { sek: number } | null) => (money === null ? '-' : String(money.sek));
  return (result.record.fundingTables ?? []).map((table) => [
    `${table.funders.join(' / ')} | ${table.totalColumn ?? '-'}`,
    ...[...table.rows, ...(table.summa ? [table.summa] : [])].map((row) => `${row.label}: ${row.parts.map(sek).join(' + ')} = ${sek(row.total)}`),
  ]);
}

type Format = 'docx' | 'pdf' | 'pdf-narrow';

/** The report as the format gives it; "pdf-narrow" sets the figure columns 70 points wide, so long headings wrap. */
async function report(format: Format, table: TitledTable): Promise<Uint8Array> {
  if (format === 'pdf-narrow') return reportIn('pdf', FINAL_REPORT_OPENING, [{ ...table, narrow: { label: 130, figure: 70, plainHeader: false } }]);
  return reportIn(format, FINAL_REPORT_OPENING, [table]);
}

const SPLITS: [string, TitledTable, string[][], string[]][] = [
  [
    'two funders and a total, adding up, a part blank',
    {
      heading: 'Ekonomi',
      rows: [
        ['Kostnadsslag', 'Förbundets medel', 'Medfinansiering', 'Totalt'],
        ['Personal', '760 000', '190 000', '950 000'],
        ['Resor', '12 000', '–', '12 000'],
        ['Summa', '772 000', '190 000', '962 000'],
      ],
    },
    [['Förbundets medel / Medfinansiering | Totalt', 'Personal: 760000 + 190000 = 950000', 'Resor: 12000 + - = 12000', 'Summa: 772000 + 190000 = 962000']],
    [],
  ],
  [
    "a row's total off, its Summa summing it",
    {
      heading: 'Kostnader och finansiering',
      rows: [
        ['Kostnadsslag', 'Förbundet', 'Kommunen', 'Totalt'],
        ['Personal', '420 000', '105 000', '535 000'],
        ['Material', '30 000', '6 000', '36 000'],
        ['Summa', '450 000', '111 000', '571 000'],
      ],
    },
    [['Förbundet / Kommunen | Totalt', 'Personal: 420000 + 105000 = 535000', 'Material: 30000 + 6000 = 36000', 'Summa: 450000 + 111000 = 571000']],
    ['funding-split-mismatch Personal 525000 535000'],
  ],
  [
    "a funder's Summa left at 0",
    {
      heading: 'Kostnader per finansiär',
      rows: [
        ['Kostnadsslag', 'ESF', 'Egen insats', 'Totalt'],
        ['Personal', '300 000', '300 000', '600 000'],
        ['Lokaler', '40 000', '40 000', '80 000'],
        ['Summa', '340 000', '0', '680 000'],
      ],
    },
    [['ESF / Egen insats | Totalt', 'Personal: 300000 + 300000 = 600000', 'Lokaler: 40000 + 40000 = 80000', 'Summa: 340000 + 0 = 680000']],
    ['funding-split-mismatch Egen insats 340000 0'],
  ],
  [
    'no total column, three funders, in tkr from the line over it',
    {
      heading: 'Finansiering (tkr)',
      rows: [
        ['Kostnadsslag', 'Förbundet', 'Kommunen', 'Regionen'],
        ['Personal', '1 200', '300', '150'],
        ['Övrigt', '80', '20', '10'],
        ['Summa', '1 280', '320', '170'],
      ],
    },
    [
      [
        'Förbundet / Kommunen / Regionen | -',
        'Personal: 1200000 + 300000 + 150000 = -',
        'Övrigt: 80000 + 20000 + 10000 = -',
        'Summa: 1280000 + 320000 + 170000 = -',
      ],
    ],
    ['funding-split-mismatch Regionen 160000 170000'],
  ],
  [
    'a varav row and a subtotal are in no sum',
    {
      heading: 'Finansiering av kostnaderna',
      rows: [
        ['Kostnadsslag', 'Förbundet', 'Kommunen', 'Summa'],
        ['Löner', '600 000', '150 000', '750 000'],
        ['varav sociala avgifter', '180 000', '45 000', '225 000'],
        ['Summa personal', '600 000', '150 000', '750 000'],
        ['Lokaler', '50 000', '10 000', '60 000'],
        ['Summa totalt', '650 000', '160 000', '810 000'],
      ],
    },
    [['Förbundet / Kommunen | Summa', 'Löner: 600000 + 150000 = 750000', 'Lokaler: 50000 + 10000 = 60000', 'Summa totalt: 650000 + 160000 = 810000']],
    [],
  ],
  [
    'a part that is no amount',
    {
      heading: 'Ekonomi',
      rows: [
        ['Kostnadsslag', 'Förbundets medel', 'Egen insats', 'Totalt'],
        ['Personal', '400 000', 'se bilaga', '500 000'],
        ['Lokaler', '20 000', '5 000', '25 000'],
        ['Summa', '420 000', '105 000', '525 000'],
      ],
    },
    [['Förbundets medel / Egen insats | Totalt', 'Personal: 400000 + - = 500000', 'Lokaler: 20000 + 5000 = 25000', 'Summa: 420000 + 105000 = 525000']],
    [],
  ],
  [
    "a row of each funder's share under the Summa",
    {
      heading: 'Finansiering',
      rows: [
        ['Kostnadsslag', 'Förbundet', 'Kommunen', 'Totalt'],
        ['Personal', '400 000', '100 000', '500 000'],
        ['Lokaler', '40 000', '10 000', '50 000'],
        ['Summa', '440 000', '100 000', '550 000'],
        ['Andel', '80 %', '20 %', '100 %'],
      ],
    },
    [['Förbundet / Kommunen | Totalt', 'Personal: 400000 + 100000 = 500000', 'Lokaler: 40000 + 10000 = 50000', 'Summa: 440000 + 100000 = 550000']],
    ['funding-split-mismatch Kommunen 110000 100000'],
  ],
  [
    'participants per referring agency are counts, no costs',
    {
      heading: 'Deltagare per remittent',
      rows: [
        ['Deltagare', 'Kommunen', 'Försäkringskassan', 'Arbetsförmedlingen', 'Totalt'],
        ['Kvinnor', '12', '8', '5', '24'],
        ['Män', '10', '6', '9', '25'],
        ['Summa', '22', '14', '14', '49'],
      ],
    },
    [],
    [],
  ],
];

describe('a cost table split by funder', () => {
  it.each(inFormats(SPLITS, ['docx', 'pdf', 'pdf-narrow'] as const))('%s (%s)', async (name, format, table, expectedTables, expectedFindings) => {
    const result = await processReport(folder(), name, format, await report(format, table));
    expect(tables(result)).toEqual(expectedTables);
    expect(found(result)).toEqual(expectedFindings);
  });

  it('a budget and utfall per funder is no split of one total, and its headings wrapped in a PDF are read as none', async () => {
    const table: TitledTable = {
      heading: 'Ekonomi',
      rows: [
        ['Kostnadsslag', 'Budget förbundet', 'Budget medfinansiering', 'Utfall förbundet', 'Utfall medfinansiering'],
        ['Personal', '800 000', '200 000', '780 000', '190 000'],
        ['Summa', '800 000', '200 000', '780 000', '190 000'],
      ],
    };
    for (const format of ['docx', 'pdf'] as const) {
      const result = await processReport(folder(), 'budget-per-funder', format, await report(format, table));
      expect(tables(result)).toEqual([]);
      expect(found(result)).toEqual([]);
    }
  });
});

describe('a header of two rows in Word', () => {
  it('reads the funders under a heading over them ("Finansiering" over "Förbundet | Kommunen")', async () => {
    const header = (content: string, more: Partial<CellObj>): CellObj => ({ content: text(content), ...more });
    const rows: CellSpec[][] = [
      [header('Kostnadsslag', { vMerge: 'restart' }), header('Finansiering', { span: 2 }), header('Totalt', { vMerge: 'restart' })],
      [header('', { vMerge: 'continue' }), text('Förbundet'), text('Kommunen'), header('', { vMerge: 'continue' })],
      ...[
        ['Personal', '400 000', '100 000', '500 000'],
        ['Lokaler', '40 000', '10 000', '50 000'],
        ['Summa', '440 000', '100 000', '550 000'],
      ].map((row) => row.map((cell) => text(cell))),
    ];
    const body = [...FINAL_REPORT_OPENING.map((line) => p(text(line))), p(text('Ekonomi')), table(rows)];
    const bytes = new Uint8Array(await buildDocx({ title: 'Dokument', author: 'Förbundet', body }));
    const result = await processReport(folder(), 'two-row-header', 'docx', bytes);
    expect(tables(result)).toEqual([
      ['Förbundet / Kommunen | Totalt', 'Personal: 400000 + 100000 = 500000', 'Lokaler: 40000 + 10000 = 50000', 'Summa: 440000 + 100000 = 550000'],
    ]);
    expect(found(result)).toEqual(['funding-split-mismatch Kommunen 110000 100000']);
  });
});

describe('a dash for nothing in a narrow column of a PDF without borders', () => {
  it('is a cell of its own, and the rows under it stay in the table', async () => {
    const table: TitledTable = {
      heading: 'Ekonomi',
      rows: [
        ['Kostnadsslag', 'Budget', 'Utfall', 'Avvikelse'],
        ['Löner', '600 000', '550 000', '50 000'],
        ['Resor', '5 000', '–', '5 000'],
        ['Summa', '605 000', '500 000', '55 000'],
      ],
      narrow: { label: 130, figure: 73, plainHeader: false },
    };
    const result = await processReport(folder(), 'dash-in-narrow-column', 'pdf', await reportIn('pdf', FINAL_REPORT_OPENING, [table]));
    if (result.status !== 'ok' || result.kind !== 'slutrapport') throw new Error(`not a final report: ${result.status}`);
    expect(result.record.budget.rows.map((row) => [row.category, row.budget?.sek ?? null, row.outcome?.sek ?? null])).toEqual([
      ['Löner', 600_000, 550_000],
      ['Resor', 5_000, null],
    ]);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['outcome-total-mismatch']);
  });
});
