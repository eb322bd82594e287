import type { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import type { Evidence, Finding, Severity } from '../../schemas/common.js';
import type { RulesConfig } from '../../schemas/config.js';
import type { SlutrapportRecord } from '../../schemas/slutrapport.js';

/** A piece of the document's text with where it stands, for rules that scan text (personnummer). */
export interface TextUnit {
  text: string;
  evidence: Evidence;
}

export type RuleInput =
  | { kind: 'slutrapport'; record: SlutrapportRecord; text: TextUnit[] }
  | { kind: 'arsredovisning'; record: ArsredovisningRecord; text: TextUnit[] };

export interface RuleMeta {
  /** Fixed id from docs/rules.md. */
  id: string;
  defaultSeverity: Severity;
  description: string;
}

/** A finding before configuration gives it its severity. */
export type FindingDraft = Omit<Finding, 'severity'>;

/** One rule per module, ESLint style: metadata plus a pure check. */
export interface Rule {
  meta: RuleMeta;
  check(input: RuleInput): FindingDraft[];
}

/** The severity configuration gives a rule (its default unless set), or null when it is switched off. */
export function configuredSeverity(meta: RuleMeta, config: RulesConfig): Severity | null {
  const setting = config[meta.id];
  return setting === 'off' ? null : (setting ?? meta.defaultSeverity);
}
