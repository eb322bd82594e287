import type { Intervention } from '../../../schemas/arsredovisning.js';
import type { Money, MoneyUnit } from '../../../schemas/common.js';
import { parseAmount, parseMoney, parsePeriod } from '../../parse/index.js';
import { countsIn, withEvidence } from '../counts.js';
import { evidenceOf } from '../walk.js';
import type { AppendixBlock, FieldValue } from './blocks.js';
import type { Field } from './fields.js';

export interface InterventionContext {
  /** The unit a bare amount is in ("Alla belopp redovisas i tkr"); null when the report does not say. */
  defaultUnit: MoneyUnit | null;
  /** Footnote numbers of the document: a number glued to a name that is one of them is a marker. */
  footnoteIds: Set<string>;
  /** Pages read by OCR: a count's gender word misread there still counts beside the other gender. */
  ocrPages: ReadonlySet<number>;
}

/** "Arbetsförmedlingen, Försäkringskassan, Region Gävleborg och länets samtliga kommuner." */
const LIST_SEPARATOR = /\s*,\s*|\s+(?:och|samt)\s+/u;

/** One contract intervention from an appendix block; a field the block does not have is null. */
export function toIntervention(block: AppendixBlock, context: InterventionContext): Intervention {
  const nameField = block.fields[0] as FieldValue;
  const name = withoutFootnoteMarker(nameField.value.replace(/\s+/g, ' '), context.footnoteIds);
  const section = `Insatsnamn ${name}`;
  const value = (field: Field): FieldValue | undefined => block.fields.find((entry) => entry.field === field);
  const text = (field: Field): string | null => {
    const found = block.fields
      .filter((entry) => entry.field === field)
      .map((entry) => entry.value)
      .join('\n')
      .trim();
    return found === '' ? null : found;
  };
  const evidence = (entry: FieldValue) => evidenceOf(entry.source, section, [entry.label, entry.value].filter((part) => part !== '').join(' '));

  const periodField = value('period');
  const period = periodField && periodField.value !== '' ? { ...parsePeriod(periodField.value), evidence: evidence(periodField) } : null;
  const money = (field: Field): Money | null => {
    const entry = value(field);
    if (!entry) return null;
    const amount = parseMoney(entry.value) ?? (context.defaultUnit ? parseAmount(entry.value, context.defaultUnit) : null);
    return amount ? { ...amount, evidence: evidence(entry) } : null;
  };
  const results = text('results');
  const ocr = block.fields.some((entry) => entry.field === 'results' && entry.source.page !== null && context.ocrPages.has(entry.source.page));
  const participants = results
    ? countsIn(results, 'total', { ocr }).map((found) => withEvidence({ ...found.count, scope: found.scope }, evidence(value('results') as FieldValue)))
    : [];
  const partners = text('partners');

  return {
    name,
    orientation: text('orientation'),
    period,
    purpose: text('purpose'),
    goals: text('goals'),
    results,
    comment: text('comment'),
    participantRegistration: text('participantRegistration'),
    targetGroup: text('targetGroup'),
    budget: money('budget'),
    outcome: money('outcome'),
    lead: text('lead')?.replace(/\s+/g, ' ') ?? null,
    partners: partners ? splitList(partners) : [],
    participants,
    evidence: evidenceOf(nameField.source, block.section, [nameField.label, nameField.value].filter((part) => part !== '').join(' ')),
  };
}

/** The items of a written list, without a closing full stop. */
function splitList(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** "Ockelbo2" → "Ockelbo" and "Hudiksvall 7" → "Hudiksvall", but only when 2 and 7 are footnotes of the document. */
function withoutFootnoteMarker(name: string, footnoteIds: Set<string>): string {
  const marker = name.match(/(?<=\p{L})\s?(\d{1,2})$/u);
  if (marker?.[1] && footnoteIds.has(marker[1]) && marker.index !== undefined) return name.slice(0, marker.index).trim();
  return name.trim();
}
