import type { Evidence, Money, StatedShare } from '../../schemas/common.js';
import type { PercentageMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { unlessMostRowsOff } from '../rule-helpers/most-rows-off.js';
import { formatDecimal, formatMoney, formatPercent } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';
import { percentRange } from '../rule-helpers/tolerance.js';
import { interventionSummaPairs, summaPairs } from '../rule-helpers/budget-sums.js';

export const percentageMismatch: Rule<'percentage-mismatch'> = {
  meta: {
    id: 'percentage-mismatch',
    defaultSeverity: 'warning',
    title: { sv: 'Angiven procentsats stämmer inte med beloppen', en: 'Stated percentage differs from its figures' },
    description:
      "A stated percentage differs from the ratio of the stated figures it is computed from (in a final report's cost table, the utfall's share of the budget).",
    messages: {
      sv: (data) =>
        (tableRow(data, 'sv') ?? '') +
        `${formatMoney(data.numerator, 'sv')} av ${formatMoney(data.denominator, 'sv')} är ${formatPercent(data.expected, 1, 'sv')}, men ${tableRow(data, 'sv') === null ? 'texten' : 'tabellen'} anger ` +
        `${formatPercent(data.actual, 1, 'sv')} (skillnad ${formatDecimal(Math.abs(data.difference), 1, 'sv')} procentenheter; ` +
        `tolerans ±${String(data.tolerance).replace('.', ',')} procentenhet plus beloppens avrundning, ` +
        `${formatDecimal(data.range.low, 2, 'sv')}–${formatPercent(data.range.high, 2, 'sv')})`,
      en: (data) =>
        (tableRow(data, 'en') ?? '') +
        `${formatMoney(data.numerator)} of ${formatMoney(data.denominator)} is ${formatPercent(data.expected)}, but the ${tableRow(data, 'en') === null ? 'text' : 'table'} says ` +
        `${formatPercent(data.actual)} (difference ${formatPercent(Math.abs(data.difference)).replace(' %', ' percentage points')}; ` +
        `tolerance ±${data.tolerance} percentage point plus the rounding of the figures, ` +
        `${formatPercent(data.range.low, 2).replace(' %', '')}–${formatPercent(data.range.high, 2)})`,
    },
  },
  check: (input) => {
    const shares = statedShares(input);
    const inText = shares.filter((stated) => stated.row === undefined).flatMap((stated) => check(input, stated));
    const tables = new Map<string, ShareToCheck[]>();
    for (const stated of shares) {
      const table = stated.row === undefined ? undefined : Object.keys(stated.row)[0];
      if (table !== undefined) tables.set(table, [...(tables.get(table) ?? []), stated]);
    }
    // "Utfall i %" may be each row's share of the whole utfall, the column summing to 100.
    const inTables = [...tables.values()].flatMap((rows) =>
      unlessMostRowsOff(
        rows.flatMap((stated) => check(input, stated)),
        rows.length,
      ),
    );
    return [...inText, ...inTables];
  },
};

/** The table row a share stands in, as the message opens with it; null for a percentage in running text. */
function tableRow(data: PercentageMismatchData, language: 'sv' | 'en'): string | null {
  const [table, row] =
    data.costRow !== undefined
      ? [language === 'sv' ? 'Kostnadstabellen' : 'Cost table', data.costRow]
      : data.intervention !== undefined
        ? [language === 'sv' ? 'Insatstabellen' : 'Table of insatser', data.intervention]
        : data.operatingRow !== undefined
          ? [language === 'sv' ? 'Driftredovisningen' : 'Driftredovisning', data.operatingRow]
          : [null, null];
  if (table === null) return null;
  return language === 'sv' ? `${table}, ${row}: utfallet ` : `${table}, ${row}: utfall `;
}

/** A percentage and the figures it is computed from: numerator / denominator × 100. */
interface ShareToCheck {
  percent: number;
  numerator: Money;
  denominator: Money;
  /** The table row it stands in, where it stands in one (the finding's data names it so). */
  row?: { costRow: string } | { intervention: string } | { operatingRow: string };
  /** Other figures it may be computed from: the Summa row's as its rows add up (`summaPairs`). */
  alternatives?: { numerator: Money; denominator: Money }[];
  /** Other values the figure may be: a bare figure under "Förbrukat (%)" written as a ratio ("0,94" for 94 %). */
  readings?: number[];
  evidence: (Evidence | undefined)[];
}

/** An annual report's percentages stated beside their figures; a final report's cost table's "Förbrukat %", the utfall over the budget. */
function statedShares(input: RuleInput): ShareToCheck[] {
  if (input.kind === 'arsredovisning') {
    const inText = input.record.statedPercentages.map((stated) => ({
      percent: stated.percent,
      numerator: stated.numerator,
      denominator: stated.denominator,
      evidence: [stated.evidence, stated.numerator.evidence, stated.denominator.evidence],
    }));
    const { interventions, statedTotals } = input.record;
    const insatser = interventions.flatMap((intervention) => spentShareOf(intervention, { intervention: intervention.name }));
    // A Summa row's share, held to its utfall over its budget as written or as the insatser it closes add up.
    const summas = statedTotals.flatMap((total): ShareToCheck[] => {
      if (!total.spentShare) return [];
      const [written, ...summed] = interventionSummaPairs(total, statedTotals, interventions);
      return written
        ? [
            {
              percent: total.spentShare.percent,
              numerator: written.outcome,
              denominator: written.budget,
              row: { intervention: total.label },
              alternatives: summed.map(({ budget, outcome }) => ({ numerator: outcome, denominator: budget })),
              readings: readings(total.spentShare),
              evidence: [total.evidence],
            },
          ]
        : [];
    });
    const operating = (input.record.statements.operating?.rows ?? []).flatMap((row) => spentShareOf(row, { operatingRow: row.label }));
    return [...inText, ...insatser, ...summas, ...operating];
  }
  if (input.kind !== 'slutrapport') return [];
  const { rows, total } = input.record.budget;
  const rowShares = rows.flatMap((row) => spentShareOf(row, { costRow: row.category }));
  const [written, ...summed] = summaPairs(input.record);
  const summaShare: ShareToCheck[] =
    written && total.spentShare
      ? [
          {
            percent: total.spentShare.percent,
            numerator: written.outcome,
            denominator: written.budget,
            row: { costRow: 'Summa' },
            alternatives: summed.map(({ budget, outcome }) => ({ numerator: outcome, denominator: budget })),
            readings: readings(total.spentShare),
            evidence: [total.evidence],
          },
        ]
      : [];
  return [...rowShares, ...summaShare];
}

/** A bare figure under a heading in per cent may be written as a ratio: "0,94" for 94 %. */
const readings = (share: StatedShare): number[] => (/%|procent/iu.test(share.text) ? [] : [share.percent * 100]);

/** A table row's share of its budget spent, to check against its utfall over its budget; none where a figure is missing. */
function spentShareOf(
  {
    budget,
    outcome,
    spentShare,
    evidence,
  }: { budget: Money | null; outcome: Money | null; spentShare?: StatedShare | null | undefined; evidence?: Evidence | undefined },
  row: NonNullable<ShareToCheck['row']>,
): ShareToCheck[] {
  if (!budget || !outcome || !spentShare) return [];
  // An utfall of the other sign than its budget (a cost written with a minus in one column only) is no share of it.
  if (outcome.sek !== 0 && budget.sek < 0 !== outcome.sek < 0) return [];
  return [{ percent: spentShare.percent, numerator: outcome, denominator: budget, row, readings: readings(spentShare), evidence: [evidence] }];
}

/** Within one unit of the percentage's last digit of the ratio its figures allow, their rounding counted. */
function fits(percent: number, { numerator, denominator }: { numerator: Money; denominator: Money }): boolean {
  const range = percentRange(numerator, denominator, percent);
  return range !== null && percent > range.low - range.statedUnit && percent < range.high + range.statedUnit;
}

function check(input: RuleInput, stated: ShareToCheck): FindingDraft<PercentageMismatchData>[] {
  const range = percentRange(stated.numerator, stated.denominator, stated.percent);
  const percents = [stated.percent, ...(stated.readings ?? [])];
  if (!range || [stated, ...(stated.alternatives ?? [])].some((figures) => percents.some((percent) => fits(percent, figures)))) return [];
  const ratio = (stated.numerator.sek / stated.denominator.sek) * 100;
  return [
    {
      data: {
        ...stated.row,
        numerator: writtenMoney(stated.numerator),
        denominator: writtenMoney(stated.denominator),
        actual: stated.percent,
        expected: ratio,
        difference: stated.percent - ratio,
        tolerance: range.statedUnit,
        unit: 'percent',
        range: { low: range.low, high: range.high },
      },
      evidence: evidenceFor(input, stated.evidence),
    },
  ];
}
