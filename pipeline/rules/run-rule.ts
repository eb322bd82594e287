import type { CrossDocumentFinding } from '../../schemas/run-finding.js';
import type { LinkedIntervention } from '../link/link-interventions.js';
import type { RuleMeta } from './rule.js';

/** A cross-document finding before configuration gives it its severity. */
export type CrossDocumentFindingDraft = Omit<CrossDocumentFinding, 'severity'>;

/**
 * A rule over the run rather than one document: metadata plus a pure check of one intervention
 * as the run's documents describe it (pipeline/link/). Configured like the others (`rules`).
 */
export interface RunRule {
  meta: RuleMeta;
  check(linked: LinkedIntervention): CrossDocumentFindingDraft[];
}
