import { describe, expect, it } from 'vitest';
import { fundingSplitMismatch } from '../../pipeline/rules/funding-split-mismatch.js';
import type { FundingRow, FundingTable } from '../../schemas/slutrapport.js';
import { evidence, money, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish, nb } from './support/messages.js';

/** A row as written: its label, its parts ('' for a blank cell, text that is no amount as "?text"), and its total. */
function fundingRow(label: string, parts: string[], total: string | null, funders: readonly string[]): FundingRow {
  const unread = parts.flatMap((part, index) => (part.startsWith('?') ? [{ column: funders[index] ?? '', text: part.slice(1) }] : []));
  return {
    label,
    parts: parts.map((part) => (part === '' || part.startsWith('?') ? null : money(part))),
    total: total === null ? null : money(total),
    ...(unread.length > 0 ? { unreadFigures: unread } : {}),
    evidence: evidence(`${label} ${parts.join(' ')} ${total ?? ''}`.trim()),
  };
}

type Written = [label: string, parts: string[], total: string | null];

function check(rows: Written[], summa: Written | null, options: { funders?: string[]; totalColumn?: string | null } = {}) {
  const funders = options.funders ?? ['Förbundet', 'Kommunen'];
  const totalColumn = options.totalColumn === undefined ? 'Totalt' : options.totalColumn;
  const table: FundingTable = {
    heading: 'Kostnader per finansiär',
    funders,
    totalColumn,
    rows: rows.map(([label, parts, total]) => fundingRow(label, parts, total, funders)),
    summa: summa && fundingRow(summa[0], summa[1], summa[2], funders),
  };
  return findingsOf(fundingSplitMismatch, slutrapportInput(slutrapport({ fundingTables: [table] })));
}

const ROWS: Written[] = [
  ['Personal', ['800 000 kr', '200 000 kr'], '1 000 000 kr'],
  ['Lokaler', ['100 000 kr', '0 kr'], '100 000 kr'],
];

describe('funding-split-mismatch', () => {
  it.each<[string, Written[], Written | null, { funders?: string[]; totalColumn?: string | null }, string[]]>([
    ['every row and column adds up', ROWS, ['Summa', ['900 000 kr', '200 000 kr'], '1 100 000 kr'], {}, []],
    ['a blank part is no part', [['Resor', ['5 000 kr', ''], '5 000 kr']], ['Summa', ['5 000 kr', ''], '5 000 kr'], {}, []],
    [
      "a row's total off; the Summa sums the wrong total",
      [['Personal', ['800 000 kr', '200 000 kr'], '1 100 000 kr'], ROWS[1] as Written],
      ['Summa', ['900 000 kr', '200 000 kr'], '1 200 000 kr'],
      {},
      ['funding-row Personal'],
    ],
    [
      "a row's total off; the Summa sums the parts, so the total's column is off by as much: one finding",
      [['Personal', ['800 000 kr', '200 000 kr'], '1 100 000 kr'], ROWS[1] as Written],
      ['Summa', ['900 000 kr', '200 000 kr'], '1 100 000 kr'],
      {},
      ['funding-row Personal'],
    ],
    ["a funder's Summa of 0", ROWS, ['Summa', ['0 kr', '200 000 kr'], '1 100 000 kr'], {}, ['funding-column Förbundet']],
    ["the total's Summa off", ROWS, ['Summa', ['900 000 kr', '200 000 kr'], '1 010 000 kr'], {}, ['funding-column Totalt']],
    [
      'two defects of different sizes: both',
      [['Personal', ['800 000 kr', '200 000 kr'], '1 100 000 kr'], ROWS[1] as Written],
      ['Summa', ['900 000 kr', '250 000 kr'], '1 200 000 kr'],
      {},
      ['funding-row Personal', 'funding-column Kommunen'],
    ],
    ['tkr within rounding', [['Personal', ['1 234 tkr', '567 tkr'], '1 802 tkr']], ['Summa', ['1 234 tkr', '567 tkr'], '1 802 tkr'], {}, []],
    [
      'tkr beyond rounding',
      [['Personal', ['1 234 tkr', '567 tkr'], '1 811 tkr']],
      ['Summa', ['1 234 tkr', '567 tkr'], '1 811 tkr'],
      {},
      ['funding-row Personal'],
    ],
    [
      'a part that is no amount: the row and its column are not checked',
      [['Personal', ['800 000 kr', '?se bilaga'], '1 100 000 kr']],
      ['Summa', ['800 000 kr', '250 000 kr'], '1 100 000 kr'],
      {},
      [],
    ],
    [
      'no total column: the columns alone',
      ROWS.map(([label, parts]) => [label, parts, null]),
      ['Summa', ['900 000 kr', '250 000 kr'], null],
      { totalColumn: null },
      ['funding-column Kommunen'],
    ],
    ['no Summa row: the rows alone', ROWS, null, {}, []],
    ['no figure in a row', [['Övrigt', ['', ''], null], ...ROWS], ['Summa', ['900 000 kr', '200 000 kr'], '1 100 000 kr'], {}, []],
  ])('%s', (_name, rows, summa, options, expected) => {
    const findings = check(rows, summa, options);
    expect(findings.map(({ data }) => `${data.subject} ${data.subject === 'funding-row' ? data.row : data.column}`)).toEqual(expected);
  });

  it("says a row's parts and its total, in English and Swedish", () => {
    const [finding] = check([['Personal', ['800 000 kr', '200 000 kr'], '1 100 000 kr']], null);
    expect(finding?.message).toBe(
      'Personal: the funders\' parts (Förbundet, Kommunen) add up to 1 000 000 kr but the column "Totalt" says 1 100 000 kr (difference 100 000 kr; the figures are exact kronor, so no rounding tolerance)',
    );
    expect(inSwedish(fundingSplitMismatch, finding)).toBe(
      nb`Personal: finansiärernas delar (Förbundet, Kommunen) summerar till 1~000~000~kr men kolumnen ”Totalt” anger 1~100~000~kr (skillnad 100~000~kr; beloppen är exakta kronor, så ingen avrundningstolerans)`,
    );
    expect(finding?.data).toEqual({
      subject: 'funding-row',
      table: 'Kostnader per finansiär',
      row: 'Personal',
      totalColumn: 'Totalt',
      total: { sek: 1_100_000, unit: 'kr', text: '1 100 000 kr', decimals: 0 },
      parts: [
        { funder: 'Förbundet', amount: { sek: 800_000, unit: 'kr', text: '800 000 kr', decimals: 0 } },
        { funder: 'Kommunen', amount: { sek: 200_000, unit: 'kr', text: '200 000 kr', decimals: 0 } },
      ],
      actual: 1_100_000,
      expected: 1_000_000,
      difference: 100_000,
      tolerance: 0,
      unit: 'kr',
      rounding: { figures: 3, unit: 'kr' },
    });
  });

  it("says a column's rows and its Summa, in English and Swedish", () => {
    const [finding] = check(ROWS, ['Totalt', ['0 kr', '200 000 kr'], '1 100 000 kr']);
    expect(finding?.message).toBe(
      'Column "Förbundet": the rows add up to 900 000 kr but the row "Totalt" says 0 kr (difference 900 000 kr; the figures are exact kronor, so no rounding tolerance)',
    );
    expect(inSwedish(fundingSplitMismatch, finding)).toBe(
      nb`Kolumnen ”Förbundet”: raderna summerar till 900~000~kr men raden ”Totalt” anger 0~kr (skillnad 900~000~kr; beloppen är exakta kronor, så ingen avrundningstolerans)`,
    );
    expect(finding?.data).toMatchObject({
      subject: 'funding-column',
      column: 'Förbundet',
      summaRow: 'Totalt',
      actual: 0,
      expected: 900_000,
      difference: -900_000,
    });
  });
});
