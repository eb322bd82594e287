import type { ArsredovisningRecord, StatedCount } from '../../schemas/arsredovisning.js';
import type { Lang } from '../../schemas/config.js';
import type { AggregateMismatchData } from '../../schemas/finding-data.js';
import { describeCovers, interventionsCovered } from './coverings.js';
import { evidenceFor } from './evidence.js';
import { quote } from './format.js';
import type { FindingDraft, RuleInput } from '../rule-engine/rule.js';

type CountData = Extract<AggregateMismatchData, { figure: 'count' }>;
type Part = CountData['parts'][number]['part'];

const SCOPE_WORDS: Record<Lang, Record<CountData['scope'], string>> = {
  sv: { year: 'för året', total: 'totalt', completed: 'som avslutat' },
  en: { year: 'for the year', total: 'in total', completed: 'who completed' },
};
const PART_WORDS: Record<Lang, Record<Part, string>> = {
  sv: { total: 'deltagare', women: 'kvinnor', men: 'män' },
  en: { total: 'participants', women: 'women', men: 'men' },
};

/**
 * A count that names the interventions it covers ("Insatserna Ett hållbart arbetsliv har nått ut
 * till 34 personer under året") against those interventions' own counts of the same scope —
 * only when every one of them states that count. Counts are exact: no tolerance.
 */
export function countAggregateFindings(input: RuleInput, record: ArsredovisningRecord): FindingDraft<AggregateMismatchData>[] {
  return record.statedCounts.flatMap((stated) =>
    stated.covers && stated.covers.length > 0 && !countsEachPersonOnce(stated) && !countsNewPeople(stated) ? check(input, record, stated, stated.covers) : [],
  );
}

/** "Totalt (unika individer)", "… nådde 80 unika personer": one who took part in two insatser counts once, so the insatser's counts sum to more. */
const EACH_PERSON_ONCE = /(?<![\p{L}])(?:unik[at]?|unique)(?![\p{L}])|dubbelräkn|räknas (?:bara|endast) en gång/iu;

function countsEachPersonOnce(stated: StatedCount): boolean {
  return EACH_PERSON_ONCE.test(`${stated.label} ${stated.text} ${stated.evidence?.text ?? ''}`);
}

/** "45 nya deltagare": the people who came in this year, where the insatser count everyone they had, those from last year too. */
const NEW_PEOPLE = /(?<![\p{L}])(?:nya|nyinskrivna|nytillkomna|new)\s+(?:deltagare|personer|individer|unga|kunder|participants|people)(?![\p{L}])/iu;

function countsNewPeople(stated: StatedCount): boolean {
  return NEW_PEOPLE.test(`${stated.label} ${stated.text}`);
}

/** '"34 personer under året" is stated for Ett hållbart arbetsliv, but its 3 interventions report for the year: …'. */
export function countAggregateMessage(data: CountData, lang: Lang): string {
  if (lang === 'sv') {
    const differences = data.parts.map(
      (part) => `${part.values.join(' + ')} = ${part.expected} ${PART_WORDS.sv[part.part]} mot ${part.actual} (skillnad ${Math.abs(part.difference)})`,
    );
    return (
      `${quote(data.statement.text, 'sv')} anges för ${describeCovers(data.statement.covers, 'sv')}, men dess ${data.interventions.length} insatser redovisar ` +
      `${SCOPE_WORDS.sv[data.scope]}: ${differences.join('; ')}`
    );
  }
  const differences = data.parts.map(
    (part) => `${part.values.join(' + ')} = ${part.expected} ${PART_WORDS.en[part.part]} against ${part.actual} (difference ${Math.abs(part.difference)})`,
  );
  return (
    `${quote(data.statement.text)} is stated for ${describeCovers(data.statement.covers, 'en')}, but its ${data.interventions.length} interventions report ` +
    `${SCOPE_WORDS.en[data.scope]}: ${differences.join('; ')}`
  );
}

function check(input: RuleInput, record: ArsredovisningRecord, stated: StatedCount, covers: string[]): FindingDraft<AggregateMismatchData>[] {
  const scope = stated.scope ?? 'year';
  const covered = interventionsCovered(record.interventions, covers);
  const counts = covered.map((intervention) => intervention.participants.find((count) => count.scope === scope));
  if (covered.length === 0 || counts.some((count) => count === undefined)) return [];
  const parts: CountData['parts'] = [];
  for (const part of ['total', 'women', 'men'] as const) {
    const statedValue = stated[part];
    const values = counts.map((count) => count?.[part] ?? null);
    if (statedValue === null || values.some((value) => value === null)) continue;
    const known = values.filter((value): value is number => value !== null);
    const sum = known.reduce((a, b) => a + b, 0);
    if (sum === statedValue) continue;
    parts.push({ part, values: known, actual: statedValue, expected: sum, difference: statedValue - sum });
  }
  if (parts.length === 0) return [];
  return [
    {
      data: {
        figure: 'count',
        statement: { text: stated.text, covers },
        scope,
        interventions: covered.map((intervention) => intervention.name),
        parts,
        tolerance: 0,
        unit: 'persons',
      },
      evidence: evidenceFor(
        input,
        [stated.evidence, ...counts.map((count) => count?.evidence), ...covered.map((intervention) => intervention.evidence)],
        stated.text,
      ),
    },
  ];
}
