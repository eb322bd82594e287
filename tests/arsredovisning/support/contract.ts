/** Asserts an annual-report record against an expected.json record, part by part (fixture and hold-out tests). */
import { expect } from 'vitest';
import type { ExpectedArsredovisning } from '../../../fixtures/build/arsredovisning/expected.js';
import { matchNames } from '../../../extractors/text/index.js';
import type { ArsredovisningRecord } from '../../../schemas/arsredovisning.js';
import { collapsed, count, money, period } from './fixtures.js';

type Want = ExpectedArsredovisning['record'];
export type Format = 'pdf' | 'docx';

export function expectFrontMatter(r: ArsredovisningRecord, want: Want): void {
  expect(r.organisation).toBe(want.organisation);
  expect(r.year).toBe(want.year);
  expect(r.members).toEqual(want.members);
  expect(money(r.memberContributions)).toEqual(want.memberContributions);
  expect(count(r.participantsReached)).toEqual(want.participantsReached);
}

export function expectGoals(r: ArsredovisningRecord, want: Want): void {
  const goals = r.goals.map(({ number, title, assessment }) => ({ number, title, assessment }));
  expect(goals).toEqual(want.goals.map(({ number, title, assessment }) => ({ number, title, assessment })));
}

export function expectInterventionList(r: ArsredovisningRecord, want: Want): void {
  const list = r.interventionList.map((entry) => ({ name: entry.name.replace(/\s+/g, ' '), category: entry.category, period: period(entry.period) }));
  expect(list).toEqual(want.interventionList.map((entry) => ({ name: entry.name, category: entry.category, period: period(entry.period) })));
}

/** Each overview entry pairs (fuzzy names) with the appendix block it describes, and never with another. */
export function expectPairing(r: ArsredovisningRecord, want: Want): void {
  const pairs = matchNames(
    r.interventionList.map((e) => e.name),
    r.interventions.map((i) => i.name),
  );
  const paired = want.interventionList.map((_entry, a) => pairs.filter((p) => p.a === a).map((p) => r.interventions[p.b]?.name ?? null));
  expect(paired).toEqual(want.interventionList.map((entry) => (entry.appendixName ? [entry.appendixName] : [])));
}

export function expectInterventions(r: ArsredovisningRecord, want: Want): void {
  expect(r.interventions.map((i) => i.name)).toEqual(want.interventions.map((i) => i.name));
  r.interventions.forEach((got, index) => {
    const w = want.interventions[index];
    if (!w) return;
    const { budgetLabel: _label, footnote: _footnote, pageBreakAt: _break, ...fields } = w;
    const { evidence: _evidence, ...values } = got;
    const actual = {
      ...values,
      period: period(got.period),
      budget: money(got.budget),
      outcome: money(got.outcome),
      participants: got.participants.map((p) => count(p)),
    };
    expect(collapsed(actual), got.name).toEqual(collapsed({ ...fields, period: period(fields.period) }));
  });
}

export function expectStatedFigures(r: ArsredovisningRecord, want: Want): void {
  expect(r.statedTotals.map((t) => money(t.amount))).toEqual(want.statedTotals.map((t) => t.amount));
  r.statedTotals.forEach((t, i) => expect(t.evidence.text).toContain(want.statedTotals[i]?.text));
  // What a total says it includes stays in its label, for the aggregate rule's readings.
  r.statedTotals.forEach((t, i) => expect(/inklusive/.test(t.label)).toBe(/inklusive/.test(want.statedTotals[i]?.label ?? '')));
  const counts = r.statedCounts.map(({ total, women, men, other, text, scope, covers }) => ({ total, women, men, other, text, scope, covers }));
  expect(collapsed(counts)).toEqual(
    collapsed(want.statedCounts.map(({ total, women, men, other, text, scope, covers }) => ({ total, women, men, other, text, scope, covers }))),
  );
  const percentages = r.statedPercentages.map((p) => ({ percent: p.percent, numerator: money(p.numerator), denominator: money(p.denominator) }));
  expect(percentages).toEqual(want.statedPercentages.map((p) => ({ percent: p.percent, numerator: p.numerator, denominator: p.denominator })));
}

export function expectEvidence(r: ArsredovisningRecord, format: Format): void {
  const pageOk = (page: number | null) => (format === 'pdf' ? page !== null && page >= 1 : page === null);
  // `x && x.evidence`: null when the value is absent (fine), undefined when a present value lacks evidence (not).
  const carried = [
    ...Object.values(r.evidence),
    r.memberContributions && r.memberContributions.evidence,
    r.participantsReached && r.participantsReached.evidence,
    ...r.goals.map((g) => g.evidence),
    ...r.interventionList.flatMap((e) => [e.evidence, e.period && e.period.evidence]),
    ...r.interventions.flatMap((i) => [
      i.evidence,
      i.period && i.period.evidence,
      i.budget && i.budget.evidence,
      i.outcome && i.outcome.evidence,
      ...i.participants.map((p) => p.evidence),
    ]),
    ...r.statedTotals.flatMap((t) => [t.evidence, t.amount.evidence]),
    ...r.statedCounts.map((c) => c.evidence),
    ...r.statedPercentages.flatMap((p) => [p.evidence, p.numerator.evidence, p.denominator.evidence]),
    ...Object.values(r.statements).flatMap((s) => (s ? [s.evidence, ...s.rows.map((row) => row.evidence)] : [])),
    ...r.contributions.flatMap((c) => [c.evidence, c.amount.evidence]),
    ...r.narrativeFigures.map((n) => n.evidence),
  ].filter((evidence) => evidence !== null);
  for (const evidence of carried) {
    expect(evidence).toBeDefined();
    if (!evidence) continue;
    expect(pageOk(evidence.page), JSON.stringify(evidence)).toBe(true);
    expect(evidence.text).not.toBe('');
  }
  for (const path of ['organisation', 'year', 'members', 'memberContributions']) expect(r.evidence[path], path).toBeDefined();
  for (const i of r.interventions) {
    if (i.budget) expect(i.budget.evidence?.text).toContain(i.budget.text);
    if (i.outcome) expect(i.outcome.evidence?.text).toContain(i.outcome.text);
    expect(i.period?.evidence?.section ?? `Insatsnamn ${i.name}`).toBe(`Insatsnamn ${i.name}`);
  }
}

/** Each statement the fixture draws comes out row for row: label, note and every figure as written, the rest null. */
export function expectStatements(r: ArsredovisningRecord, want: Want): void {
  for (const kind of ['income', 'balance', 'cashFlow', 'operating'] as const) {
    const expected = want.statements[kind];
    const got = r.statements[kind];
    if (!expected) {
      expect(got, kind).toBeNull();
      continue;
    }
    expect(got, kind).not.toBeNull();
    if (!got) continue;
    const rows =
      'currentColumn' in got
        ? got.rows.map((row) => ({ label: row.label, note: row.note, figures: [row.current?.text ?? null, row.previous?.text ?? null] }))
        : got.rows.map((row) => ({
            label: row.label,
            note: null,
            figures: [row.budget?.text ?? null, row.outcome?.text ?? null, row.deviation?.text ?? null],
          }));
    expect(rows, kind).toEqual(expected.rows);
    if ('currentColumn' in got) expect([got.currentColumn, got.previousColumn], kind).toEqual(expected.header);
  }
}

/** Every contract field at once. */
export function expectRecord(r: ArsredovisningRecord, want: Want, format: Format): void {
  expectFrontMatter(r, want);
  expectGoals(r, want);
  expectInterventionList(r, want);
  expectPairing(r, want);
  expectInterventions(r, want);
  expectStatedFigures(r, want);
  expectEvidence(r, format);
}
