import { z } from 'zod';
import { Lang, RulesConfig } from '../../schemas/config.js';

/**
 * What the results in an output folder depend on besides the documents: a result made with other
 * rule settings or without --redact would not be what this run makes, so --resume refuses the
 * folder. The version is recorded too, but a result of another version is not refused: each result
 * says which rapportkoll and rules made it, and --resume makes those again (pipeline/versions.ts).
 * Limits are left out on purpose: resuming with a longer timeout keeps what was done (a document
 * that timed out stays timed out until run afresh).
 */
export const RunOptions = z.object({
  /** Any version when read back: an older folder's results are made again, not refused. */
  schemaVersion: z.number().int().positive(),
  rapportkoll: z.string(),
  redact: z.boolean(),
  rules: RulesConfig,
  /** The language of the messages: results in two languages in one folder would not read as one run. Before it was recorded, English. */
  lang: Lang.default('en'),
});
export type RunOptions = z.infer<typeof RunOptions>;

/**
 * What --resume holds the folder to, as one comparable string (--redact, the rules, the language): rule settings sorted, so their
 * order in the config file does not matter; the versions left out (results of another version are
 * made again one by one).
 */
export function runOptionsKey(options: RunOptions): string {
  const rules = Object.fromEntries(Object.entries(options.rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ redact: options.redact, rules, lang: options.lang });
}

/** Plain words for the difference, for the refusal message. */
export function describeDifference(stored: RunOptions, wanted: RunOptions): string {
  if (stored.redact !== wanted.redact) return stored.redact ? 'they were made with --redact' : 'they were made without --redact';
  if (stored.lang !== wanted.lang) return `their messages are in another language (--lang ${stored.lang})`;
  return 'they were made with other rule settings (configuration "rules")';
}
