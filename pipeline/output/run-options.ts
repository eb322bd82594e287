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

/** Plain words for the difference, for the refusal message, in the language of the run asking. */
export function describeDifference(stored: RunOptions, wanted: RunOptions): string {
  const sv = wanted.lang === 'sv';
  if (stored.redact !== wanted.redact) {
    if (sv) return stored.redact ? 'de gjordes med --redact' : 'de gjordes utan --redact';
    return stored.redact ? 'they were made with --redact' : 'they were made without --redact';
  }
  if (stored.lang !== wanted.lang)
    return sv ? `deras meddelanden är på ett annat språk (--lang ${stored.lang})` : `their messages are in another language (--lang ${stored.lang})`;
  return sv ? 'de gjordes med andra regelinställningar (konfigurationens "rules")' : 'they were made with other rule settings (configuration "rules")';
}

/** Why an export folder cannot be resumed, in `lang`, with what to do instead. */
export function cannotResume(root: string, why: 'foreign' | 'no-run-json' | { stored: RunOptions; wanted: RunOptions }, lang: RunOptions['lang']): string {
  const reason =
    why === 'foreign'
      ? lang === 'sv'
        ? 'dess run.json är inte rapportkolls'
        : "its run.json is not rapportkoll's"
      : why === 'no-run-json'
        ? lang === 'sv'
          ? 'den har resultat men ingen run.json'
          : 'it has results but no run.json'
        : describeDifference(why.stored, why.wanted);
  const advice =
    why !== 'foreign' && why !== 'no-run-json'
      ? lang === 'sv'
        ? 'använd samma val, eller kör utan --resume för att börja om'
        : 'use the same options, or run without --resume to start afresh'
      : lang === 'sv'
        ? 'kör utan --resume för att börja om'
        : 'run without --resume to start afresh';
  return lang === 'sv' ? `kan inte --resume i ${root}: ${reason}; ${advice}` : `cannot --resume in ${root}: ${reason}; ${advice}`;
}
