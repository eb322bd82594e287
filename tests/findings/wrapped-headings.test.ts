/**
 * Tables whose column headings are longer than their columns are wide: in a PDF without borders
 * with narrow columns (pdfkit) they wrap onto a second line, or a long word runs over to the left of
 * its right-aligned column and into the heading beside it. A cost table, a table split by funder, a
 * table of people by gender in a final and an annual report, and an annual report's driftredovisning,
 * each with one wrong figure, give exactly the finding that figure makes as a .docx, as a PDF without
 * borders and as one with narrow columns; "Totalt antal personer" heads the genders' total. A
 * cost table's header set apart from its rows by a gap, whose last heading wraps onto a line of its
 * own ("Varav" over "medfinansiering"), is read as its line of headings with the wrapped words.
 */
import { describe, expect, it } from 'vitest';
import { Flow } from '../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../fixtures/build/pdf/pdfkit-canvas.js';
import { ANNUAL_REPORT_OPENING, FINAL_REPORT_OPENING, inFormats, processReport, reportFolder, reportIn, type TitledTable } from './support/report-files.js';

const folder = reportFolder('wrapped-headings');

type Format = 'docx' | 'pdf' | 'pdf-narrow';

/** The report as the format gives it; "pdf-narrow" sets the figure columns 60 points wide, in a bold header. */
async function report(format: Format, opening: string[], table: TitledTable): Promise<Uint8Array> {
  if (format === 'pdf-narrow') return reportIn('pdf', opening, [{ ...table, narrow: { label: 130, figure: 60, plainHeader: false } }]);
  return reportIn(format, opening, [table]);
}

const CASES: [string, string[], TitledTable, string[]][] = [
  [
    'a cost table, one avvikelse off',
    FINAL_REPORT_OPENING,
    {
      heading: 'Ekonomi',
      rows: [
        ['Kostnadsslag', 'Budget för hela perioden', 'Utfall för hela perioden', 'Avvikelse från budget'],
        ['Lönekostnader', '700 000', '690 000', '10 000'],
        ['Hyra', '90 000', '80 000', '10 000'],
        // 30 000 − 26 000 is 4 000.
        ['Övrigt', '30 000', '26 000', '6 000'],
        ['Summa', '820 000', '796 000', '24 000'],
      ],
    },
    ['budget-deviation-mismatch'],
  ],
  [
    'a table split by funder, one row off',
    FINAL_REPORT_OPENING,
    {
      heading: 'Finansiering',
      rows: [
        ['Kostnadspost', 'Förbundets medel', 'Kommunal medfinansiering', 'Försäkringskassans medfinansiering', 'Summa'],
        ['Lönekostnader', '500 000', '100 000', '50 000', '650 000'],
        // 60 000 + 20 000 is 80 000.
        ['Hyra', '60 000', '20 000', '0', '85 000'],
        ['Summa', '560 000', '120 000', '50 000', '730 000'],
      ],
    },
    ['funding-split-mismatch'],
  ],
  [
    "a final report's people by gender, one total off",
    FINAL_REPORT_OPENING,
    {
      heading: 'Deltagare',
      rows: [
        ['Målgrupp', 'Kvinnor', 'Män', 'Totalt antal personer'],
        ['Unga vuxna', '12', '10', '22'],
        // 9 + 7 is 16.
        ['Långtidssjukskrivna', '9', '7', '17'],
      ],
    },
    ['gender-sum-mismatch'],
  ],
  [
    "an annual report's driftredovisning, one avvikelse off",
    ANNUAL_REPORT_OPENING,
    {
      heading: 'Driftredovisning, tkr',
      rows: [
        ['Belopp (tkr)', 'Bokslut 2021', 'Budget 2021', 'Avvikelse mot budget'],
        ['Medlemsavgifter', '4 000', '4 000', '0'],
        ['Insatser', '-2 900', '-3 100', '200'],
        // −950 against −900 is 50 over.
        ['Kansli', '-950', '-900', '-30'],
        ['Årets resultat', '150', '0', '150'],
      ],
    },
    ['operating-deviation-mismatch'],
  ],
  [
    "an annual report's participants per insats, one total off",
    ANNUAL_REPORT_OPENING,
    {
      heading: 'Deltagare per insats',
      rows: [
        ['Insats', 'Antal deltagare totalt', 'Antal kvinnor', 'Antal män'],
        ['Lotsen', '40', '22', '18'],
        // 12 + 12 is 24.
        ['Jobbspåret', '25', '12', '12'],
      ],
    },
    ['gender-sum-mismatch'],
  ],
];

describe('tables whose headings are longer than their columns: the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf', 'pdf-narrow'] as const))('%s (%s)', async (name, format, opening, table, findings) => {
    const result = await processReport(folder(), name, format, await report(format, opening, table));
    expect(result).toMatchObject({ status: 'ok' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});

/** A final report's cost table in a PDF without borders, its bold header drawn apart from the rows by a gap, in columns 80 points wide. */
async function headerApart(header: string[], rows: string[][]): Promise<Uint8Array> {
  const canvas = new PdfkitCanvas('Dokument');
  const flow = new Flow(canvas);
  for (const line of FINAL_REPORT_OPENING) flow.paragraph(line, { size: 10 }, { spaceAfter: 8 });
  flow.paragraph('Ekonomi', { size: 12, bold: true }, { spaceAfter: 6 });
  const columns = [{ x: 0, width: 130 }, ...header.slice(1).map((_, index) => ({ x: 142 + index * 92, width: 80, align: 'right' as const }))];
  flow.table([header], columns, { size: 10 }, { boldFirstRow: true });
  flow.space(14);
  flow.table(rows, columns, { size: 10 });
  return canvas.finish();
}

const HEADER = ['Kostnadsslag', 'Budget', 'Utfall', 'Varav medfinansiering'];
const COSTS = (outcomeSumma: string): string[][] => [
  ['Personal', '900 000', '874 000', '210 000'],
  ['Lokaler', '110 000', '108 500', '0'],
  ['Summa', '1 010 000', outcomeSumma, '210 000'],
];

describe("a cost table's header set apart from its rows, its last heading wrapped onto a line of its own", () => {
  it.each<[string, string, string[], number | null]>([
    // 874 000 + 108 500 is 982 500.
    ['the Summa utfall off', '972 500', ['outcome-total-mismatch'], 972_500],
    ['adding up', '982 500', [], 982_500],
  ])('%s', async (name, outcomeSumma, findings, outcome) => {
    const result = await processReport(folder(), `apart-${name}`, 'pdf', await headerApart(HEADER, COSTS(outcomeSumma)));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
    const record = result.record as { budget: { total: { outcome: { sek: number } | null } } };
    expect(record.budget.total.outcome?.sek ?? null).toBe(outcome);
  });
});

// Found by the round's hold-out: a funder's heading whose word LibreOffice broke inside it, as the
// PDF reader gives it (a cell of two lines), and a share spent headed "Förbrukningsgrad".
const FOUND_BY_THE_HOLDOUT: [string, 'docx' | 'pdf', TitledTable, string[]][] = [
  [
    "a funder's heading broken inside its word, one row off",
    'pdf',
    {
      heading: 'Kostnader per finansiär',
      rows: [
        ['Kostnadsslag', 'Förbundets\nmedel', 'Medfinansie\nring kommunen', 'Totalt'],
        ['Personal', '400 000', '100 000', '500 000'],
        // 50 000 + 10 000 is 60 000.
        ['Resor', '50 000', '10 000', '65 000'],
      ],
    },
    ['funding-split-mismatch'],
  ],
  ...(['docx', 'pdf'] as const).map((format): [string, 'docx' | 'pdf', TitledTable, string[]] => [
    `"Förbrukningsgrad" beside budget and utfall, one share off`,
    format,
    {
      heading: 'Ekonomi',
      rows: [
        ['Kostnadsslag', 'Budget', 'Utfall', 'Förbrukningsgrad'],
        ['Personal', '400 000', '380 000', '95 %'],
        // 45 000 of 50 000 is 90 %.
        ['Resor', '50 000', '45 000', '80 %'],
        ['Summa', '450 000', '425 000', '94 %'],
      ],
    },
    ['percentage-mismatch'],
  ]),
];

describe('found by the hold-out: the findings, exactly', () => {
  it.each(FOUND_BY_THE_HOLDOUT)('%s (%s)', async (name, format, table, findings) => {
    // Columns 100 points wide: the headings' lines stand as written, a cell of two lines each.
    const drawn = format === 'pdf' ? { ...table, narrow: { label: 130, figure: 100, plainHeader: false } } : table;
    const result = await processReport(folder(), `holdout-${name}`, format, await reportIn(format, FINAL_REPORT_OPENING, [drawn]));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
