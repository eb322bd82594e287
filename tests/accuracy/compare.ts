/**
 * What a result says about a corpus document's identity, and whether it says what the text
 * states (fixtures/corpus/<set>/<id>.json `expected`). Pure: the accuracy script and the corpus
 * tests share it.
 */
import type { CorpusExpected } from '../../fixtures/build/corpus/expected.js';
import type { DocumentResult } from '../../schemas/result.js';

/** The fields measured, in the order the table shows them. */
export const FIELDS = [
  'kind',
  'wrappedIn',
  'organisation',
  'organisationNumber',
  'insats',
  'year',
  'period',
  'members',
  'participantsReached',
  'memberContributions',
  'language',
  'noFindings',
] as const;
export type Field = (typeof FIELDS)[number];

/** The values a result gives for the measured fields, in the expected file's shape. */
export type Identity = { [F in Field]: unknown };

/** Spaces as one space, soft hyphens gone: a value's words, however the producer broke its lines. */
function words(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function identityOf(result: DocumentResult): Identity {
  const record: Record<string, unknown> | null = result.status === 'ok' && result.record ? (result.record as Record<string, unknown>) : null;
  const kind = result.status === 'ok' && result.kind !== 'unknown' ? result.kind : null;
  const value = (key: string): unknown => (record && key in record ? record[key] : null);
  const intervention = value('intervention') as { name?: string | null; plannedPeriod?: { start: string | null; end: string | null } | null } | null;
  const period = (value('period') as { start: string | null; end: string | null } | null) ?? intervention?.plannedPeriod ?? null;
  const members = value('members') as string[] | null;
  const count = (value('participantsReached') ?? value('participants')) as { total: number | null; women: number | null; men: number | null } | null;
  const money = value('memberContributions') as { sek: number } | null;
  const name = kind === 'slutrapport' ? intervention?.name : null;
  const wrapped = 'wrappedIn' in result ? ((result as { wrappedIn?: { kind: string; title: string } | null }).wrappedIn ?? null) : null;
  return {
    kind,
    wrappedIn: wrapped ? { kind: wrapped.kind, title: words(wrapped.title) } : null,
    organisation: typeof value('organisation') === 'string' ? words(value('organisation') as string) : null,
    organisationNumber: value('organisationNumber') ?? null,
    insats: typeof name === 'string' ? words(name) : null,
    year: value('year') ?? null,
    period: period ? { start: period.start, end: period.end } : null,
    members: members && members.length > 0 ? members.map(words) : null,
    participantsReached: count ? { total: count.total, women: count.women, men: count.men } : null,
    memberContributions: money ? money.sek : null,
    language: result.language,
    noFindings: result.findings.length === 0,
  };
}

/** What the expected file says, in the same shape. */
export function expectedIdentity(expected: CorpusExpected): Identity {
  return {
    kind: expected.kind,
    wrappedIn: expected.wrappedIn ? { kind: expected.wrappedIn.kind, title: words(expected.wrappedIn.title) } : null,
    organisation: expected.organisation === null ? null : words(expected.organisation),
    organisationNumber: expected.organisationNumber,
    insats: expected.insats,
    year: expected.year,
    period: expected.period,
    members: expected.members?.map(words) ?? null,
    participantsReached: expected.participantsReached,
    memberContributions: expected.memberContributions?.sek ?? null,
    language: expected.language,
    // Every corpus text is consistent: no finding is owed on any of them.
    noFindings: true,
  };
}

/** An insats's name as compared: in lower case, spaces as one, without a leading word for a project or an insats. */
function insatsKey(name: string): string {
  return words(name)
    .toLowerCase()
    .replace(/^(?:projektet|projekt|insatsen|insats|delprojektet|delprojekt)\s+/u, '');
}

/** Equal as the table counts it: members in any order, wrappedIn's kind in any case, an insats's name in any of the forms the text gives. */
export function sameValue(field: Field, actual: unknown, expected: unknown): boolean {
  if (field === 'insats' && typeof actual === 'string' && Array.isArray(expected)) {
    return expected.some((form) => typeof form === 'string' && insatsKey(form) === insatsKey(actual));
  }
  if (field === 'members' && Array.isArray(actual) && Array.isArray(expected)) {
    return JSON.stringify([...actual].sort()) === JSON.stringify([...expected].sort());
  }
  if (field === 'wrappedIn' && actual && expected) {
    const [a, e] = [actual as { kind: string; title: string }, expected as { kind: string; title: string }];
    return a.kind.toLowerCase() === e.kind.toLowerCase() && a.title === e.title;
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}
