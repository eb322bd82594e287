/**
 * Every committed annual-report fixture, read by the real readers (pdfjs-dist / mammoth) and
 * extracted: each contract field must equal what fixtures/build put into the document.
 */
import { describe, expect, it } from 'vitest';
import { matchNames } from '../../extractors/text/index.js';
import { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import { arsredovisningFixtureFiles, collapsed, count, extractFixture, money, period, withoutPages } from './support/fixtures.js';

const files = arsredovisningFixtureFiles();

describe('annual-report fixtures', () => {
  it('are found in fixtures/docs, as PDF and DOCX', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(new Set(files.map((f) => f.format))).toEqual(new Set(['pdf', 'docx']));
  });
});

describe.each(files.map((f) => [f.file, f] as const))('%s', (file, { expected, format }) => {
  const want = expected.record;
  const record = () => extractFixture(file);

  it('is a valid contract record', async () => {
    expect(ArsredovisningRecord.safeParse(await record()).error?.issues ?? []).toEqual([]);
  });

  it('reads the organisation, year, members and the year’s member contributions', async () => {
    const r = await record();
    expect(r.organisation).toBe(want.organisation);
    expect(r.year).toBe(want.year);
    expect(r.members).toEqual(want.members);
    expect(money(r.memberContributions)).toEqual(want.memberContributions);
  });

  it('reads the förbund-wide count of participants reached', async () => {
    expect(count((await record()).participantsReached)).toEqual(want.participantsReached);
  });

  it('reads every goal with its assessment as written', async () => {
    const goals = (await record()).goals.map(({ number, title, assessment }) => ({ number, title, assessment }));
    expect(goals).toEqual(want.goals.map(({ number, title, assessment }) => ({ number, title, assessment })));
  });

  it('reads the overview list with category and period (an unreadable side null)', async () => {
    const list = (await record()).interventionList.map((entry) => ({ name: entry.name.replace(/\s+/g, ' '), category: entry.category, period: period(entry.period) }));
    expect(list).toEqual(want.interventionList.map((entry) => ({ name: entry.name, category: entry.category, period: period(entry.period) })));
  });

  it('pairs each overview entry with its appendix block by fuzzy name, never two different ones', async () => {
    const r = await record();
    const pairs = matchNames(r.interventionList.map((e) => e.name), r.interventions.map((i) => i.name));
    const paired = want.interventionList.map((entry, a) => pairs.filter((p) => p.a === a).map((p) => r.interventions[p.b]?.name ?? null));
    expect(paired).toEqual(want.interventionList.map((entry) => (entry.appendixName ? [entry.appendixName] : [])));
  });

  it('reads one intervention per appendix block, every field', async () => {
    const r = await record();
    expect(r.interventions.map((i) => i.name)).toEqual(want.interventions.map((i) => i.name));
    r.interventions.forEach((got, index) => {
      const w = want.interventions[index];
      if (!w) return;
      const { budgetLabel: _label, footnote: _footnote, pageBreakAt: _break, ...fields } = w;
      const actual = {
        ...got,
        period: period(got.period),
        budget: money(got.budget),
        outcome: money(got.outcome),
        participants: got.participants.map((p) => count(p)),
        evidence: undefined,
      };
      delete actual.evidence;
      expect(collapsed(actual), got.name).toEqual(collapsed({ ...fields, period: period(fields.period) }));
    });
  });

  it('keeps the stated totals, counts and percentages the prose reconciles against', async () => {
    const r = await record();
    expect(r.statedTotals.map((t) => money(t.amount))).toEqual(want.statedTotals.map((t) => t.amount));
    r.statedTotals.forEach((t, i) => expect(t.evidence.text).toContain(want.statedTotals[i]?.text));
    // What a total says it includes stays in its label, for the aggregate rule's readings.
    r.statedTotals.forEach((t, i) => expect(/inklusive/.test(t.label)).toBe(/inklusive/.test(want.statedTotals[i]?.label ?? '')));
    const counts = r.statedCounts.map(({ total, women, men, other, text, scope, covers }) => ({ total, women, men, other, text, scope, covers }));
    expect(collapsed(counts)).toEqual(collapsed(want.statedCounts.map(({ total, women, men, other, text, scope, covers }) => ({ total, women, men, other, text, scope, covers }))));
    const percentages = r.statedPercentages.map((p) => ({ percent: p.percent, numerator: money(p.numerator), denominator: money(p.denominator) }));
    expect(percentages).toEqual(want.statedPercentages.map((p) => ({ percent: p.percent, numerator: p.numerator, denominator: p.denominator })));
  });

  it('gives every value evidence: the page (PDF) or null (DOCX), a section and the text', async () => {
    const r = await record();
    const pageOk = (page: number | null) => (format === 'pdf' ? page !== null && page >= 1 : page === null);
    // `x && x.evidence`: null when the value is absent (fine), undefined when a present value lacks evidence (not).
    const carried = [
      ...Object.values(r.evidence),
      r.memberContributions && r.memberContributions.evidence,
      r.participantsReached && r.participantsReached.evidence,
      ...r.goals.map((g) => g.evidence),
      ...r.interventionList.flatMap((e) => [e.evidence, e.period && e.period.evidence]),
      ...r.interventions.flatMap((i) => [i.evidence, i.period && i.period.evidence, i.budget && i.budget.evidence, i.outcome && i.outcome.evidence, ...i.participants.map((p) => p.evidence)]),
      ...r.statedTotals.flatMap((t) => [t.evidence, t.amount.evidence]),
      ...r.statedCounts.map((c) => c.evidence),
      ...r.statedPercentages.flatMap((p) => [p.evidence, p.numerator.evidence, p.denominator.evidence]),
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
  });
});

describe('an annual report read from its DOCX and from its PDF', () => {
  const pairs = [...new Set(files.map((f) => f.expected))].flatMap((e) => {
    const docx = e.files.find((f) => f.endsWith('.docx'));
    const pdf = e.files.find((f) => f.endsWith('.pdf'));
    return docx && pdf ? [[`${docx} / ${pdf}`, docx, pdf] as const] : [];
  });

  it('exist among the fixtures', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(2);
  });

  it.each(pairs)('%s give the same record apart from page numbers', async (_name, docx, pdf) => {
    expect(withoutPages(await extractFixture(pdf))).toEqual(withoutPages(await extractFixture(docx)));
  });
});
