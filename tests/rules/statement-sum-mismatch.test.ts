import { describe, expect, it } from 'vitest';
import { statementSumMismatch } from '../../pipeline/rules/statement-sum-mismatch.js';
import type { FinancialStatement } from '../../schemas/arsredovisning.js';
import { arsredovisning, arsredovisningInput, financialStatement, operatingStatement, statements } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

type Rows = [string, string | null, string | null][];

const SEED_INCOME: Rows = [
  ['Verksamhetens intäkter', '13 320', '13 320'],
  ['Verksamhetens kostnader', '−15 038', '−12 860'],
  ['Verksamhetens nettokostnader', '−1 718', '460'],
  ['Finansiella intäkter', '0', '0'],
  ['Finansiella kostnader', '–', '–'],
  ['Resultat efter finansiella poster', '−1 718', '460'],
  ['Årets resultat', '−1 718', '460'],
];

const SEED_BALANCE: Rows = [
  ['TILLGÅNGAR', null, null],
  ['Kortfristiga fordringar', '412', '562'],
  ['Kassa och bank', '6 318', '7 940'],
  ['Summa omsättningstillgångar', '6 730', '8 502'],
  ['SUMMA TILLGÅNGAR', '6 730', '8 502'],
  ['EGET KAPITAL OCH SKULDER', null, null],
  ['Eget kapital', '5 232', '6 950'],
  ['varav årets resultat', '−1 718', '460'],
  ['Kortfristiga skulder', '1 498', '1 552'],
  ['SUMMA EGET KAPITAL OCH SKULDER', '6 730', '8 502'],
];

const GROUPED_BALANCE: Rows = [
  ['TILLGÅNGAR', null, null],
  ['Anläggningstillgångar', null, null],
  ['Inventarier', '120', '150'],
  ['Summa anläggningstillgångar', '120', '150'],
  ['Omsättningstillgångar', null, null],
  ['Fordringar', '412', '562'],
  ['Kassa och bank', '6 318', '7 940'],
  ['Summa omsättningstillgångar', '6 730', '8 502'],
  ['SUMMA TILLGÅNGAR', '6 850', '8 652'],
  ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', null, null],
  ['Eget kapital', null, null],
  ['Ingående eget kapital', '7 070', '6 640'],
  ['Årets resultat', '−1 718', '430'],
  ['Summa eget kapital', '5 352', '7 070'],
  ['Skulder', null, null],
  ['Kortfristiga skulder', '1 498', '1 582'],
  ['Summa skulder', '1 498', '1 582'],
  ['SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', '6 850', '8 652'],
];

const SEED_CASH_FLOW: Rows = [
  ['Den löpande verksamheten', null, null],
  ['Årets resultat', '−1 718', '460'],
  ['Justering för ej likviditetspåverkande poster', '0', '0'],
  ['Minskning (+)/ökning (−) kortfristiga fordringar', '150', '(120)'],
  ['Ökning (+)/minskning (−) kortfristiga skulder', '−54', '310'],
  ['Kassaflöde från den löpande verksamheten', '−1 622', '650'],
  ['Investeringsverksamheten', null, null],
  ['Förvärv av inventarier', '0', '0'],
  ['Kassaflöde från investeringsverksamheten', '0', '0'],
  ['Årets kassaflöde', '−1 622', '650'],
  ['Likvida medel vid årets början', '7 940', '7 290'],
  ['Likvida medel vid årets slut', '6 318', '7 940'],
];

/** A subtotal carried on by the changes in rörelsekapital, and a financing part whose total stands under its heading alone. */
const SUBTOTAL_CASH_FLOW: Rows = [
  ['Den löpande verksamheten', null, null],
  ['Årets resultat', '350', '−200'],
  ['Justering för av- och nedskrivningar', '20', '20'],
  ['Medel från verksamheten före förändring av rörelsekapital', '370', '−180'],
  ['Ökning (−)/minskning (+) kortfristiga fordringar', '50', '−40'],
  ['Ökning (+)/minskning (−) kortfristiga skulder', '−50', '60'],
  ['Kassaflöde från den löpande verksamheten', '370', '−160'],
  ['Finansieringsverksamheten', null, null],
  ['Kassaflöde från finansieringsverksamheten', '0', '0'],
  ['Årets kassaflöde', '370', '−160'],
  ['Likvida medel vid årets början', '1 000', '1 160'],
  ['Likvida medel vid årets slut', '1 370', '1 000'],
];

/** Costs first, written without a minus: a subtotal, a row under it, their summa, then the income and the result. */
const COSTS_FIRST_INCOME: Rows = [
  ['Steget vidare', '1 550', '1 500'],
  ['Ung framtid', '1 180', '1 100'],
  ['Hälsa och arbete', '910', '900'],
  ['Summa insatser', '3 640', '3 500'],
  ['Kansli', '847', '850'],
  ['Summa kostnader', '4 487', '4 350'],
  ['Medlemsavgifter', '4 600', '4 400'],
  ['Årets resultat', '113', '50'],
];

/** Subheadings inside the löpande verksamhet that no total closes. */
const SUBHEADED_CASH_FLOW: Rows = [
  ['Den löpande verksamheten', null, null],
  ['Resultat efter finansiella poster', '343 700', '−209 200'],
  ['Justeringar för poster som inte ingår i kassaflödet', null, null],
  ['Avskrivningar', '20 000', '20 000'],
  ['Kassaflöde från den löpande verksamheten före förändringar av rörelsekapital', '363 700', '−189 200'],
  ['Kassaflöde från förändringar i rörelsekapital', null, null],
  ['Ökning (−)/minskning (+) av rörelsefordringar', '50 000', '−40 000'],
  ['Ökning (+)/minskning (−) av rörelseskulder', '−43 700', '20 000'],
  ['Kassaflöde från den löpande verksamheten', '370 000', '−209 200'],
  ['Årets kassaflöde', '370 000', '−209 200'],
  ['Likvida medel vid årets början', '1 000 000', '1 209 200'],
  ['Likvida medel vid årets slut', '1 370 000', '1 000 000'],
];

/** A plain "Eget kapital" row before a closed sub-group of debts, the sub-group split by a page break. */
const DEBTS_GROUP_BALANCE: Rows = [
  ['TILLGÅNGAR', null, null],
  ['Kortfristiga fordringar', '244', '198'],
  ['Kassa och bank', '2 186', '1 833'],
  ['Summa omsättningstillgångar', '2 430', '2 031'],
  ['SUMMA TILLGÅNGAR', '2 430', '2 031'],
  ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', null, null],
  ['Eget kapital', '1 706', '1 338'],
  ['Kortfristiga skulder', null, null],
  ['Leverantörsskulder', '412', '381'],
  ['Upplupna kostnader', '312', '312'],
  ['Summa kortfristiga skulder', '724', '693'],
  ['SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', '2 430', '2 031'],
];

/** A balance sheet in brief: totals whose rows it does not show, and one plain row among them. */
const BRIEF_BALANCE: Rows = [
  ['Summa anläggningstillgångar', '100', '120'],
  ['Summa omsättningstillgångar', '4 733', '4 290'],
  ['Summa tillgångar', '4 833', '4 410'],
  ['Eget kapital', '3 500', '3 200'],
  ['Summa skulder', '1 333', '1 210'],
  ['Summa eget kapital och skulder', '4 833', '4 410'],
];

/** Its total assets first, then the rows of the other side and their total. */
const ASSETS_FIRST_BALANCE: Rows = [
  ['Summa tillgångar', '4 833', '4 410'],
  ['Eget kapital', '3 500', '3 200'],
  ['Kortfristiga skulder', '1 333', '1 210'],
  ['Summa eget kapital och skulder', '4 833', '4 410'],
];

const BRIEF_INCOME: Rows = [
  ['Summa intäkter', '10 240', '9 980'],
  ['Summa kostnader', '−9 728', '−10 120'],
  ['Årets resultat', '512', '−140'],
];

/** Income and costs each with its summa, the costs' written without a minus sign, then "Verksamhetens resultat". */
const UNSIGNED_COST_TOTALS: Rows = [
  ['Medlemsavgifter', '10 000', '9 800'],
  ['Övriga intäkter', '240', '180'],
  ['Summa intäkter', '10 240', '9 980'],
  ['Kostnader för insatser', '8 200', '8 500'],
  ['Personalkostnader', '1 300', '1 400'],
  ['Övriga kostnader', '228', '220'],
  ['Summa kostnader', '9 728', '10 120'],
  ['Verksamhetens resultat', '512', '−140'],
  ['Finansiella intäkter', '3', '5'],
  ['Årets resultat', '515', '−135'],
];

const INTERIM_INCOME = (result: string): Rows => [
  ['Summa intäkter', '6 667', '6 533'],
  ['Summa kostnader', '−6 080', '−6 310'],
  ['Periodens resultat', result, '223'],
];

/** Costs broken down by dashed items under their row; and every income dashed, with no row over them. */
const DASHED_INCOME: Rows = [
  ['- Medlemsavgifter', '10 000', '9 800'],
  ['- Övriga intäkter', '240', '180'],
  ['Summa intäkter', '10 240', '9 980'],
  ['Kostnader för insatser', '−8 200', '−8 500'],
  ['- Steget vidare', '−5 000', '−5 200'],
  ['- Vägen in', '−3 200', '−3 300'],
  ['Personalkostnader', '−1 528', '−1 620'],
  ['Summa kostnader', '−9 728', '−10 120'],
  ['Årets resultat', '512', '−140'],
];

function replace(rows: Rows, label: string, current: string): Rows {
  return rows.map((row) => (row[0] === label ? [row[0], current, row[2]] : row));
}

function check(kind: 'income' | 'balance' | 'cashFlow', rows: Rows) {
  const statement: FinancialStatement = financialStatement(kind, rows);
  return findingsOf(statementSumMismatch, arsredovisningInput(arsredovisning({ statements: statements({ [kind]: statement }) })));
}

describe('statement-sum-mismatch', () => {
  it.each([
    ['the seed resultaträkning', 'income', SEED_INCOME, 0],
    ['the seed balansräkning ("varav" is not summed)', 'balance', SEED_BALANCE, 0],
    ['a balansräkning with groups and subtotals', 'balance', GROUPED_BALANCE, 0],
    ['the kassaflödesanalys, parentheses for negatives', 'cashFlow', SEED_CASH_FLOW, 0],
    ['costs written without a minus sign', 'income', replace(SEED_INCOME, 'Verksamhetens kostnader', '15 038'), 0],
    [
      'nettokostnader off by 100 tkr',
      'income',
      replace(
        replace(replace(SEED_INCOME, 'Verksamhetens nettokostnader', '−1 618'), 'Resultat efter finansiella poster', '−1 618'),
        'Årets resultat',
        '−1 618',
      ),
      1,
    ],
    ['årets resultat off alone', 'income', replace(SEED_INCOME, 'Årets resultat', '−1 618'), 1],
    ['a wrong subtotal is one finding, not one more for the total above it', 'balance', replace(GROUPED_BALANCE, 'Summa omsättningstillgångar', '6 830'), 1],
    ['a wrong row makes its summa wrong, once', 'balance', replace(SEED_BALANCE, 'Kassa och bank', '6 418'), 1],
    ['summa tillgångar off the subtotals', 'balance', replace(GROUPED_BALANCE, 'SUMMA TILLGÅNGAR', '6 950'), 1],
    ['likvida medel vid årets slut off', 'cashFlow', replace(SEED_CASH_FLOW, 'Likvida medel vid årets slut', '6 418'), 1],
    ['årets kassaflöde off the flows', 'cashFlow', replace(SEED_CASH_FLOW, 'Kassaflöde från den löpande verksamheten', '−1 522'), 1],
    ['a subtotal carried on, and a financing part with no rows', 'cashFlow', SUBTOTAL_CASH_FLOW, 0],
    ['…the subtotal off its rows', 'cashFlow', replace(SUBTOTAL_CASH_FLOW, 'Medel från verksamheten före förändring av rörelsekapital', '380'), 1],
    [
      '…kassaflöde from the löpande verksamhet off the subtotal and the changes',
      'cashFlow',
      replace(SUBTOTAL_CASH_FLOW, 'Kassaflöde från den löpande verksamheten', '390'),
      1,
    ],
    ['…årets kassaflöde off the flows', 'cashFlow', replace(SUBTOTAL_CASH_FLOW, 'Årets kassaflöde', '360'), 1],
    ['subheadings no total closes', 'cashFlow', SUBHEADED_CASH_FLOW, 0],
    ['a subtotal and a row under it, then their summa', 'income', COSTS_FIRST_INCOME, 0],
    ['…the summa off the subtotal and the row', 'income', replace(COSTS_FIRST_INCOME, 'Summa kostnader', '4 587'), 1],
    ['…kassaflöde from the löpande verksamhet off', 'cashFlow', replace(SUBHEADED_CASH_FLOW, 'Kassaflöde från den löpande verksamheten', '380 000'), 1],
    ['1 tkr off is within the rounding of four tkr figures', 'income', replace(SEED_INCOME, 'Verksamhetens nettokostnader', '−1 719'), 0],
    ['eget kapital as one row, then a group of debts with its summa', 'balance', DEBTS_GROUP_BALANCE, 0],
    ['…and the grand total off them', 'balance', replace(DEBTS_GROUP_BALANCE, 'SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', '2 530'), 1],
    ['…and a debt row off its summa', 'balance', replace(DEBTS_GROUP_BALANCE, 'Upplupna kostnader', '412'), 1],
    // A statement in brief: a total with no row above it, or over one row or total it differs from, sums rows not shown.
    ['a balansräkning in brief', 'balance', BRIEF_BALANCE, 0],
    ['summa tillgångar first, then the rows of the other side', 'balance', ASSETS_FIRST_BALANCE, 0],
    ['a resultaträkning in brief', 'income', BRIEF_INCOME, 0],
    ['…in brief, and summa tillgångar off the two totals above it', 'balance', replace(BRIEF_BALANCE, 'Summa tillgångar', '4 933'), 1],
    ['…the other side off its rows', 'balance', replace(ASSETS_FIRST_BALANCE, 'Summa eget kapital och skulder', '4 933'), 1],
    ['…årets resultat off the two totals', 'income', replace(BRIEF_INCOME, 'Årets resultat', '612'), 1],
    // "Verksamhetens resultat" is a result row, and a cost total written without its minus sign is a cost.
    ['a summa kostnader without its minus sign, then verksamhetens resultat', 'income', UNSIGNED_COST_TOTALS, 0],
    ['…and årets resultat off', 'income', replace(UNSIGNED_COST_TOTALS, 'Årets resultat', '615'), 1],
    [
      '…and verksamhetens resultat off the summas',
      'income',
      replace(replace(UNSIGNED_COST_TOTALS, 'Verksamhetens resultat', '612'), 'Årets resultat', '615'),
      1,
    ],
    // Dashed items under a row of their own break it down; dashed items under none are rows like any other.
    ['dashed items that break down the row above, and dashed incomes', 'income', DASHED_INCOME, 0],
    ['…and a dashed income off its summa', 'income', replace(DASHED_INCOME, '- Övriga intäkter', '340'), 1],
    ['…and summa kostnader off its rows, the breakdown aside', 'income', replace(DASHED_INCOME, 'Summa kostnader', '−9 828'), 1],
    // An interim report's "Periodens resultat" is its result row.
    ['an interim resultaträkning ending in periodens resultat', 'income', INTERIM_INCOME('587'), 0],
    ['…and periodens resultat off its totals', 'income', INTERIM_INCOME('687'), 1],
  ] as const)('%s', (_name, kind, rows, expected) => {
    expect(check(kind, rows as Rows)).toHaveLength(expected);
  });

  it('leaves a column with a figure that is no amount unchecked, and checks the other', () => {
    const income = financialStatement('Resultaträkning', [
      ['Medlemsavgifter', '4 000', '3 800'],
      ['Personalkostnader', null, '−1 900'],
      ['Lokalkostnader', '−500', '−450'],
      ['Övriga kostnader', '−1 600', '−1 500'],
      ['Summa kostnader', '−4 100', '−3 900'],
    ]);
    const [, personal] = income.rows;
    if (personal) personal.unreadFigures = { current: 'ca −2 000' };
    const findings = findingsOf(statementSumMismatch, arsredovisningInput(arsredovisning({ statements: statements({ income }) })));
    expect(findings.map((f) => [f.data.column, f.data.total.label])).toEqual([['previous', 'Summa kostnader']]);
  });

  it('checks the driftredovisning budget and utfall columns, not its avvikelse', () => {
    const operating = operatingStatement([
      ['Medlemsavgifter', '13 320', '13 320', '0'],
      ['Summa intäkter', '13 320', '13 320', '0'],
      ['Samverkansinsatser', '−13 840', '−11 271', '2 569'],
      ['Personalkostnader', '−2 620', '−2 560', '60'],
      ['Summa kostnader', '−16 460', '−13 831', '999'],
      ['Årets resultat', '−3 140', '−611', '2 629'],
    ]);
    const findings = findingsOf(statementSumMismatch, arsredovisningInput(arsredovisning({ statements: statements({ operating }) })));
    expect(findings.map((f) => [f.data.column, f.data.total.label])).toEqual([['outcome', 'Årets resultat']]);
  });

  // Income rows straight above the costs, no "Summa intäkter" between: "Summa kostnader" adds the costs.
  it.each([
    {
      name: 'signed costs',
      rows: [
        ['Medlemsavgifter', '4 400', '4 400', '0'],
        ['Insatser', '-2 740', '-2 628', '112'],
        ['Kansli', '-1 300', '-1 262', '38'],
        ['Summa kostnader', '-4 040', '-3 890', '150'],
        ['Resultat', '360', '510', '150'],
      ],
      totals: [],
    },
    {
      name: 'unsigned costs under income rows',
      rows: [
        ['Medlemsavgifter', '4 400', '4 400', '0'],
        ['Insatser', '2 740', '2 628', '112'],
        ['Kansli', '1 300', '1 262', '38'],
        ['Summa kostnader', '4 040', '3 890', '150'],
        ['Resultat', '360', '510', '150'],
      ],
      totals: [],
    },
    {
      name: 'signed costs with the utfall summa 100 tkr off',
      rows: [
        ['Medlemsavgifter', '4 400', '4 400', '0'],
        ['Insatser', '-2 740', '-2 628', '112'],
        ['Kansli', '-1 300', '-1 262', '38'],
        ['Summa kostnader', '-4 040', '-3 990', '150'],
        ['Resultat', '360', '410', '150'],
      ],
      totals: [['outcome', 'Summa kostnader']],
    },
  ])('driftredovisning, $name', ({ rows, totals }) => {
    const operating = operatingStatement(rows as [string, string, string, string][]);
    const findings = findingsOf(statementSumMismatch, arsredovisningInput(arsredovisning({ statements: statements({ operating }) })));
    expect(findings.map((f) => [f.data.column, f.data.total.label])).toEqual(totals);
    // Worded from the costs, not from the income row above them.
    for (const finding of findings) expect(finding.data.parts.map((part) => part.label)).toEqual(['Insatser', 'Kansli']);
  });

  it('names the rows and the total, with the figures as data', () => {
    const [finding] = check('income', replace(SEED_INCOME, 'Årets resultat', '−1 618'));
    expect(finding?.message).toBe(
      'resultaträkning, this year: Resultat efter finansiella poster add up to −1 718 000 kr but "Årets resultat" says −1 618 tkr (−1 618 000 kr) (difference 100 000 kr; rounding tolerance 1 000 kr for 2 figures in tkr)',
    );
    expect(inSwedish(statementSumMismatch, finding)).toBe(
      nb`Resultaträkning, i år: Resultat efter finansiella poster summerar till −1~718~000~kr men ”Årets resultat” anger −1 618 tkr (−1~618~000~kr) (skillnad 100~000~kr; avrundningstolerans 1~000~kr för 2 belopp i tkr)`,
    );
    expect(finding?.data).toMatchObject({ statement: 'income', column: 'current', actual: -1_618_000, expected: -1_718_000, difference: 100_000 });
  });
});
