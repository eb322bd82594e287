import type { UnreadFigureData } from '../../schemas/finding-data.js';
import type { Evidence } from '../../schemas/common.js';
import { evidenceFor } from '../rule-helpers/evidence.js';
import { quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';

type Table = UnreadFigureData['table'];
type Column = UnreadFigureData['column'];

const TABLE_SV: Record<Table, string> = {
  budget: 'Kostnadstabellen',
  income: 'Resultaträkningen',
  balance: 'Balansräkningen',
  cashFlow: 'Kassaflödesanalysen',
  operating: 'Driftredovisningen',
  interventions: 'Tabellen över insatserna',
};
const TABLE_EN: Record<Table, string> = {
  budget: 'Cost table',
  income: 'Income statement',
  balance: 'Balance sheet',
  cashFlow: 'Cash flow statement',
  operating: 'Driftredovisning',
  interventions: 'Table of the interventions',
};
const COLUMN_SV: Record<Column, string> = { budget: 'budget', outcome: 'utfall', current: 'i år', previous: 'föregående år', deviation: 'avvikelse' };
const COLUMN_EN: Record<Column, string> = { budget: 'budget', outcome: 'utfall', current: 'this year', previous: 'last year', deviation: 'avvikelse' };

/**
 * Says what the sum rules leave unchecked and why: a figure cell that holds text the reader cannot
 * take as an amount ("ca 950 000", "se bilaga"). Not an inconsistency — information, so the kansli
 * knows the column's sums (or the row's avvikelse) were not held to each other.
 */
export const unreadFigure: Rule<'unread-figure'> = {
  meta: {
    id: 'unread-figure',
    defaultSeverity: 'info',
    title: { sv: 'Ett belopp kunde inte läsas', en: 'A figure is not an amount' },
    description:
      'A figure cell of a cost table, a table of the interventions or a financial statement holds text that is no amount, so the sums over its column are not checked.',
    messages: {
      sv: (data) =>
        `${TABLE_SV[data.table]}, ${quote(data.row, 'sv')}: ${COLUMN_SV[data.column]}${ofYear(data)} ${quote(data.text, 'sv')} är inget belopp, så ` +
        (data.column === 'deviation' ? 'radens avvikelse kontrollerades inte' : 'kolumnens summor kontrollerades inte'),
      en: (data) =>
        `${TABLE_EN[data.table]}, ${quote(data.row)}: ${COLUMN_EN[data.column]}${ofYear(data)} ${quote(data.text)} is not an amount, so ` +
        (data.column === 'deviation' ? "the row's avvikelse was not checked" : "the column's sums were not checked"),
    },
  },
  check(input) {
    if (input.kind === 'slutrapport') {
      return input.record.budget.rows.flatMap((row) => [
        ...drafts(input, 'budget', row.category, row.unreadFigures, row.evidence),
        ...(row.years ?? []).flatMap((year) => drafts(input, 'budget', row.category, year.unreadFigures, row.evidence, year.year)),
      ]);
    }
    if (input.kind !== 'arsredovisning') return [];
    const { statements, interventions } = input.record;
    return [
      ...interventions.flatMap((intervention) => drafts(input, 'interventions', intervention.name, intervention.unreadFigures, intervention.evidence)),
      ...(['income', 'balance', 'cashFlow'] as const).flatMap((table) =>
        (statements[table]?.rows ?? []).flatMap((row) => drafts(input, table, row.label, row.unreadFigures, row.evidence)),
      ),
      ...(statements.operating?.rows ?? []).flatMap((row) => drafts(input, 'operating', row.label, row.unreadFigures, row.evidence)),
    ];
  },
};

function drafts(
  input: RuleInput,
  table: Table,
  row: string,
  unread: { [C in Column]?: string | undefined } | undefined,
  evidence: Evidence | undefined,
  year?: number,
): FindingDraft<UnreadFigureData>[] {
  const ofYear = year === undefined ? {} : { year };
  return Object.entries(unread ?? {}).flatMap(([column, text]) =>
    typeof text === 'string' ? [{ data: { table, row, column: column as Column, ...ofYear, text }, evidence: evidenceFor(input, [evidence], row) }] : [],
  );
}

/** " 2022" after the column's name, for a year's column of a cost table. */
function ofYear(data: UnreadFigureData): string {
  return data.year === undefined ? '' : ` ${data.year}`;
}
