import { z } from 'zod';
import { textUnits } from '../../extractors/text-units.js';
import { Finding } from '../../schemas/finding.js';
import type { Stage } from '../document-file.js';
import { runRules } from '../rule-engine/engine.js';
import { parseOrFail } from './validate.js';

const Findings = z.array(Finding);

/** Runs the consistency rules with the configured severities over the record and the document's text. */
export const checkRules: Stage = (file) => {
  const { extraction, structure } = file;
  if (!extraction || !structure) return;
  const findings = runRules({ ...extraction, text: textUnits(structure) }, file.config.rules);
  file.findings = parseOrFail(Findings, findings, file.path, 'findings');
};
