import type { Lang, RulesConfig } from '../../schemas/config.js';
import { CrossDocumentFinding } from '../../schemas/run-finding.js';
import type { LinkedIntervention } from '../link/link-interventions.js';
import { crossDocumentMismatch } from '../rules/cross-document-mismatch.js';
import { configuredSeverity } from './rule.js';
import type { RunRule } from './run-rule.js';

/** The rules over a whole run (docs/rules.md), after the per-document ones. */
export const RUN_RULES: readonly RunRule[] = [crossDocumentMismatch];

/**
 * Runs every enabled run rule over one linked intervention; severity and on/off come from
 * configuration, each message is built from the finding's data (in `lang`), and each finding is held to the
 * contract (a finding that is not is a bug, and stops the export rather than reach researchers).
 */
export function runRunRules(
  linked: LinkedIntervention,
  config: RulesConfig = {},
  rules: readonly RunRule[] = RUN_RULES,
  lang: Lang = 'sv',
): CrossDocumentFinding[] {
  const findings: CrossDocumentFinding[] = [];
  for (const rule of rules) {
    const severity = configuredSeverity(rule.meta, config);
    if (severity === null) continue;
    for (const { linkId, data, evidence } of rule.check(linked)) {
      const finding = { ruleId: rule.meta.id, severity, message: rule.meta.messages[lang](data), evidence, linkId, data };
      const parsed = CrossDocumentFinding.safeParse(finding);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
          .join('; ');
        throw new Error(`a ${rule.meta.id} finding does not match the contract (a bug): ${detail}`);
      }
      findings.push(parsed.data);
    }
  }
  return findings;
}
