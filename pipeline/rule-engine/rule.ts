import type { TextUnit } from '../../extractors/text-units.js';
import type { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import type { Evidence, Severity } from '../../schemas/common.js';
import type { Lang, RulesConfig, Wording } from '../../schemas/config.js';
import type { DocumentRuleId, FindingData } from '../../schemas/finding-data.js';
import type { SlutrapportRecord } from '../../schemas/slutrapport.js';

export type RuleInput =
  { kind: 'slutrapport'; record: SlutrapportRecord; text: TextUnit[] } | { kind: 'arsredovisning'; record: ArsredovisningRecord; text: TextUnit[] };

/**
 * A finding's message from its data, one function per language. Messages never hold what the
 * data does not: a second language says the same thing from the same data.
 */
export type Messages<Data> = Record<Lang, (data: Data) => string>;

export interface RuleMeta<Id extends string = string, Data = unknown> {
  /** Fixed id from docs/rules.md. */
  id: Id;
  defaultSeverity: Severity;
  /** What the rule checks, in a few words, in each language (docs/rules.md gives both). */
  title: Wording;
  description: string;
  messages: Messages<Data>;
}

/** What a rule's check finds: the finding's data and where it rests; the engine adds severity and message. */
export interface FindingDraft<Data> {
  data: Data;
  evidence: Evidence[];
}

/** One rule per module, ESLint style: metadata (with its messages) plus a pure check. */
export interface Rule<Id extends DocumentRuleId = DocumentRuleId> {
  meta: RuleMeta<Id, FindingData<Id>>;
  check(input: RuleInput): FindingDraft<FindingData<Id>>[];
}

/** The severity configuration gives a rule (its default unless set), or null when it is switched off. */
export function configuredSeverity(meta: Pick<RuleMeta, 'id' | 'defaultSeverity'>, config: RulesConfig): Severity | null {
  const setting = config[meta.id];
  return setting === 'off' ? null : (setting ?? meta.defaultSeverity);
}
