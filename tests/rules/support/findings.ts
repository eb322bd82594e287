/**
 * What one rule reports, as the engine makes it (severity from configuration, the message built
 * from the data by the rule), held to the contract's Finding: a rule test asserts message and data.
 * Every finding any rule test makes is also worded in both languages and each wording checked
 * (messages.ts): so each rule's table of cases proves its Swedish and English messages complete.
 */
import { isDeepStrictEqual } from 'node:util';
import { runRules } from '../../../pipeline/rule-engine/engine.js';
import type { Rule, RuleInput } from '../../../pipeline/rule-engine/rule.js';
import type { Lang } from '../../../schemas/config.js';
import type { DocumentRuleId, FindingData } from '../../../schemas/finding-data.js';
import { Finding } from '../../../schemas/finding.js';
import { assertWellWorded } from './messages.js';

export type FindingOf<Id extends DocumentRuleId> = Omit<Finding, 'ruleId' | 'data'> & { ruleId: Id; data: FindingData<Id> };

/** The rule's findings with their messages in `lang` (the rule tests read English unless they ask for Swedish). */
export function findingsOf<Id extends DocumentRuleId>(rule: Rule<Id>, input: RuleInput, lang: Lang = 'en'): FindingOf<Id>[] {
  // The check's own drafts give the data its rule's type; the engine's findings must hold the same data.
  const drafts = rule.check(input);
  const made = runRules(input, {}, [rule], lang);
  if (made.length !== drafts.length) throw new Error(`the engine made ${made.length} findings of ${drafts.length} drafts`);
  return made.map((finding, index) => {
    const { severity, message, evidence, data } = Finding.parse(finding);
    const draft = drafts[index];
    if (!draft || !isDeepStrictEqual(data, draft.data)) throw new Error(`finding ${index} does not hold its draft's data`);
    assertWellWorded(rule.meta.id, rule.meta.messages, draft.data);
    return { ruleId: rule.meta.id, severity, message, evidence, data: draft.data };
  });
}
