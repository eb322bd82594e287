import type { Count, Evidence } from '../../schemas/common.js';
import type { GenderSumMismatchData } from '../../schemas/finding-data.js';
import { evidenceFor, fieldEvidence } from '../rule-helpers/evidence.js';
import { formatParts, quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';
import { sentenceAt } from '../../extractors/text/index.js';

interface Stated {
  count: Count;
  /** Whose count it is, when not the whole document's ("Trisam 2.0 Sandvikens kommun"). */
  owner: string | null;
  /** The year a count whose sentence names none is about: the annual report's, for a count of the year. */
  reportYear: number | null;
  evidence: (Evidence | undefined)[];
}

export const genderSumMismatch: Rule<'gender-sum-mismatch'> = {
  meta: {
    id: 'gender-sum-mismatch',
    defaultSeverity: 'warning',
    title: { sv: 'Kvinnor och män summerar inte till totalen', en: 'Women and men do not add up to the total' },
    description: 'Women + men (+ other) differ from the stated total of the same count.',
    messages: {
      sv(data) {
        const owner = data.intervention === null ? '' : `${data.intervention}: `;
        const year = data.year === null ? '' : ` (avser ${data.year})`;
        const complete = data.count.women !== null && data.count.men !== null;
        const relation = complete
          ? `= ${data.expected}, men den angivna totalen är ${data.actual}`
          : `= ${data.expected}, fler än den angivna totalen ${data.actual}`;
        return `${owner}${quote(data.count.text, 'sv')}${year}: ${formatParts(data.count, 'sv')} ${relation} (skillnad ${Math.abs(data.difference)})`;
      },
      en(data) {
        const owner = data.intervention === null ? '' : `${data.intervention}: `;
        const year = data.year === null ? '' : ` (about ${data.year})`;
        const complete = data.count.women !== null && data.count.men !== null;
        const relation = complete
          ? `= ${data.expected}, but the stated total is ${data.actual}`
          : `= ${data.expected}, more than the stated total of ${data.actual}`;
        return `${owner}${quote(data.count.text)}${year}: ${formatParts(data.count)} ${relation} (difference ${Math.abs(data.difference)})`;
      },
    },
  },
  check(input) {
    const seen = new Set<string>();
    return statedCounts(input).flatMap((stated) => {
      // The same sentence may reach the record twice (participantsReached and statedCounts).
      const where = stated.count.evidence ?? stated.evidence.find((evidence) => evidence !== undefined);
      const key = [stated.count.total, stated.count.women, stated.count.men, stated.count.other, where?.page, stated.count.text].join('|');
      if (seen.has(key)) return [];
      seen.add(key);
      return check(input, stated);
    });
  },
};

function statedCounts(input: RuleInput): Stated[] {
  if (input.kind === 'slutrapport') {
    const count = input.record.participants;
    return [
      ...(count ? [{ count, owner: null, reportYear: null, evidence: [count.evidence, fieldEvidence(input, 'participants')] }] : []),
      ...input.record.statedCounts.map((stated) => ({ count: stated, owner: null, reportYear: null, evidence: [stated.evidence] })),
    ];
  }
  const record = input.record;
  const reached = record.participantsReached;
  // Only a count of the year is about the report's year; a total since the start or those completed are not.
  const ofYear = (scope: string | undefined): number | null => (scope === undefined || scope === 'year' ? record.year : null);
  return [
    ...(reached ? [{ count: reached, owner: null, reportYear: record.year, evidence: [reached.evidence, fieldEvidence(input, 'participantsReached')] }] : []),
    ...record.statedCounts.map((count) => ({ count, owner: null, reportYear: ofYear(count.scope), evidence: [count.evidence] })),
    ...record.interventions.flatMap((intervention) =>
      intervention.participants.map((count) => ({
        count,
        owner: intervention.name,
        reportYear: ofYear(count.scope),
        evidence: [count.evidence, intervention.evidence],
      })),
    ),
  ];
}

/** "… 130 kvinnor och 90 män samt 10 ungdomar under 18 år": a further group in the same enumeration, of so many people. */
const FURTHER_GROUP = /(?<![\p{L}])(?:samt|plus)\s+(\d{1,3}(?:[\s\u00a0]\d{3})*)\s+(?!kvinn|män|flickor|pojkar)\p{L}/giu;

/**
 * The count's sentence goes on past the split with a further group of people ("samt", "plus"),
 * exactly the split's shortfall: the split's parts and that group make up the total, and people whose
 * gender the text does not give are no inconsistency. A group in another sentence ("Därutöver deltog
 * 10 anhöriga.") is more people than the total, and explains nothing.
 */
function restNamedAfter(stated: Stated, shortfall: number): boolean {
  const text = stated.count.evidence?.text ?? stated.count.text;
  const from = Math.max(0, text.indexOf(stated.count.text));
  const after = text.slice(from, sentenceAt(text, from).end);
  return [...after.matchAll(FURTHER_GROUP)].some((match) => Number((match[1] ?? '').replace(/\D/gu, '')) === shortfall);
}

function check(input: RuleInput, stated: Stated): FindingDraft<GenderSumMismatchData>[] {
  const { total, women, men, other, year } = stated.count;
  if (total === null) return [];
  const known = [women, men, other].filter((part): part is number => part !== null);
  const sum = known.reduce((a, b) => a + b, 0);
  const complete = women !== null && men !== null;
  // Without both women and men the parts need not add up, but they can never exceed the total.
  if (complete ? sum === total : sum <= total) return [];
  if (complete && other === null && restNamedAfter(stated, total - sum)) return [];
  return [
    {
      data: {
        intervention: stated.owner,
        count: { total, women, men, other, text: stated.count.text },
        year: year ?? stated.reportYear,
        actual: total,
        expected: sum,
        difference: total - sum,
        tolerance: 0,
        unit: 'persons',
      },
      evidence: evidenceFor(input, stated.evidence, stated.count.text),
    },
  ];
}
