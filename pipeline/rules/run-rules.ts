import type { RulesConfig } from '../../schemas/config.js';
import type { CrossDocumentFinding } from '../../schemas/run-finding.js';
import type { LinkedIntervention } from '../link/link-interventions.js';
import { crossDocumentMismatch } from './cross-document-mismatch.js';
import { configuredSeverity } from './rule.js';
import type { RunRule } from './run-rule.js';

/** The rules over a whole run (docs/rules.md), after the per-document ones. */
export const RUN_RULES: readonly RunRule[] = [crossDocumentMismatch];

/** Runs every enabled run rule over one linked intervention; severity and on/off come from configuration. */
export function runRunRules(linked: LinkedIntervention, config: RulesConfig = {}, rules: readonly RunRule[] = RUN_RULES): CrossDocumentFinding[] {
  const findings: CrossDocumentFinding[] = [];
  for (const rule of rules) {
    const severity = configuredSeverity(rule.meta, config);
    if (severity === null) continue;
    for (const draft of rule.check(linked)) {
      findings.push({ ruleId: rule.meta.id, severity, message: draft.message, evidence: draft.evidence, linkId: draft.linkId });
    }
  }
  return findings;
}
