import type { Finding } from '../../schemas/common.js';
import type { RulesConfig } from '../../schemas/config.js';
import { RULES } from './registry.js';
import { configuredSeverity, type Rule, type RuleInput } from './rule.js';

/** Runs every enabled rule over one document; severity and on/off come from configuration. */
export function runRules(input: RuleInput, config: RulesConfig = {}, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = configuredSeverity(rule.meta, config);
    if (severity === null) continue;
    for (const draft of rule.check(input)) {
      findings.push({ ruleId: rule.meta.id, severity, message: draft.message, evidence: draft.evidence });
    }
  }
  return findings;
}
