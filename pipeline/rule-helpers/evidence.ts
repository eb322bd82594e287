import type { Evidence, Money, Period } from '../../schemas/common.js';
import type { WrittenMoney, WrittenPeriod } from '../../schemas/finding-data.js';
import type { RuleInput } from '../rule-engine/rule.js';

/**
 * The evidence of a finding: the evidence carried by the values it rests on, in order, without
 * repeats. When none carried any, the document text that contains `search` (or the first piece
 * of text) — a finding must always point somewhere.
 */
export function evidenceFor(input: RuleInput, carried: (Evidence | undefined | null)[], search?: string): Evidence[] {
  const found: Evidence[] = [];
  const seen = new Set<string>();
  for (const evidence of carried) {
    if (!evidence) continue;
    const key = `${evidence.page ?? ''}|${evidence.section ?? ''}|${evidence.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(evidence);
  }
  if (found.length > 0) return found;
  return [textEvidence(input, search)];
}

function textEvidence(input: RuleInput, search: string | undefined): Evidence {
  const needle = search?.replace(/\s+/g, ' ').trim();
  if (needle) {
    const unit = input.text.find((candidate) => candidate.text.replace(/\s+/g, ' ').includes(needle));
    if (unit) return unit.evidence;
  }
  return input.text[0]?.evidence ?? { page: null, section: null, text: needle ?? '' };
}

/** A field's evidence from the record's evidence map ("receivedDate", "intervention.granted"). */
export function fieldEvidence(input: RuleInput, path: string): Evidence | undefined {
  return input.record.evidence[path];
}

/**
 * A form field's label as the report prints it ("Projektperiod"), for a final report on no known
 * template, whose labels are its own; on a template the rule names the template's field.
 */
export function printedLabel(input: RuleInput, path: string): { label: string } | Record<string, never> {
  if (input.kind !== 'slutrapport' || input.record.template !== null) return {};
  const label = fieldEvidence(input, path)?.section?.trim();
  return label ? { label } : {};
}

/** An amount as a finding's data holds it: as written, without its evidence. */
export function writtenMoney(money: Money): WrittenMoney {
  const { sek, unit, text, decimals } = money;
  return decimals === undefined ? { sek, unit, text } : { sek, unit, text, decimals };
}

/** A period as a finding's data holds it: as written, without its evidence. */
export function writtenPeriod(period: Period): WrittenPeriod {
  return { start: period.start, end: period.end, text: period.text };
}
