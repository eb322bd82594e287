/**
 * Tables whose column headings are longer than their columns are wide: in a PDF without borders
 * with narrow columns (pdfkit) they wrap onto a second line, or a long word runs over to the left of
 * its right-aligned column and into the heading beside it. A cost table, a table split by funder, a
 * table of people by gender in a final and an annual report, and an annual report's driftredovisning,
 * each with one wrong figure, give exactly the finding that figure makes as a .docx, as a PDF without
 * borders and as one with narrow columns; "Totalt antal personer" heads the genders' total.
 */
import { describe, expect, it } from 'vitest';
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
