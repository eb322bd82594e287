import { z } from 'zod';
import { type TextUnit, textUnits } from '../../extractors/text-units.js';
import { Finding } from '../../schemas/finding.js';
import type { Extraction, Stage } from '../document-file.js';
import type { RuleInput } from '../rule-engine/rule.js';
import { runRules } from '../rule-engine/engine.js';
import { onePerDefect } from '../rule-engine/one-per-defect.js';
import { parseOrFail } from './validate.js';

const Findings = z.array(Finding);

/**
 * Runs the consistency rules with the configured severities over the record and the document's
 * text; a defect stated in several places is one finding with evidence from each.
 */
export const checkRules: Stage = (file) => {
  const { extraction, structure } = file;
  if (!extraction || !structure) return;
  const findings = onePerDefect(runRules(ruleInput(extraction, textUnits(structure)), file.config.rules, undefined, file.config.lang));
  file.findings = parseOrFail(Findings, findings, file.path, 'findings', file.config.lang);
};

/**
 * An interim report has the annual report's record but for a period: the annual report's rules
 * (sums, percentages, budgets) hold for it alike, and none of them reads the year.
 */
function ruleInput(extraction: Extraction, text: TextUnit[]): RuleInput {
  if (extraction.kind === 'slutrapport') return { kind: 'slutrapport', record: extraction.record, text };
  if (extraction.kind === 'arsredovisning') return { kind: 'arsredovisning', record: extraction.record, text };
  const { period: _period, ...record } = extraction.record;
  return { kind: 'arsredovisning', record: { ...record, year: null }, text };
}
