import { z } from 'zod';
import { RulesConfig } from '../../schemas/config.js';
import { SCHEMA_VERSION } from '../../schemas/result.js';

/**
 * What the results in an output folder depend on besides the documents: a result made with other
 * rule settings, without --redact or by another version would not be what this run makes, so
 * --resume must not reuse it. Limits are left out on purpose: resuming with a longer timeout
 * keeps what was done (a document that timed out stays timed out until run afresh).
 */
export const RunOptions = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  rapportkoll: z.string(),
  redact: z.boolean(),
  rules: RulesConfig,
});
export type RunOptions = z.infer<typeof RunOptions>;

/** The options as one comparable string: rule settings sorted, so their order in the config file does not matter. */
export function runOptionsKey(options: RunOptions): string {
  const rules = Object.fromEntries(Object.entries(options.rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ ...options, rules });
}

/** Plain words for the difference, for the refusal message. */
export function describeDifference(stored: RunOptions, wanted: RunOptions): string {
  if (stored.schemaVersion !== wanted.schemaVersion || stored.rapportkoll !== wanted.rapportkoll) return `they were made by rapportkoll ${stored.rapportkoll}`;
  if (stored.redact !== wanted.redact) return stored.redact ? 'they were made with --redact' : 'they were made without --redact';
  return 'they were made with other rule settings (configuration "rules")';
}
