/**
 * Cash-flow statements in the forms förbund and kommuner use: the kommunal one, whose "Medel från
 * verksamheten före förändring av rörelsekapital" is carried on into "Kassaflöde från den löpande
 * verksamheten" and whose financing part has no rows; one whose subheadings ("Justeringar för
 * poster som inte ingår i kassaflödet", "Kassaflöde från förändringar i rörelsekapital") no total
 * closes; one that totals each part as "Medel från …", perhaps numbered ("1. MEDEL FRÅN DEN LÖPANDE
 * VERKSAMHETEN"); and one that ends in "Total kassaflöde" and a check against the balance sheet. Read as .docx and as PDF (borderless pdfkit tables) by the real pipeline: none where the
 * statement adds up, and exactly one where one figure is off.
 */
import { describe, expect, it } from 'vitest';
import { ANNUAL_REPORT_OPENING, inFormats, processReport, reportIn, reportFolder } from './support/report-files.js';

type Rows = string[][];

const KOMMUNAL: Rows = [
  ['Kassaflödesanalys (tkr)', 'Not', '2021', '2020'],
  ['Den löpande verksamheten', '', '', ''],
  ['Årets resultat', '', '350', '-200'],
  ['Justering för av- och nedskrivningar', '', '20', '20'],
  ['Justering för ej likviditetspåverkande poster', '', '0', '0'],
  ['Medel från verksamheten före förändring av rörelsekapital', '', '370', '-180'],
  ['Ökning (-)/minskning (+) kortfristiga fordringar', '', '50', '-40'],
  ['Ökning (+)/minskning (-) kortfristiga skulder', '', '-50', '60'],
  ['Kassaflöde från den löpande verksamheten', '', '370', '-160'],
  ['Investeringsverksamheten', '', '', ''],
  ['Investering i materiella anläggningstillgångar', '', '0', '-60'],
  ['Kassaflöde från investeringsverksamheten', '', '0', '-60'],
  ['Finansieringsverksamheten', '', '', ''],
  ['Kassaflöde från finansieringsverksamheten', '', '0', '0'],
  ['Årets kassaflöde', '', '370', '-220'],
  ['Likvida medel vid årets början', '', '1 000', '1 220'],
  ['Likvida medel vid årets slut', '', '1 370', '1 000'],
];

const WITH_SUBHEADINGS: Rows = [
  ['Kassaflödesanalys', '2021', '2020'],
  ['Den löpande verksamheten', '', ''],
  ['Resultat efter finansiella poster', '343 700', '-209 200'],
  ['Justeringar för poster som inte ingår i kassaflödet', '', ''],
  ['Avskrivningar', '20 000', '20 000'],
  ['Kassaflöde från den löpande verksamheten före förändringar av rörelsekapital', '363 700', '-189 200'],
  ['Kassaflöde från förändringar i rörelsekapital', '', ''],
  ['Ökning(-)/Minskning(+) av rörelsefordringar', '50 000', '-40 000'],
  ['Ökning(+)/Minskning(-) av rörelseskulder', '-43 700', '60 000'],
  ['Kassaflöde från den löpande verksamheten', '370 000', '-169 200'],
  ['Investeringsverksamheten', '', ''],
  ['Förvärv av inventarier', '0', '-50 800'],
  ['Kassaflöde från investeringsverksamheten', '0', '-50 800'],
  ['Årets kassaflöde', '370 000', '-220 000'],
  ['Likvida medel vid årets början', '1 000 000', '1 220 000'],
  ['Likvida medel vid årets slut', '1 370 000', '1 000 000'],
];

/** "Medel från verksamheten före förändring av rörelsekapital" as a heading with no figures, and "Medel från …" for each part's total. */
const MEDEL_FROM: Rows = [
  ['Kassaflödesanalys (tkr)', 'Not', '2021', '2020'],
  ['Den löpande verksamheten', '', '', ''],
  ['Årets resultat', '', '350', '-200'],
  ['Justering för av- och nedskrivningar', '1', '20', '20'],
  ['Medel från verksamheten före förändring av rörelsekapital', '', '', ''],
  ['Ökning (–)/minskning (+) kortfristiga fordringar', '', '50', '-40'],
  ['Ökning (+)/minskning (–) kortfristiga skulder', '', '-50', '60'],
  ['Medel från den löpande verksamheten', '', '370', '-160'],
  ['Investeringsverksamheten', '', '', ''],
  ['Förvärv materiella anläggningstillgångar', '', '0', '-60'],
  ['Medel från investeringsverksamheten', '', '0', '-60'],
  ['Finansieringsverksamheten', '', '', ''],
  ['Amortering av skuld', '', '0', '0'],
  ['Medel från finansieringsverksamheten', '', '0', '0'],
  ['Årets kassaflöde', '', '370', '-220'],
  ['Likvida medel vid årets början', '', '1 000', '1 220'],
  ['Likvida medel vid årets slut', '', '1 370', '1 000'],
];

/** Each part's total numbered, headings in capitals. */
const NUMBERED: Rows = [
  ['Kassaflödesanalys (tkr)', '2021', '2020'],
  ['DEN LÖPANDE VERKSAMHETEN', '', ''],
  ['Årets resultat', '350', '-200'],
  ['Justering för av- och nedskrivningar', '20', '20'],
  ['Medel från verksamheten före förändring av rörelsekapitalet', '370', '-180'],
  ['Ökning/minskning fordringar', '50', '-40'],
  ['Ökning/minskning kortfristiga skulder', '-50', '60'],
  ['1. MEDEL FRÅN DEN LÖPANDE VERKSAMHETEN', '370', '-160'],
  ['INVESTERINGSVERKSAMHETEN', '', ''],
  ['Förvärv av materiella anläggningstillgångar', '0', '-60'],
  ['2. MEDEL FRÅN INVESTERINGSVERKSAMHETEN', '0', '-60'],
  ['FINANSIERINGSVERKSAMHETEN', '', ''],
  ['Nyupptagna lån', '0', '0'],
  ['3. MEDEL FRÅN FINANSIERINGSVERKSAMHETEN', '0', '0'],
  ['ÅRETS KASSAFLÖDE', '370', '-220'],
  ['Likvida medel vid årets början', '1 000', '1 220'],
  ['Likvida medel vid årets slut', '1 370', '1 000'],
];

/** The changes in rörelsekapital under a subheading of their own, a "Total kassaflöde" and the check against the balance sheet after it. */
const TOTAL_FLOW: Rows = [
  ['Kassaflödesanalys (tkr)', '2021', '2020'],
  ['Den löpande verksamheten', '', ''],
  ['Årets resultat', '350', '-200'],
  ['Justeringar för ej likviditetspåverkande poster', '20', '20'],
  ['Medel från verksamheten före förändring av rörelsekapital', '370', '-180'],
  ['Förändring i rörelsekapital', '', ''],
  ['Förändring av fordringar', '50', '-40'],
  ['Förändring av skulder', '-50', '60'],
  ['Kassaflöde från den löpande verksamheten', '370', '-160'],
  ['Investeringsverksamheten', '', ''],
  ['Förvärv materiella anläggningstillgångar', '0', '-60'],
  ['Kassaflöde från investeringsverksamheten', '0', '-60'],
  ['Total kassaflöde', '370', '-220'],
  ['Likvida medel vid årets början', '1 000', '1 220'],
  ['Likvida medel vid årets slut', '1 370', '1 000'],
  ['Förändring i kassa enligt BR', '370', '-220'],
];

/** The statement with this year's figure of one row changed. */
function changed(rows: Rows, label: string, figure: string): Rows {
  return rows.map((row) => (row[0] === label ? [...row.slice(0, -2), figure, row[row.length - 1] ?? ''] : row));
}

const CASES: [string, Rows, string[]][] = [
  ['the kommunal form, adding up', KOMMUNAL, []],
  ['…its kassaflöde from the löpande verksamhet off', changed(KOMMUNAL, 'Kassaflöde från den löpande verksamheten', '390'), ['statement-sum-mismatch']],
  ['…its medel före förändring off', changed(KOMMUNAL, 'Medel från verksamheten före förändring av rörelsekapital', '380'), ['statement-sum-mismatch']],
  ['…its årets kassaflöde off', changed(KOMMUNAL, 'Årets kassaflöde', '360'), ['statement-sum-mismatch']],
  ['…its likvida medel at the year end off', changed(KOMMUNAL, 'Likvida medel vid årets slut', '1 470'), ['statement-sum-mismatch']],
  ['with subheadings no total closes, adding up', WITH_SUBHEADINGS, []],
  [
    '…its kassaflöde from the löpande verksamhet off',
    changed(WITH_SUBHEADINGS, 'Kassaflöde från den löpande verksamheten', '380 000'),
    ['statement-sum-mismatch'],
  ],
  ['…its likvida medel at the year end off', changed(WITH_SUBHEADINGS, 'Likvida medel vid årets slut', '1 380 000'), ['statement-sum-mismatch']],
  ['"Medel från …" for each part, the first a heading', MEDEL_FROM, []],
  ['…medel from the löpande verksamhet off', changed(MEDEL_FROM, 'Medel från den löpande verksamheten', '380'), ['statement-sum-mismatch']],
  ['each part’s total numbered', NUMBERED, []],
  ['…årets kassaflöde off', changed(NUMBERED, 'ÅRETS KASSAFLÖDE', '360'), ['statement-sum-mismatch']],
  ['a subheading over the changes in rörelsekapital, and a total kassaflöde', TOTAL_FLOW, []],
  ['…the total kassaflöde off', changed(TOTAL_FLOW, 'Total kassaflöde', '360'), ['statement-sum-mismatch']],
];

const folder = reportFolder('cash-flow-statements');

describe('cash-flow statements: the findings, exactly', () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, rows, findings) => {
    const tables = [{ heading: null, rows }];
    const result = await processReport(folder(), name, format, await reportIn(format, ANNUAL_REPORT_OPENING, tables));
    expect(result).toMatchObject({ status: 'ok', kind: 'arsredovisning' });
    const cashFlow = (result.record as { statements: { cashFlow: { rows: unknown[] } | null } }).statements.cashFlow;
    expect(cashFlow?.rows).toHaveLength(rows.length - 1);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
