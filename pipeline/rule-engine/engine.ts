import type { Evidence, Severity } from '../../schemas/common.js';
import type { Lang, RulesConfig } from '../../schemas/config.js';
import type { DocumentRuleId, FindingData } from '../../schemas/finding-data.js';
import { RULES } from './registry.js';
import { configuredSeverity, type Rule, type RuleInput } from './rule.js';

/** A finding as the engine makes it, before the check stage holds its data to its rule's schema (schemas/finding.ts). */
export interface UncheckedFinding {
  ruleId: DocumentRuleId;
  severity: Severity;
  message: string;
  evidence: Evidence[];
  data: FindingData<DocumentRuleId>;
}

/**
 * Runs every enabled rule over one document; severity and on/off come from configuration, and
 * each message is built from the finding's data by its rule, in `lang` (Swedish unless asked).
 */
export function runRules(input: RuleInput, config: RulesConfig = {}, rules: readonly Rule[] = RULES, lang: Lang = 'sv'): UncheckedFinding[] {
  const findings: UncheckedFinding[] = [];
  for (const rule of rules) {
    const severity = configuredSeverity(rule.meta, config);
    if (severity === null) continue;
    for (const { data, evidence } of rule.check(input)) {
      findings.push({ ruleId: rule.meta.id, severity, message: rule.meta.messages[lang](data), evidence, data });
    }
  }
  return findings;
}
