import type { ArsredovisningRecord, StatedCount } from '../../schemas/arsredovisning.js';
import { describeCovers, interventionsCovered } from './coverings.js';
import { evidenceFor } from './evidence.js';
import { quote } from './format.js';
import type { FindingDraft, RuleInput } from './rule.js';

const SCOPE_WORDS = { year: 'for the year', total: 'in total', completed: 'who completed' } as const;
type Part = 'total' | 'women' | 'men';
const PART_WORDS: Record<Part, string> = { total: 'participants', women: 'women', men: 'men' };

/**
 * A count that names the interventions it covers ("Insatserna Ett hållbart arbetsliv har nått ut
 * till 34 personer under året") against those interventions' own counts of the same scope —
 * only when every one of them states that count. Counts are exact: no tolerance.
 */
export function countAggregateFindings(input: RuleInput, record: ArsredovisningRecord, ruleId: string): FindingDraft[] {
  return record.statedCounts.flatMap((stated) => (stated.covers && stated.covers.length > 0 ? check(input, record, stated, stated.covers, ruleId) : []));
}

function check(input: RuleInput, record: ArsredovisningRecord, stated: StatedCount, covers: string[], ruleId: string): FindingDraft[] {
  const scope = stated.scope ?? 'year';
  const covered = interventionsCovered(record.interventions, covers);
  const counts = covered.map((intervention) => intervention.participants.find((count) => count.scope === scope));
  if (covered.length === 0 || counts.some((count) => count === undefined)) return [];
  const differences: string[] = [];
  for (const part of ['total', 'women', 'men'] as const) {
    const statedValue = stated[part];
    const values = counts.map((count) => count?.[part] ?? null);
    if (statedValue === null || values.some((value) => value === null)) continue;
    const sum = values.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (sum === statedValue) continue;
    differences.push(`${values.join(' + ')} = ${sum} ${PART_WORDS[part]} against ${statedValue} (difference ${Math.abs(sum - statedValue)})`);
  }
  if (differences.length === 0) return [];
  return [
    {
      ruleId,
      message:
        `${quote(stated.text)} is stated for ${describeCovers(covers)}, but its ${covered.length} interventions report ` +
        `${SCOPE_WORDS[scope]}: ${differences.join('; ')}`,
      evidence: evidenceFor(input, [stated.evidence, ...counts.map((count) => count?.evidence), ...covered.map((intervention) => intervention.evidence)], stated.text),
    },
  ];
}
