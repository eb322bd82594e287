import type { Contribution } from '../../schemas/arsredovisning.js';
import type { MemberContributionSplitData } from '../../schemas/finding-data.js';
import { evidenceFor, writtenMoney } from '../rule-helpers/evidence.js';
import { formatKr, sumToleranceText } from '../rule-helpers/format.js';
import type { FindingDraft, Rule, RuleInput } from '../rule-engine/rule.js';
import { reconciles, sumTolerance, type Tolerance } from '../rule-helpers/tolerance.js';

type Party = MemberContributionSplitData['party'];

const PARTY_NAME: Record<Party, string> = {
  // The state's half is paid through Försäkringskassan, and in some förbund Arbetsförmedlingen too.
  state: 'The state (Försäkringskassan, Arbetsförmedlingen)',
  regions: 'The region(s)',
  kommuner: 'The kommuner',
  'regions-and-kommuner': 'The region(s) and kommuner',
};
const SHARE_NAME = (share: number): string => (share === 0.5 ? 'half' : 'a quarter');
const PARTY_NAME_SV: Record<Party, string> = {
  state: 'Staten (Försäkringskassan, Arbetsförmedlingen)',
  regions: 'Regionen eller regionerna',
  kommuner: 'Kommunerna',
  'regions-and-kommuner': 'Regionen eller regionerna och kommunerna',
};
const SHARE_NAME_SV = (share: number): string => (share === 0.5 ? 'hälften' : 'en fjärdedel');

/**
 * Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser, 5 §: the state (through
 * Försäkringskassan) pays half, the region(s) a quarter, the kommuner together a quarter. A kommun
 * outside any region (3 §, Gotland) pays the regional quarter too, so then only the state's half
 * is checked.
 */
export const memberContributionSplit: Rule<'member-contribution-split'> = {
  meta: {
    id: 'member-contribution-split',
    defaultSeverity: 'warning',
    title: { sv: 'Medlemsbidragen följer inte lagens fördelning', en: 'Member contributions break the statutory split' },
    description: 'The stated member contributions break the split of lag (2003:1210) 5 §: the state half, the region(s) a quarter, the kommuner a quarter.',
    messages: {
      sv: (data) =>
        `${PARTY_NAME_SV[data.party]} bidrar med ${formatKr(data.actual, 'sv')} av ${formatKr(data.total, 'sv')}, men enligt lag (2003:1210) 5 § är deras andel ` +
        `${SHARE_NAME_SV(data.share)}: ${formatKr(data.expected, 'sv')} (skillnad ${formatKr(Math.abs(data.difference), 'sv')}; ${sumToleranceText(data.tolerance, data.rounding, 'sv')})`,
      en: (data) =>
        `${PARTY_NAME[data.party]} contribute ${formatKr(data.actual)} of ${formatKr(data.total)}, but lag (2003:1210) 5 § makes their share ` +
        `${SHARE_NAME(data.share)}: ${formatKr(data.expected)} (difference ${formatKr(Math.abs(data.difference))}; ${sumToleranceText(data.tolerance, data.rounding)})`,
    },
  },
  check(input) {
    if (input.kind !== 'arsredovisning') return [];
    const contributions = input.record.contributions;
    const sum = (kinds: Contribution['kind'][]) => contributions.filter((c) => kinds.includes(c.kind)).reduce((total, c) => total + c.amount.sek, 0);
    const has = (kind: Contribution['kind']) => contributions.some((c) => c.kind === kind);
    if (!has('state')) return [];
    const state = sum(['state']);
    const total = sum(['state', 'region', 'kommun', 'kommun-outside-region']);
    const tolerance = sumTolerance(
      contributions.map((c) => c.amount),
      contributions[0]!.amount,
    );
    const draft = (party: Party, actual: number, expected: number, share: number) =>
      finding(input, contributions, { party, actual, expected, share, total, tolerance });
    if (has('kommun-outside-region')) return reconciles(state - (total - state), tolerance) ? [] : [draft('state', state, Math.round(total / 2), 0.5)];
    if (!has('region') || !has('kommun')) return [];
    const regions = sum(['region']);
    const kommuner = sum(['kommun']);
    const halves = reconciles(state - (regions + kommuner), tolerance);
    const quarters = reconciles(regions - kommuner, tolerance);
    if (halves && quarters) return [];
    // Say which party is off: the one the other two do not agree with.
    if (quarters) return [draft('state', state, regions + kommuner, 0.5)];
    if (reconciles(regions - state / 2, tolerance)) return [draft('kommuner', kommuner, Math.round(state / 2), 0.25)];
    if (reconciles(kommuner - state / 2, tolerance)) return [draft('regions', regions, Math.round(state / 2), 0.25)];
    const parts: [Party, number, number][] = [
      ['state', state, 0.5],
      ['regions', regions, 0.25],
      ['kommuner', kommuner, 0.25],
    ];
    return parts
      .filter(([, actual, share]) => !reconciles(actual - total * share, tolerance))
      .map(([party, actual, share]) => draft(party, actual, Math.round(total * share), share));
  },
};

function finding(
  input: RuleInput,
  contributions: Contribution[],
  found: { party: Party; actual: number; expected: number; share: number; total: number; tolerance: Tolerance },
): FindingDraft<MemberContributionSplitData> {
  return {
    data: {
      party: found.party,
      share: found.share,
      total: found.total,
      contributions: contributions.map((c) => ({ party: c.party, kind: c.kind, amount: writtenMoney(c.amount) })),
      actual: found.actual,
      expected: found.expected,
      difference: found.actual - found.expected,
      tolerance: found.tolerance.sek,
      unit: 'kr',
      rounding: found.tolerance.rounding,
    },
    evidence: evidenceFor(
      input,
      contributions.map((c) => c.evidence),
    ),
  };
}
