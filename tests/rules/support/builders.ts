/**
 * Small builders for rule tests: rules are pure functions over records, so records are built
 * here with the real value parsers rather than read from documents.
 */
import { parseCount } from '../../../extractors/parse/count.js';
import { parseMoney } from '../../../extractors/parse/money.js';
import { parsePeriod } from '../../../extractors/parse/period.js';
import type { TextUnit } from '../../../extractors/text-units.js';
import type { RuleInput } from '../../../pipeline/rule-engine/rule.js';
import { parseCellAmount, statedZero } from '../../../extractors/arsredovisning/statements/grid.js';
import type {
  ArsredovisningRecord,
  FinancialStatement,
  Intervention,
  OperatingStatement,
  ScopedCount,
  StatedCount,
  Statements,
} from '../../../schemas/arsredovisning.js';
import type { Count, Evidence, Money, Period } from '../../../schemas/common.js';
import type { BudgetRow, Section, SlutrapportRecord } from '../../../schemas/slutrapport.js';

export function evidence(text: string, section: string | null = null, page: number | null = 1): Evidence {
  return { page, section, text };
}

export function money(text: string, section: string | null = '7.2'): Money {
  const parsed = parseMoney(text);
  if (!parsed) throw new Error(`not money: ${text}`);
  return { ...parsed, evidence: evidence(text, section) };
}

export function period(text: string): Period {
  return { ...parsePeriod(text), evidence: evidence(text, '1') };
}

export function count(text: string, section: string | null = null): Count {
  const parsed = parseCount(text);
  if (!parsed) throw new Error(`not a count: ${text}`);
  return { ...parsed, evidence: evidence(text, section) };
}

export function row(category: string, budget: string | null, outcome: string | null): BudgetRow {
  return {
    category,
    note: null,
    budget: budget === null ? null : money(budget),
    outcome: outcome === null ? null : money(outcome),
    evidence: evidence(`${category} ${budget ?? ''} ${outcome ?? ''}`.trim(), '7.2'),
  };
}

export function section(number: string, title: string, text: string): Section {
  return { number, title, text, evidence: evidence(`${number} ${title}`, number) };
}

export function slutrapport(overrides: Partial<SlutrapportRecord> = {}): SlutrapportRecord {
  return {
    template: { id: 'gavleborg', name: 'Samordningsförbund Gävleborg: slutrapport för insatser' },
    organisation: null,
    registrationNumber: 'SFG 21-1.01',
    receivedDate: '2022-01-24',
    intervention: { name: 'Steg vidare', plannedPeriod: period('2019-12-01 – 2021-12-31'), intakeEndDate: null, granted: money('1 000 000 kr', '1') },
    applicants: [],
    responsible: { organisation: null, workplace: null, contactPerson: null, phone: null, email: null, postalCode: null, postalAddress: null },
    sections: [],
    goalsAndOutcomes: [],
    participants: null,
    statedCounts: [],
    budget: { rows: [], total: { budget: null, outcome: null, evidence: evidence('Summa', '7.2') } },
    checklist: [],
    signatures: [],
    evidence: { receivedDate: evidence('Ankomstdatum 2022-01-24', null), 'intervention.granted': evidence('1 000 000 kr', '1') },
    ...overrides,
  };
}

export function intervention(name: string, overrides: Partial<Intervention> = {}): Intervention {
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
    budget: null,
    outcome: null,
    lead: null,
    partners: [],
    participants: [],
    evidence: evidence(`Insatsnamn ${name}`, `Insatsnamn ${name}`, 20),
    ...overrides,
  };
}

export function scoped(text: string, scope: ScopedCount['scope']): ScopedCount {
  return { ...count(text), scope };
}

export function statedCount(text: string, extra: Partial<StatedCount> = {}): StatedCount {
  return { ...count(text, '1.6'), label: text, ...extra };
}

export function arsredovisning(overrides: Partial<ArsredovisningRecord> = {}): ArsredovisningRecord {
  return {
    organisation: 'Samordningsförbund Exempel',
    organisationNumber: null,
    year: 2021,
    members: [],
    memberContributions: null,
    participantsReached: null,
    goals: [],
    interventionList: [],
    interventions: [],
    statedTotals: [],
    statedCounts: [],
    statedPercentages: [],
    statements: { income: null, balance: null, cashFlow: null, operating: null },
    contributions: [],
    narrativeFigures: [],
    evidence: {},
    ...overrides,
  };
}

export function slutrapportInput(record: SlutrapportRecord, text: TextUnit[] = [unit('Slutrapport')]): RuleInput {
  return { kind: 'slutrapport', record, text };
}

export function arsredovisningInput(record: ArsredovisningRecord, text: TextUnit[] = [unit('Årsredovisning')]): RuleInput {
  return { kind: 'arsredovisning', record, text };
}

export function unit(text: string, section: string | null = null, page: number | null = 1): TextUnit {
  return { text, evidence: evidence(text, section, page) };
}

/** An amount in a statement's tkr column as written ("−1 718", "(54)", "–"); null for none. */
export function tkrCell(text: string | null): Money | null {
  if (text === null) return null;
  const parsed = parseCellAmount(text, 'tkr') ?? statedZero(text, 'tkr');
  if (!parsed) throw new Error(`not an amount: ${text}`);
  return { ...parsed, evidence: evidence(text, '4') };
}

/** A statement in tkr from rows [label, this year, last year]; a row without amounts is a heading. */
export function financialStatement(title: string, rows: [string, string | null, string | null][]): FinancialStatement {
  return {
    title,
    currentColumn: '2021',
    previousColumn: '2020',
    unitText: 'Belopp i tkr',
    rows: rows.map(([label, current, previous]) => ({
      label,
      note: null,
      current: tkrCell(current),
      previous: tkrCell(previous),
      evidence: evidence(`${label} ${current ?? ''} ${previous ?? ''}`.trim(), '4'),
    })),
    evidence: evidence(title, '4'),
  };
}

/** A driftredovisning in tkr from rows [activity, budget, utfall, avvikelse]. */
export function operatingStatement(rows: [string, string | null, string | null, string | null][]): OperatingStatement {
  return {
    title: 'Driftredovisning',
    unitText: 'Belopp i tkr',
    rows: rows.map(([label, budget, outcome, deviation]) => ({
      label,
      budget: tkrCell(budget),
      outcome: tkrCell(outcome),
      deviation: tkrCell(deviation),
      evidence: evidence(`${label} ${budget ?? ''} ${outcome ?? ''} ${deviation ?? ''}`.trim(), '3'),
    })),
    evidence: evidence('Driftredovisning', '3'),
  };
}

export function statements(parts: Partial<Statements>): Statements {
  return { income: null, balance: null, cashFlow: null, operating: null, ...parts };
}
