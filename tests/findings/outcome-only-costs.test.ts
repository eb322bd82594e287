/**
 * A final report whose cost table gives the utfall alone ("Kostnadsslag | Utfall", with a share, a
 * comment, per year, or as a table per year), read as cost rows without a budget, its Summa held to
 * them; a table of the utfall alone after one of budget and utfall is no more cost rows; and a table
 * whose first column is no costs ("Mål | Utfall", "Indikator | Utfall") is no cost table. And an
 * annual report's table of insatser whose Summa row gives an avvikelse, held to its budget and
 * utfall. Read by the real pipeline as .docx and as PDF (pdfkit, borderless), each file gives
 * exactly the findings listed. The Summa's share spent ("Förbrukat %") is held likewise.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../schemas/result.js';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, inFormats, processReport, reportFolder, reportIn, type TitledTable } from './support/report-files.js';

const folder = reportFolder('outcome-only');

/** Each finding as "ruleId subject expected actual": the Summa, a year's column, a row. */
function found(result: DocumentResult): string[] {
  return result.findings.map((finding) => {
    const data = finding.data as { subject?: string; total?: string; intervention?: string; row?: string; year?: number; expected: number; actual: number };
    const subject = data.total ?? data.intervention ?? data.row ?? (data.year === undefined ? 'Summa' : `Summa ${data.year}`);
    return [finding.ruleId, subject, data.expected, data.actual].join(' ');
  });
}

/** The outcome of each cost row and of the Summa, as read. */
function outcomes(result: DocumentResult): { rows: [string, number | null, number | null][]; total: number | null } {
  if (result.status !== 'ok' || result.kind !== 'slutrapport') throw new Error(`not a final report: ${result.status}`);
  const { rows, total } = result.record.budget;
  return { rows: rows.map((row) => [row.category, row.budget?.sek ?? null, row.outcome?.sek ?? null]), total: total.outcome?.sek ?? null };
}

const COSTS: [string, TitledTable[], ReturnType<typeof outcomes>, string[]][] = [
  [
    'Kostnadsslag | Utfall, adding up',
    [
      {
        heading: 'Ekonomisk redovisning',
        rows: [
          ['Kostnadsslag', 'Utfall'],
          ['Personal', '640 000'],
          ['Lokaler', '85 000'],
          ['Summa', '725 000'],
        ],
      },
    ],
    {
      rows: [
        ['Personal', null, 640_000],
        ['Lokaler', null, 85_000],
      ],
      total: 725_000,
    },
    [],
  ],
  [
    'Kostnader | Utfall (kr) | Kommentar, the Summa off',
    [
      {
        heading: 'Ekonomi',
        rows: [
          ['Kostnader', 'Utfall (kr)', 'Kommentar'],
          ['Lön', '512 000', 'En tjänst'],
          ['Resor', '18 500', ''],
          ['Summa', '503 500', ''],
        ],
      },
    ],
    {
      rows: [
        ['Lön', null, 512_000],
        ['Resor', null, 18_500],
      ],
      total: 503_500,
    },
    ['outcome-total-mismatch Summa 530500 503500'],
  ],
  [
    'a share beside the utfall',
    [
      {
        heading: 'Kostnader',
        rows: [
          ['Kostnadsslag', 'Utfall', 'Andel'],
          ['Personal', '300 000', '75 %'],
          ['Övrigt', '100 000', '25 %'],
          ['Summa', '400 000', '100 %'],
        ],
      },
    ],
    {
      rows: [
        ['Personal', null, 300_000],
        ['Övrigt', null, 100_000],
      ],
      total: 400_000,
    },
    [],
  ],
  [
    'per year and in all, a year’s Summa off',
    [
      {
        heading: 'Kostnader per år',
        rows: [
          ['Kostnadsslag', 'Utfall 2020', 'Utfall 2021', 'Totalt utfall'],
          ['Personal', '200 000', '210 000', '410 000'],
          ['Lokaler', '25 000', '25 000', '50 000'],
          ['Summa', '225 000', '245 000', '460 000'],
        ],
      },
    ],
    {
      rows: [
        ['Personal', null, 410_000],
        ['Lokaler', null, 50_000],
      ],
      total: 460_000,
    },
    ['outcome-total-mismatch Summa 2021 235000 245000'],
  ],
  [
    'a table per year, each with its Summa',
    [
      {
        heading: 'Utfall 2020',
        rows: [
          ['Kostnadsslag', 'Utfall'],
          ['Personal', '200 000'],
          ['Lokaler', '25 000'],
          ['Summa', '225 000'],
        ],
      },
      {
        heading: 'Utfall 2021',
        rows: [
          ['Kostnadsslag', 'Utfall'],
          ['Personal', '210 000'],
          ['Lokaler', '25 000'],
          ['Summa', '235 000'],
        ],
      },
    ],
    {
      rows: [
        ['Personal', null, 200_000],
        ['Lokaler', null, 25_000],
        ['Personal', null, 210_000],
        ['Lokaler', null, 25_000],
      ],
      total: 235_000,
    },
    [],
  ],
  [
    'budget and utfall, then the utfall per year',
    [
      {
        heading: 'Budget och utfall',
        rows: [
          ['Kostnadsslag', 'Budget', 'Utfall'],
          ['Personal', '420 000', '410 000'],
          ['Lokaler', '50 000', '50 000'],
          ['Summa', '470 000', '460 000'],
        ],
      },
      {
        heading: 'Utfall per år',
        rows: [
          ['Kostnadsslag', 'Utfall 2020', 'Utfall 2021'],
          ['Personal', '200 000', '210 000'],
          ['Lokaler', '25 000', '25 000'],
          ['Summa', '225 000', '235 000'],
        ],
      },
    ],
    {
      rows: [
        ['Personal', 420_000, 410_000],
        ['Lokaler', 50_000, 50_000],
      ],
      total: 460_000,
    },
    [],
  ],
  [
    'Mål | Utfall: goals, no costs',
    [
      {
        heading: 'Resultat',
        rows: [
          ['Mål', 'Utfall'],
          ['30 deltagare', '34 deltagare'],
          ['40 % till arbete', '35 %'],
        ],
      },
    ],
    { rows: [], total: null },
    [],
  ],
  [
    'Indikator | Utfall: counts, no costs',
    [
      {
        heading: 'Resultat',
        rows: [
          ['Indikator', 'Utfall'],
          ['Antal deltagare', '52'],
          ['Antal i arbete', '14'],
          ['Summa', '66'],
        ],
      },
    ],
    { rows: [], total: null },
    [],
  ],
];

describe('a final report’s cost table of the utfall alone', () => {
  it.each(inFormats(COSTS, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, tables, expected, findings) => {
    const result = await processReport(folder(), `costs ${name}`, format, await reportIn(format, FINAL_REPORT_OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect(outcomes(result)).toEqual(expected);
    expect(found(result)).toEqual(findings);
  });
});

const INSATS_HEADER = ['Insats', 'Budget', 'Utfall', 'Avvikelse'];

const INSATS_TABLES: [string, string[][], string[]][] = [
  [
    'the Summa’s avvikelse adding up',
    [INSATS_HEADER, ['Lotsen', '600 000', '540 000', '60 000'], ['Bron', '400 000', '410 000', '-10 000'], ['Summa', '1 000 000', '950 000', '50 000']],
    [],
  ],
  [
    'the Summa’s avvikelse off',
    [INSATS_HEADER, ['Lotsen', '600 000', '540 000', '60 000'], ['Bron', '400 000', '410 000', '-10 000'], ['Summa', '1 000 000', '950 000', '70 000']],
    ['budget-deviation-mismatch Summa 50000 70000'],
  ],
  [
    // The avvikelse is the insatser's, so the utfall is the figure off: aggregate-mismatch says so, once.
    'the Summa’s utfall off, its avvikelse the insatser’s',
    [INSATS_HEADER, ['Lotsen', '600 000', '540 000', '60 000'], ['Bron', '400 000', '410 000', '-10 000'], ['Summa', '1 000 000', '990 000', '50 000']],
    ['aggregate-mismatch Summa 950000 990000'],
  ],
  [
    // In a PDF the next group's heading under a Summa is a row of its own, not the rest of the Summa's label.
    'groups under headings with their sums, Differens as utfall − budget, one group’s off',
    [
      ['Insats', 'Budget', 'Utfall', 'Differens'],
      ['Individinsatser', '', '', ''],
      ['Lotsen', '600 000', '540 000', '-60 000'],
      ['Bron', '400 000', '410 000', '10 000'],
      ['Summa individinsatser', '1 000 000', '950 000', '-40 000'],
      ['Strukturinsatser', '', '', ''],
      ['Nätverket', '100 000', '90 000', '-10 000'],
      ['Summa strukturinsatser', '100 000', '90 000', '-10 000'],
      ['Totalt', '1 100 000', '1 040 000', '-60 000'],
    ],
    ['budget-deviation-mismatch Summa individinsatser -50000 -40000'],
  ],
];

const SHARE_HEADER = ['Insats', 'Budget', 'Utfall', 'Förbrukat %'];

INSATS_TABLES.push(
  [
    'the Summa’s share spent adding up',
    [SHARE_HEADER, ['Lotsen', '600 000', '540 000', '90 %'], ['Bron', '400 000', '410 000', '103 %'], ['Summa', '1 000 000', '950 000', '95 %']],
    [],
  ],
  [
    'the Summa’s share spent off',
    [SHARE_HEADER, ['Lotsen', '600 000', '540 000', '90 %'], ['Bron', '400 000', '410 000', '103 %'], ['Summa', '1 000 000', '950 000', '59 %']],
    ['percentage-mismatch Summa 95 59'],
  ],
);

describe('an annual report’s table of insatser whose Summa gives the avvikelse or the share spent', () => {
  it.each(inFormats(INSATS_TABLES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, findings) => {
    const result = await processReport(
      folder(),
      `insatser ${name}`,
      format,
      await reportIn(format, ANNUAL_REPORT_OPENING, [{ heading: 'Insatser 2021', rows }]),
    );
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    expect(found(result).map((line) => line.replace(/^aggregate-mismatch \S+/u, 'aggregate-mismatch Summa'))).toEqual(findings);
  });
});
