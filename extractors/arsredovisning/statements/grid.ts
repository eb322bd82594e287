/**
 * A statement table as a grid of texts with a role per column, read from its header row (years,
 * Not, Budget/Utfall/Avvikelse) or, for a continuation without a header, from where its amounts
 * stand. Word tables and PDF tables (ruled or not) come in as the same model Table.
 */
import type { Money, MoneyUnit } from '../../../schemas/common.js';
import type { Row, SourceRef, Table } from '../../model.js';
import { maxOf } from '../../arrays.js';
import { GROUP_SPACE, groupingMarkOf, MARK_GROUPED_INTEGER, parseSwedishNumber, signedFigures, unitNamed } from '../../parse/index.js';
import { SPENT_SHARE_HEADING } from '../../parse/percent.js';

export interface GridRow {
  cells: string[];
  source: SourceRef;
}

/** `spentShare`: the utfall as a share of the budget, in per cent ("Förbrukat %"), no amounts. */
export type ColumnRole = 'label' | 'note' | 'current' | 'previous' | 'budget' | 'outcome' | 'deviation' | 'spentShare';

export interface Columns {
  /** Grid column of each role present. */
  roles: Partial<Record<ColumnRole, number>>;
  /** The header texts of the roles, as written. */
  headings: Partial<Record<ColumnRole, string>>;
  /**
   * Figure columns the header names but gives no role (a prognosis, a second budget, an avvikelse
   * whose pair is not known): they hold figures all the same, so a continuation's shape counts them.
   */
  others?: number[];
  /** Rows of the table that are the header (left out of the statement's rows). */
  headerRows: number;
  /** The unit the header states ("Belopp i tkr"), if it does. */
  unitText: string | null;
}

const FACTOR: Record<MoneyUnit, number> = { kr: 1, tkr: 1_000, mkr: 1_000_000 };

/** "Belopp i tkr", "(belopp i tusental kronor)", "Tkr", "Mkr", "Belopp i kr", "kronor". */
export const UNIT_TEXT =
  /\b(?:belopp\s+(?:anges\s+|redovisas\s+)?i\s+)?(tkr|mkr|kr|ksek|sek|tusental\s+kronor|tusentals\s+kronor|tusen\s+kronor|miljoner\s+kronor|kronor)\b/iu;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/u;
/** The notes' column: "Not", "Noter". */
export const NOTE_HEADING = /^not(?:er)?\.?$/iu;
const BUDGET = /budget/iu;
const OUTCOME = /utfall|bokslut|redovisat|prognos/iu;
const DEVIATION = /avvik|differens|diff\.?$/iu;
const FORECAST = /prognos/iu;
/** A heading of last year's figures without its year: "Utfall fg år", "Utfall föregående år", "Utfall förra året". */
const LAST_YEAR = /(?<![\p{L}])(?:fg\.?\s*år|föreg(?:\.|ående)(?:\s+år)?|förra\s+året|fjol(?:året|årets)?)(?![\p{L}])/iu;
/** A column of shares ("Avvikelse i %", "Utfall i procent av budget", "Andel"): no amounts, whatever else it names. */
const SHARE = /%|(?<![\p{L}])(?:procent|andel)(?![\p{L}])/iu;
/** A cell that states zero without a figure: blank or a dash. */
const ZERO_DASH = /^[-–—−]$/u;
/** A note reference: "3", "3, 4", "3-4". */
export const NOTE_REFERENCE = /^\d{1,2}(?:\s*[,–-]\s*\d{1,2})*$/u;

/** A heading as compared with another: lower case, one kind of dash, single spaces. */
function tidyHeading(text: string): string {
  return text.toLowerCase().replace(/[–—−]/gu, '-').replace(/\s+/gu, ' ');
}

export function unitOf(written: string): MoneyUnit {
  return unitNamed(written) ?? 'kr';
}

/** The table as rows of texts in grid columns (merged cells take their first column; continuation stand-ins stay blank). */
export function gridOf(table: Table): GridRow[] {
  return table.rows.map((row: Row) => {
    const cells: string[] = [];
    for (const cell of row.cells) {
      cells.push(cell.continuation ? '' : cell.text.replace(/\s+/gu, ' ').trim());
      for (let extra = 1; extra < (cell.colSpan ?? 1); extra++) cells.push('');
    }
    return { cells, source: row.source };
  });
}

const WRITTEN_UNIT = /^(.*\d\)?)\s?(kr|kronor|sek|tkr|t\s?kr|ksek|mkr|msek|:-)$/iu;

const AMOUNT_CELL = new RegExp(`^-?(?:\\d{1,3}(?:${GROUP_SPACE}\\d{3})*(?:,\\d+)?|\\d+(?:,\\d+)?|\\d{1,3}\\.\\d{3}|${MARK_GROUPED_INTEGER})$`, 'u');

/**
 * An amount cell: "1 718", "−1 718", "-1 718", "(1 718)", "1 718-", "+1 718", "1 718,5", "1.718", "1.718.000", "1 718 tkr"; null for anything else
 * (words such as "Inga", a date). A blank or dash cell is not an amount here; the row decides.
 */
export function parseCellAmount(text: string, unit: MoneyUnit): Money | null {
  const trimmed = text.replace(/\s+/gu, ' ').trim();
  // "4 000 tkr", "250 000 kr": a unit written in the cell is the figure's own.
  const written = WRITTEN_UNIT.exec(trimmed);
  if (written?.[1] && written[2]) {
    const money = parseCellAmount(written[1], unitNamed(written[2]) ?? 'kr');
    return money ? { ...money, text: trimmed } : null;
  }
  const { figures, below } = signedFigures(trimmed);
  if (!AMOUNT_CELL.test(figures)) return null;
  const mark = groupingMarkOf(figures, unit);
  const number = parseSwedishNumber(mark ? figures.replace(mark, '') : figures);
  if (!number) return null;
  const value = below ? -Math.abs(number.value) : number.value;
  const sek = Math.round(value * FACTOR[unit]);
  if (!Number.isSafeInteger(sek)) return null;
  return { sek: sek === 0 ? 0 : sek, unit, text: trimmed, decimals: number.decimals };
}

/** A dash cell: a zero written as such, so its row has figures even when all are dashes. */
export function isDash(text: string): boolean {
  return ZERO_DASH.test(text.trim());
}

/** Zero as a blank or dash cell states it, in a row that has amounts. */
export function statedZero(text: string, unit: MoneyUnit): Money | null {
  const trimmed = text.trim();
  return trimmed === '' || ZERO_DASH.test(trimmed) ? { sek: 0, unit, text: trimmed } : null;
}

function isAmountCell(text: string): boolean {
  return parseCellAmount(text, 'kr') !== null;
}

/** The header row's roles, when one of the first rows has year, Not or Budget/Utfall/Avvikelse columns. */
export function headerColumns(rows: GridRow[], currentYear: number | null): Columns | null {
  for (let index = 0; index < Math.min(3, rows.length); index++) {
    const wrapped = wrappedHeadings(rows[index]?.cells ?? [], rows[index + 1]?.cells ?? []);
    const cells = wrapped ?? rows[index]?.cells ?? [];
    const rest = cells.slice(1);
    // A data row with amounts is no header, even where its figures look like years ("2 020").
    if (rest.some((text) => isAmountCell(text) && !YEAR.test(text.replace(/\s/gu, '')))) return null;
    const roles: Columns['roles'] = { label: 0 };
    const headings: Columns['headings'] = {};
    const years: { column: number; year: number }[] = [];
    const budgets: number[] = [];
    const outcomes: number[] = [];
    const deviations: number[] = [];
    const spentShares: number[] = [];
    cells.forEach((text, column) => {
      if (column > 0 && SPENT_SHARE_HEADING.test(text)) spentShares.push(column);
      if (column === 0 || text === '' || SHARE.test(text)) return;
      if (NOTE_HEADING.test(text)) set('note', column, text);
      // Before the budget: "Budgetavvikelse" and "Avvikelse mot budget" are avvikelser.
      else if (DEVIATION.test(text)) deviations.push(column);
      else if (BUDGET.test(text)) budgets.push(column);
      else if (OUTCOME.test(text)) {
        outcomes.push(column);
        // "Utfall 2021 | Budget 2021 | Utfall 2020", "Bokslut 2021 | Bokslut 2020": an utfall of a year is
        // that year's figures; a prognosis of it is not.
        const year = text.match(YEAR)?.[1];
        if (year && !FORECAST.test(text)) years.push({ column, year: Number(year) });
      } else {
        const year = text.match(YEAR)?.[1];
        if (year) years.push({ column, year: Number(year) });
      }
    });
    function set(role: ColumnRole, column: number, text: string): void {
      roles[role] = column;
      headings[role] = text;
    }
    const ordered = [...years].sort((a, b) => b.year - a.year || a.column - b.column);
    const current = ordered.find((entry) => entry.year === currentYear) ?? ordered[0];
    if (current) {
      set('current', current.column, cells[current.column] ?? '');
      // "Helår 2020 | Jan–aug 2021 | Jan–aug 2020": last year's column is the one of the same period.
      const period = (column: number): string =>
        tidyHeading(cells[column] ?? '')
          .replace(YEAR, '')
          .trim();
      const lastYear = ordered.find((entry) => entry.year < current.year)?.year;
      const earlier = ordered.filter((entry) => entry.year === lastYear);
      const previous = earlier.find((entry) => period(entry.column) === period(current.column)) ?? earlier[0];
      if (previous) set('previous', previous.column, cells[previous.column] ?? '');
    }
    const pairs = budgetAndOutcome(cells, budgets, outcomes, deviations, roles.current);
    for (const role of ['budget', 'outcome', 'deviation'] as const) {
      const column = pairs[role];
      if (column !== undefined) set(role, column, cells[column] ?? '');
    }
    if (!current && roles.outcome !== undefined && !FORECAST.test(headings.outcome ?? '')) {
      // "Budget | Utfall | Avvikelse" over a statement of no years: the utfall is the year's.
      set('current', roles.outcome, headings.outcome ?? '');
    }
    const found = Object.keys(roles).length > 1;
    if (!found) continue;
    // A share of the budget spent beside a budget and an utfall: one column of it, or none is known to be theirs.
    const [spentShare] = spentShares;
    if (spentShares.length === 1 && spentShare !== undefined && roles.budget !== undefined && roles.outcome !== undefined) {
      set('spentShare', spentShare, cells[spentShare] ?? '');
    }
    const named = new Set(Object.values(roles));
    const others = [...budgets, ...outcomes, ...deviations].filter((column) => !named.has(column)).sort((a, b) => a - b);
    const unit = cells.map((text) => text.match(UNIT_TEXT)).find((match) => match !== null);
    return {
      roles,
      headings,
      ...(others.length > 0 ? { others } : {}),
      headerRows: index + (wrapped ? 2 : 1),
      unitText: unit ? (cells.find((text) => UNIT_TEXT.test(text)) ?? null) : null,
    };
  }
  return null;
}

/**
 * A header's headings with the line under them that wraps them ("Budget" over "jan–aug", "Utfall"
 * over "2021", "Driftredovisning" over "(tkr)"), as a PDF reader gives a header it does not see as
 * one: a row whose every text stands under a heading and is words or a year, no other figure, with
 * at least one under a figure column. Null when the row under is no such line.
 */
function wrappedHeadings(header: string[], under: string[]): string[] | null {
  const texts = under.map((text, column) => ({ text, column })).filter(({ text }) => text !== '');
  if (!texts.some(({ column }) => column > 0)) return null;
  const wraps = texts.every(({ text, column }) => {
    const besideYear = text.replace(YEAR, '').trim();
    return (header[column] ?? '') !== '' && !/\d/u.test(besideYear) && (besideYear === '' ? YEAR.test(text) : /\p{L}/u.test(besideYear));
  });
  if (!wraps) return null;
  return header.map((text, column) => (under[column] ? `${text} ${under[column]}` : text));
}

/** A heading's words beside its budget or utfall word: "Budget jan–aug 2022" and "Utfall jan–aug 2022" share "jan-aug 2022". */
function qualifierOf(text: string): string {
  return tidyHeading(text)
    .replace(/\p{L}*(?:budget|utfall|bokslut|redovisat)\p{L}*/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The budget and utfall an avvikelse compares, from the header's candidates. The utfall is this
 * year's (one without a year, else the latest), never last year's ("Utfall fg år"), nor a prognosis
 * when there is another. Of several budgets ("Budget helår | Utfall 220831 | Budget 220831") the one
 * of the utfall's period; none such, the first, and then no avvikelse is known to be theirs. Nor is
 * it beside a prognosis ("Utfall jan–aug | Budget | Prognos helår | Avvikelse"), unless its heading
 * names the utfall: an avvikelse there is as often the prognosis's.
 */
function budgetAndOutcome(
  cells: string[],
  budgets: number[],
  outcomes: number[],
  deviations: number[],
  current: number | undefined,
): { budget?: number; outcome?: number; deviation?: number } {
  const heading = (column: number): string => cells[column] ?? '';
  const thisYears = outcomes.filter((column) => !LAST_YEAR.test(heading(column)));
  const actual = thisYears.filter((column) => !FORECAST.test(heading(column)));
  // An utfall without a year is the report's own ("Utfall | Budget | Utfall 2021"); among years, this year's.
  const outcome = actual.find((column) => !YEAR.test(heading(column))) ?? actual.find((column) => column === current) ?? actual[0] ?? thisYears[0];
  const ofOutcome = outcome === undefined ? [] : budgets.filter((column) => qualifierOf(heading(column)) === qualifierOf(heading(outcome)));
  const budget = budgets.length === 1 ? budgets[0] : ofOutcome.length === 1 ? ofOutcome[0] : budgets[0];
  const budgetKnown = budgets.length === 1 || ofOutcome.length === 1;
  const forecastBeside = outcomes.some((column) => column !== outcome && FORECAST.test(heading(column)));
  const deviation = deviations.find((column) => {
    const text = heading(column);
    if (FORECAST.test(text) && !FORECAST.test(heading(outcome ?? column))) return false;
    if (afterAnotherYear(cells, column, outcome) && !BUDGET.test(text)) return false;
    return !forecastBeside || /utfall|bokslut/iu.test(text);
  });
  return {
    ...(budget === undefined ? {} : { budget }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(deviation === undefined || !budgetKnown ? {} : { deviation }),
  };
}

/**
 * Whether the heading left of an avvikelse is of another year than the utfall's ("Budget 2023 |
 * Utfall 2023 | Utfall 2022 | Avvikelse", "Utfall fg år | Avvikelse"): the avvikelse there may be
 * the change since that year, so it is not known to be the budget's against the utfall.
 */
function afterAnotherYear(cells: string[], deviation: number, outcome: number | undefined): boolean {
  const left = cells.slice(0, deviation).findLastIndex((text, column) => column > 0 && text.trim() !== '');
  if (left < 1 || left === outcome) return false;
  const text = cells[left] ?? '';
  if (BUDGET.test(text) || FORECAST.test(text)) return false;
  const year = text.match(YEAR)?.[1];
  const outcomeYear = (cells[outcome ?? -1] ?? '').match(YEAR)?.[1];
  return LAST_YEAR.test(text) || (year !== undefined && year !== outcomeYear);
}

const FIGURE_ROLES = ['current', 'previous', 'budget', 'outcome', 'deviation'] as const;

/** The grid columns that hold figures, left to right, each once (a year's utfall is both `current` and `outcome`). */
export function figureColumns(columns: Columns): number[] {
  const found = [...FIGURE_ROLES.flatMap((role) => (columns.roles[role] === undefined ? [] : [columns.roles[role]])), ...(columns.others ?? [])];
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * The columns of a continuation without a header, in the order of the table it continues: its
 * figure columns, left to right, take the roles the first table's hold left to right, so a
 * statement headed "2020 | 2021" keeps this year on the right after a page break.
 */
export function continuing(head: Columns, continuation: Columns): Columns {
  const headFigures = figureColumns(head);
  const figures = figureColumns(continuation);
  const roles: Columns['roles'] = { label: 0 };
  if (continuation.roles.note !== undefined) roles.note = continuation.roles.note;
  for (const role of FIGURE_ROLES) {
    const column = head.roles[role];
    const at = column === undefined ? undefined : figures[headFigures.indexOf(column)];
    if (at !== undefined) roles[role] = at;
  }
  const others = (head.others ?? []).flatMap((column) => {
    const at = figures[headFigures.indexOf(column)];
    return at === undefined ? [] : [at];
  });
  return { roles, headings: head.headings, ...(others.length > 0 ? { others } : {}), headerRows: 0, unitText: null };
}

/** The columns after the label whose filled cells are at least half amounts, left to right. */
export function amountColumnsOf(rows: GridRow[]): number[] {
  const width = Math.max(0, maxOf(rows.map((row) => row.cells.length)));
  const columns: number[] = [];
  for (let column = 1; column < width; column++) {
    const texts = rows.map((row) => row.cells[column] ?? '').filter((text) => text !== '');
    if (texts.length > 0 && texts.filter(isAmountCell).length >= texts.length / 2) columns.push(column);
  }
  return columns;
}

/**
 * Roles from where the amounts stand, for a table without a header (a page's continuation): the
 * last amount columns are this year and last year (or budget, utfall, avvikelse), a column of
 * small whole numbers before them is the note.
 */
export function inferredColumns(rows: GridRow[], operating: boolean): Columns | null {
  const amountColumns = amountColumnsOf(rows);
  const wanted = operating ? 3 : 2;
  if (amountColumns.length < wanted) return null;
  const figures = amountColumns.slice(-wanted);
  const roles: Columns['roles'] = { label: 0 };
  const names: ColumnRole[] = operating ? ['budget', 'outcome', 'deviation'] : ['current', 'previous'];
  names.forEach((role, index) => {
    const column = figures[index];
    if (column !== undefined) roles[role] = column;
  });
  const before = amountColumns[amountColumns.length - wanted - 1];
  if (before !== undefined) {
    const notes = rows.map((row) => row.cells[before] ?? '').filter((text) => text !== '');
    if (notes.every((text) => NOTE_REFERENCE.test(text))) roles.note = before;
  }
  return { roles, headings: {}, headerRows: 0, unitText: null };
}
