/**
 * The year's interventions as a table of their money, in a report that describes none in an
 * appendix: "Insats | Budget | Utfall", "Insats | Huvudman | Beviljat belopp", "Insats | 2021 |
 * 2020" under "Kostnader per insats (tkr)". Each row with money is an intervention with its budget
 * and utfall; each Summa a total the report states for exactly the rows it closes (aggregate-mismatch):
 * a group's, or all of them. A table with the förbund's income or kansli among its rows is the whole
 * förbund's, not read.
 */
import type { Intervention, StatedTotal } from '../../schemas/arsredovisning.js';
import type { Money, MoneyUnit } from '../../schemas/common.js';
import type { Table } from '../model.js';
import { appendAll, maxOf } from '../arrays.js';
import { partsOfRowsAbove, readFigureCell, TOTAL_WORDS, unreadFiguresOf } from '../parse/index.js';
import { headerRowFromLine, mayBeHeading } from '../parse/split-headings.js';
import { PERCENT_HEADING, SPENT_SHARE_HEADING, statedShareOf } from '../parse/percent.js';
import { captionsOver, evidenceOf, isParagraph, isTable, type Placed, tidy } from './walk.js';
import { type GridRow, gridOf, isDash, parseCellAmount, UNIT_TEXT, unitOf } from './statements/grid.js';

/** The first column's heading of a table of interventions: "Insats", "Samverkansinsatser 2021", "Insats/projekt". */
const INTERVENTION = String.raw`(?:\p{L}*insats(?:er|erna|namn)?|finansierade\s+insatser|projekt(?:namn)?)`;
const INTERVENTION_HEADING = new RegExp(String.raw`^${INTERVENTION}(?:\s*\/\s*${INTERVENTION})?(?:\s+(?:19|20)\d{2})?$`, 'iu');
/**
 * A row of the förbund's own money, not an insats: its income, its kansli, its board. A table with
 * one is a budget follow-up of the whole förbund (a driftredovisning by another name), not read.
 */
const NOT_AN_INSATS =
  /(?<![\p{L}])(?:förbundets\s+(?:egna\s+)?kostnader|egna\s+kostnader|intäkt\p{L}*|medlemsavgift\p{L}*|medlemsbidrag|bidrag\s+från|tilldelning|kansli\p{L}*|administration|styrelse\p{L}*|revision|förbundsgemensam\p{L}*|gemensamma\s+kostnader|resultat|eget\s+kapital)(?![\p{L}])/iu;
/** A column of what was granted or planned: "Budget 2021", "Beviljat belopp", "Tilldelade medel". */
const BUDGET = /^(?:budget\p{L}*|bevilja\p{L}*|tilldela\p{L}*|tilldelning)(?![\p{L}])/iu;
/** A column of what was used: "Utfall", "Kostnad 2021", "Förbrukade medel", "Bokslut". */
const OUTCOME = /^(?:utfall|kostnad(?:er)?|förbruka\p{L}*|upparbeta\p{L}*|bokslut)(?![\p{L}])/iu;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/gu;
/** A column of more than the year: the whole period's, or since the insats began ("Utfall totalt", "Ackumulerat"). */
const BEYOND_THE_YEAR = /(?<![\p{L}])(?:total[at]?|sammanlag[dt]|ackumulera\p{L}*|sedan\s+start\p{L}*|hela\s+\p{L}+|t\.?\s?o\.?\s?m\.?)(?![\p{L}])/iu;
const ONLY_A_YEAR = /^(?:19|20)\d{2}$/u;
/** The difference of budget and utfall: "Avvikelse", "Avvikelse mot budget", "Differens". */
const DEVIATION = /^(?:avvikelse|differens|diff\.?|skillnad)(?![\p{L}])/iu;
/** A prognosis beside the utfall: an avvikelse there may be the prognosis's. */
const FORECAST = /prognos/iu;
const TOTAL = new RegExp(`^(?:${TOTAL_WORDS})(?![\\p{L}])`, 'iu');

export interface InterventionTable {
  interventions: Intervention[];
  statedTotals: StatedTotal[];
}

const NONE: InterventionTable = { interventions: [], statedTotals: [] };

interface MoneyColumns {
  budget: number | null;
  outcome: number | null;
  /** The avvikelse beside both, where the header has one and no prognosis it may be the difference of. */
  deviation: number | null;
  /** The utfall's share of the budget beside both ("Förbrukat %"), where the header has one: its column and heading. */
  spentShare: { column: number; heading: string } | null;
}

/**
 * The budget and the utfall column of a header: each heading of the report's year or of none, not
 * of the whole period; a bare year is the year's utfall. Null where either role has two columns
 * (which is the year's, the table does not say) or neither has one. Beside both, an avvikelse and
 * a share of the budget spent, each where there is one.
 */
function moneyColumns(header: readonly string[], reportYear: number | null): MoneyColumns | null {
  // A report whose year is not read (an interim report's title gives it) is of the latest its headings name.
  const named = header.flatMap((written) => [...written.matchAll(YEAR)].map((match) => Number(match[1])));
  const year = reportYear ?? (named.length > 0 ? maxOf(named) : null);
  const budgets: number[] = [];
  const outcomes: number[] = [];
  const deviations: number[] = [];
  const spentShares: number[] = [];
  /** Whether a column is of another year or the whole period ("Utfall 2022", "Utfall totalt"). */
  let otherPeriod = false;
  header.forEach((written, column) => {
    const text = tidy(written).replace(UNIT_TEXT, '').trim();
    if (column === 0 || text === '') return;
    if (SPENT_SHARE_HEADING.test(text)) spentShares.push(column);
    const years = [...text.matchAll(YEAR)].map((match) => Number(match[1]));
    if (years.some((each) => each !== year) || BEYOND_THE_YEAR.test(text)) {
      otherPeriod = true;
      return;
    }
    // A share in per cent ("Förbrukat %") is neither budget nor utfall.
    if (PERCENT_HEADING.test(text)) return;
    if (DEVIATION.test(text)) {
      deviations.push(column);
      return;
    }
    if (BUDGET.test(text)) budgets.push(column);
    else if (OUTCOME.test(text) || ONLY_A_YEAR.test(text)) outcomes.push(column);
  });
  if (budgets.length > 1 || outcomes.length > 1 || budgets.length + outcomes.length === 0) return null;
  const budget = budgets[0] ?? null;
  const outcome = outcomes[0] ?? null;
  const both = budget !== null && outcome !== null;
  // Beside a prognosis, or an utfall of another year, an avvikelse may be theirs ("Utfall 2022 | Avvikelse": the change since last year).
  const besideBoth = both && deviations.length === 1 && !otherPeriod && !header.some((text) => FORECAST.test(text));
  return {
    budget,
    outcome,
    deviation: besideBoth ? (deviations[0] ?? null) : null,
    spentShare: both && spentShares[0] !== undefined && spentShares.length === 1 ? { column: spentShares[0], heading: header[spentShares[0]] ?? '' } : null,
  };
}

function blankIntervention(name: string, budget: Money | null, outcome: Money | null, evidence: Intervention['evidence']): Intervention {
  return {
    name,
    orientation: null,
    period: null,
    purpose: null,
    goals: null,
    results: null,
    comment: null,
    participantRegistration: null,
    targetGroup: null,
    budget,
    outcome,
    lead: null,
    partners: [],
    participants: [],
    source: 'table',
    evidence,
  };
}

/**
 * The first table of interventions and their money among the blocks `unread` leaves (not a
 * statement's, not the appendix's); none gives no interventions.
 */
export function readInterventionTable(
  placed: Placed[],
  unread: (index: number) => boolean,
  context: { year: number | null; defaultUnit: MoneyUnit | null },
): InterventionTable {
  for (const [at, item] of placed.entries()) {
    if (!isTable(item) || !unread(item.index)) continue;
    const grid = gridOf(item.block as Table);
    const own = INTERVENTION_HEADING.test(tidy(grid[0]?.cells[0] ?? ''));
    const header = own ? (grid[0]?.cells ?? []) : headerApart(placed, at, grid, context.year);
    if (!header) continue;
    const columns = moneyColumns(header, context.year);
    if (!columns) continue;
    const unitText = [...header, ...captionsOver(placed, at)].find((text) => UNIT_TEXT.test(text));
    const unit = unitText ? unitOf(unitText.match(UNIT_TEXT)?.[1] ?? 'kr') : (context.defaultUnit ?? 'kr');
    const body = own ? [...grid.slice(1), ...partsAfter(placed, at, header, unread)] : grid;
    const found = readRows(body, columns, unit, item.section);
    if (found.interventions.length > 0) return found;
  }
  return NONE;
}

/** The lines of a title that may stand between a table of insatser and its next part ("Avslutade insatser"). */
const TITLE_LINES = 2;

/**
 * The rows of the tables that go on a table of insatser right under it, each under a title of a line
 * or two and the same header ("Pågående insatser" over one table, "Avslutade insatser" over the
 * next), as a Word author sets the parts of one table apart: their rows, without the header.
 */
const isTitleLine = (item: Placed | undefined): boolean => item !== undefined && isParagraph(item);

function partsAfter(placed: Placed[], at: number, header: readonly string[], unread: (index: number) => boolean): GridRow[] {
  const rows: GridRow[] = [];
  const sameHeader = (cells: readonly string[]): boolean =>
    cells.length === header.length && cells.every((cell, index) => tidy(cell) === tidy(header[index] ?? ''));
  for (let index = at + 1; index < placed.length;) {
    let next = index;
    while (next < index + TITLE_LINES && isTitleLine(placed[next])) next += 1;
    const item = placed[next];
    if (!item || !isTable(item) || !unread(item.index)) break;
    const grid = gridOf(item.block as Table);
    if (!sameHeader(grid[0]?.cells ?? [])) break;
    appendAll(rows, grid.slice(1));
    index = next + 1;
  }
  return rows;
}

/** A word an insats table's column heading opens with: its budget, utfall, avvikelse, share or year. */
const OPENS_HEADING =
  /^\(?(?:budget\p{L}*|bevilja\p{L}*|tilldela\p{L}*|tilldelning|utfall\p{L}*|kostnad(?:er)?|förbruka\p{L}*|upparbeta\p{L}*|bokslut|avvikelse|differens|diff\.?|skillnad|prognos|andel|procent|%|total[at]?|sammanlag[dt]|ackumulera\p{L}*|(?:19|20)\d{2})[,:]?\)?$/iu;

/**
 * The header of a table of insatser set apart from it: a line of its headings right over it
 * ("Insats Budget Utfall Avvikelse"), as a Word author types it and a PDF reader reads a header set
 * off by a gap, or a table of nothing but the header right over it. Null where there is none, or
 * the line's words do not split into one heading per figure column (parse/split-headings.ts).
 */
function headerApart(placed: Placed[], at: number, grid: GridRow[], year: number | null): string[] | null {
  const above = placed[at - 1];
  if (!above || grid.length === 0) return null;
  if (isTable(above)) {
    const rows = gridOf(above.block);
    const header = rows[0]?.cells ?? [];
    const onlyHeader = rows.length === 1 && header.slice(1).every((text) => parseCellAmount(text, 'kr') === null || ONLY_A_YEAR.test(text.trim()));
    return onlyHeader && INTERVENTION_HEADING.test(tidy(header[0] ?? '')) ? header : null;
  }
  if (INTERVENTION_HEADING.test(tidy(grid[0]?.cells[0] ?? ''))) return null;
  return headerRowFromLine(
    isParagraph(above) ? above.block.text : '',
    grid.map((row) => row.cells),
    {
      isFigure: (text) => parseCellAmount(text, 'kr') !== null || statedShareOf(text, '') !== null,
      labelOptional: false,
      // One figure column under a line ("Insatser 2023" over names and figures) may be counts as well as money.
      minFigures: 2,
      accepts: ([label = '', ...headings], header) =>
        INTERVENTION_HEADING.test(label) &&
        headings.every((text) => mayBeHeading(text, (word) => OPENS_HEADING.test(word))) &&
        moneyColumns(header, year) !== null,
    },
  );
}

/** A total of the whole table ("Totalt", "Summa totalt", "Summa insatser"), not a group's "Summa". */
const WHOLE_TOTAL = /^(?:totalt?|totalsumma|sammanlagt)(?![\p{L}])|^summa\s+(?:totalt|(?:alla\s+|samtliga\s+)?insatser(?:na)?)$/iu;

/**
 * The rows of a table of insatser: each with money an intervention, each Summa a total of the rows
 * since the one before it (a group's), or — where it is the whole's ("Totalt") or follows another
 * Summa right away — of every row over it (closedBy). Rows after the last Summa (a result, a
 * comment) are none of them.
 */
function readRows(body: GridRow[], columns: MoneyColumns, unit: MoneyUnit, section: string | null): InterventionTable {
  // A dash is a zero written as such; a blank cell is a figure not given.
  const figure = (row: GridRow, column: number | null): Money | null => {
    const text = column === null ? '' : (row.cells[column] ?? '').trim();
    return parseCellAmount(text, unit) ?? (isDash(text) ? { sek: 0, unit, text } : null);
  };
  // A cell that is no amount ("se not 3"): its row is still one of the Summa's, whose sum is then unknown.
  const unread = (row: GridRow, column: number | null): string | null =>
    column === null || figure(row, column) ? null : readFigureCell(row.cells[column] ?? '', (text) => parseCellAmount(text, unit)).unread;
  const labels = body.map((row) => tidy(row.cells[0] ?? '').replace(/\n/gu, ' '));
  const totals = new Set(labels.flatMap((label, index) => (TOTAL.test(label) ? [index] : [])));
  const last = [...totals].at(-1);
  const end = last === undefined ? body.length : last + 1;
  if (labels.slice(0, end).some((label, index) => !totals.has(index) && NOT_AN_INSATS.test(label))) return NONE;
  const amountColumn = columns.outcome ?? columns.budget ?? 0;
  const parts = partsOfRowsAbove(body.slice(0, end).map((row, index) => ({ label: labels[index] ?? '', value: figure(row, amountColumn)?.sek ?? null })));
  const rowText = (row: GridRow): string => row.cells.filter((text) => text !== '').join(' | ');
  const found: InterventionTable = { interventions: [], statedTotals: [] };
  let group: Intervention[] = [];
  let totalsBefore = 0;
  body.slice(0, end).forEach((row, index) => {
    const name = labels[index] ?? '';
    const evidence = evidenceOf(row.source, section, rowText(row));
    if (totals.has(index)) {
      // The row's avvikelse and share spent go on its first total, for the rules that hold them to its budget and utfall.
      const deviation = columns.deviation === null ? null : figure(row, columns.deviation);
      const spentShare = columns.spentShare === null ? null : statedShareOf(row.cells[columns.spentShare.column] ?? '', columns.spentShare.heading);
      let beside = { ...(deviation ? { deviation: { ...deviation, evidence } } : {}), ...(spentShare ? { spentShare } : {}) };
      for (const column of ['budget', 'outcome'] as const) {
        const amount = figure(row, columns[column]);
        const covers = closedBy(amount, column, group, found.interventions, totalsBefore > 0 && WHOLE_TOTAL.test(name)).map(
          (intervention) => intervention.name,
        );
        if (!amount || covers.length === 0) continue;
        found.statedTotals.push({ label: name, amount: { ...amount, evidence }, covers, column, ...beside, evidence });
        beside = {};
      }
      group = [];
      totalsBefore += 1;
      return;
    }
    const budget = figure(row, columns.budget);
    const outcome = figure(row, columns.outcome);
    const unreadFigures = unreadFiguresOf(['budget', 'outcome'] as const, [unread(row, columns.budget), unread(row, columns.outcome)]);
    // A heading row over a group ("Individinriktade insatser") has no money; a "varav" row is part of the one above;
    // the header over the next table, or repeated over the rest on a new page ("Insats | Budget | Utfall"), is none.
    if (name === '' || parts.has(index) || (!budget && !outcome && (!unreadFigures || INTERVENTION_HEADING.test(name)))) return;
    const deviation = columns.deviation === null ? undefined : figure(row, columns.deviation);
    const intervention = {
      ...blankIntervention(name, budget && { ...budget, evidence }, outcome && { ...outcome, evidence }, evidence),
      ...(unreadFigures ? { unreadFigures } : {}),
      ...(deviation === undefined ? {} : { deviation: deviation && { ...deviation, evidence } }),
      ...(columns.spentShare === null ? {} : { spentShare: statedShareOf(row.cells[columns.spentShare.column] ?? '', columns.spentShare.heading) }),
    };
    found.interventions.push(intervention);
    group.push(intervention);
  });
  return found;
}

/**
 * The rows a Summa closes: the rows since the Summa before it; after one, all of them where it is
 * the whole's ("Totalt") or no row stands between. Where the other reading adds up to it exactly and
 * this one does not, the other: which it is, a bare "Summa" after a group does not say.
 */
function closedBy(amount: Money | null, column: 'budget' | 'outcome', group: Intervention[], all: Intervention[], whole: boolean): Intervention[] {
  if (group.length === 0 || group.length === all.length) return all;
  const sum = (rows: Intervention[]): number | null =>
    rows.every((row) => row[column] !== null) ? rows.reduce((total, row) => total + (row[column]?.sek ?? 0), 0) : null;
  const [chosen, other] = whole ? [all, group] : [group, all];
  return amount && sum(chosen) !== amount.sek && sum(other) === amount.sek ? other : chosen;
}
