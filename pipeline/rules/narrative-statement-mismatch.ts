import type { ArsredovisningRecord, NarrativeFigure, NarrativeFigureKind, StatementKind } from '../../schemas/arsredovisning.js';
import type { Evidence, Money } from '../../schemas/common.js';
import type { NarrativeStatementMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, formatMoney, pairToleranceText, quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';
import { pairTolerance, reconciles } from '../rule-helpers/tolerance.js';

const FIGURE_NAME: Record<NarrativeFigureKind, string> = { result: 'årets resultat', equity: 'eget kapital', costs: 'the year’s costs' };
const STATEMENT_NAME: Record<StatementKind, string> = {
  income: 'resultaträkning',
  balance: 'balansräkning',
  cashFlow: 'kassaflödesanalys',
  operating: 'driftredovisning',
};
const FIGURE_NAME_SV: Record<NarrativeFigureKind, string> = { result: 'årets resultat', equity: 'eget kapital', costs: 'årets kostnader' };
/** "resultaträkningens ”Årets resultat”". */
const STATEMENT_GENITIVE_SV: Record<StatementKind, string> = {
  income: 'resultaträkningens',
  balance: 'balansräkningens',
  cashFlow: 'kassaflödesanalysens',
  operating: 'driftredovisningens',
};

/** The figure as the message names it: an interim report's result row is the period's. */
function figureName(data: NarrativeStatementMismatchData, lang: 'sv' | 'en'): string {
  if (data.figure === 'result' && /^periodens/iu.test(data.row.label.trim())) return lang === 'sv' ? 'periodens resultat' : 'the period’s result';
  return lang === 'sv' ? FIGURE_NAME_SV[data.figure] : FIGURE_NAME[data.figure];
}

interface StatementFigure {
  statement: StatementKind;
  label: string;
  amount: Money;
  evidence: Evidence;
  /** Whether the statement or the report says its unit ("Resultaträkning (tkr)", "Alla belopp i tkr"); else it was read in kronor. */
  unitStated: boolean;
}

export const narrativeStatementMismatch: Rule<'narrative-statement-mismatch'> = {
  meta: {
    id: 'narrative-statement-mismatch',
    defaultSeverity: 'warning',
    title: { sv: 'Förvaltningsberättelsen stämmer inte med räkenskaperna', en: 'Narrative figure differs from the statements' },
    description: "A figure the förvaltningsberättelse states (årets resultat, eget kapital, the year's costs) differs from the statements.",
    messages: {
      sv: (data) =>
        `Texten anger att ${figureName(data, 'sv')} är ${formatMoney(data.narrative.amount, 'sv')} men ${STATEMENT_GENITIVE_SV[data.statement]} ` +
        `${quote(data.row.label, 'sv')} är ${formatMoney(data.row.amount, 'sv')} (skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ${pairToleranceText(data.tolerance, 'sv')})`,
      en: (data) =>
        `The text says ${figureName(data, 'en')} is ${formatMoney(data.narrative.amount)} but the ${STATEMENT_NAME[data.statement]}'s ` +
        `"${data.row.label}" is ${formatMoney(data.row.amount)} (difference ${formatKr(Math.abs(data.difference))}; ${pairToleranceText(data.tolerance)})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const record = input.record;
    return record.narrativeFigures.flatMap((stated): FindingDraft<NarrativeStatementMismatchData>[] => {
      const row = statementFigure(record, stated.figure);
      if (!row) return [];
      // Costs are named as an amount spent, whatever sign the statement writes them with.
      const actual = stated.figure === 'costs' ? Math.abs(stated.amount.sek) : stated.amount.sek;
      const expected = stated.figure === 'costs' ? Math.abs(row.amount.sek) : row.amount.sek;
      const tolerance = pairTolerance(stated.amount, row.amount);
      const difference = actual - expected;
      if (reconciles(difference, tolerance)) return [];
      // A statement whose unit nothing states was read in kronor; the text's figure a thousand times its own says it is in tkr.
      if (!row.unitStated && reconciles(actual - expected * 1000, pairTolerance(stated.amount, { ...row.amount, sek: row.amount.sek * 1000, unit: 'tkr' })))
        return [];
      return [
        {
          data: {
            figure: stated.figure,
            narrative: { text: stated.evidence.text, amount: writtenMoney(stated.amount) },
            statement: row.statement,
            row: { label: row.label, amount: writtenMoney(row.amount) },
            actual,
            expected,
            difference,
            tolerance: tolerance.sek,
            unit: 'kr',
          },
          evidence: evidenceFor(input, [stated.evidence, row.evidence]),
        },
      ];
    });
  },
};

/** The statement row a narrative figure is about: the income statement first, the driftredovisning's utfall else. */
function statementFigure(record: ArsredovisningRecord, figure: NarrativeFigure['figure']): StatementFigure | null {
  const { operating } = record.statements;
  const unitStated = (unitText: string | null, amount: Money): boolean => unitText !== null || amount.unit !== 'kr';
  const financial = (statement: 'income' | 'balance', label: RegExp): StatementFigure | null => {
    const read = record.statements[statement];
    const row = [...(read?.rows ?? [])].reverse().find((candidate) => label.test(candidate.label.trim()) && candidate.current);
    return row?.current && read
      ? { statement, label: row.label, amount: row.current, evidence: row.evidence, unitStated: unitStated(read.unitText, row.current) }
      : null;
  };
  const planned = (label: RegExp): StatementFigure | null => {
    const row = [...(operating?.rows ?? [])].reverse().find((candidate) => label.test(candidate.label.trim()) && candidate.outcome);
    return row?.outcome && operating
      ? { statement: 'operating', label: row.label, amount: row.outcome, evidence: row.evidence, unitStated: unitStated(operating.unitText, row.outcome) }
      : null;
  };
  switch (figure) {
    case 'result':
      // An interim report's result is the period's.
      return financial('income', /^(?:årets|periodens)\s+resultat$/iu) ?? planned(/^(?:årets|periodens)\s+resultat$/iu);
    case 'equity':
      return financial('balance', /^(?:summa\s+)?eget\s+kapital$/iu);
    case 'costs':
      return financial('income', /^verksamhetens\s+kostnader$/iu) ?? planned(/^summa\s+kostnader$/iu);
  }
}
