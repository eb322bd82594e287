import type { Lang, Wording } from '../schemas/config.js';

/**
 * What the command line says to people besides results — usage and configuration errors, the
 * lines of enqueue, reconcile, reprocess and status — in both languages (cli/ui-lang.ts picks
 * one). Each is a template filled from data by fill(): "{name}" is a value, the same names in
 * both languages; file names, options, codes and numbers are the same in both.
 */
export const TEXT = {
  runStopped: { sv: 'körningen stoppades: {reason}', en: 'the run stopped: {reason}' },
  wholeNumber: { sv: 'väntade ett heltal, 1 eller mer.', en: 'expected a whole number of 1 or more.' },
  delimiter: { sv: 'väntade "," eller ";" eller "tab".', en: 'expected "," or ";" or "tab".' },
  needsOut: { sv: '{flag} kräver --out <mapp>', en: '{flag} needs --out <dir>' },
  formatWithOut: {
    sv: '--format gäller stdout; med --out hamnar resultaten i results.jsonl',
    en: '--format is for stdout; with --out the results go to results.jsonl',
  },
  threadsFit: {
    sv: '{threads} av {requested} trådar ryms under minnesgränsen {maxMemoryMb} MB (limits.maxMemoryMb, --max-memory-mb), {heapMb} MB heap vardera',
    en: '{threads} of {requested} threads fit under the memory limit of {maxMemoryMb} MB (limits.maxMemoryMb, --max-memory-mb), {heapMb} MB heap each',
  },
  noSuchPath: { sv: 'filen eller mappen finns inte: {path}', en: 'no such file or folder: {path}' },
  notFileOrFolder: { sv: 'varken en fil eller en mapp: {path}', en: 'not a file or folder: {path}' },
  notAFolder: { sv: '{what} {path} är inte en mapp', en: '{what} {path} is not a folder' },
  inbox: { sv: 'inkorgen', en: 'inbox' },
  outFolder: { sv: 'ut-mappen', en: 'out folder' },
  queueOutFolder: {
    sv: '{dir} är en ut-mapp för kö-läget (watch/worker); ge extract en egen --out-mapp',
    en: '{dir} is a queue-mode output folder (watch/worker); give extract an --out folder of its own',
  },
  // Configuration (cli/load-config.ts).
  invalidConfiguration: { sv: 'ogiltig konfiguration: {problems}', en: 'invalid configuration: {problems}' },
  atLeastMb: { sv: 'måste vara minst {min} (MB)', en: 'must be at least {min} (MB)' },
  option: { sv: 'flaggan {key}', en: 'option {key}' },
  expectedOneOf: { sv: 'väntade {choices}, fick "{value}"', en: 'expected {choices}, got "{value}"' },
  expectedLang: { sv: 'väntade "sv" eller "en", inte "{value}"', en: 'expected "sv" or "en", not "{value}"' },
  cannotReadConfig: { sv: 'kan inte läsa konfigurationsfilen {path}', en: 'cannot read the configuration file {path}' },
  configNotJson: { sv: 'konfigurationsfilen {path} är inte giltig JSON: {reason}', en: 'the configuration file {path} is not valid JSON: {reason}' },
  configInvalid: { sv: 'konfigurationsfilen {path} är ogiltig: {problems}', en: 'the configuration file {path} is invalid: {problems}' },
  topLevel: { sv: '(översta nivån)', en: '(top level)' },
  unknownRule: { sv: 'okänt regel-id "{id}"; {hint}', en: 'unknown rule id "{id}"; {hint}' },
  didYouMean: { sv: 'menade du "{nearest}"?', en: 'did you mean "{nearest}"?' },
  rulesListed: { sv: 'regel-id:na finns i docs/rules.md', en: 'the rule ids are listed in docs/rules.md' },
  reconciled: {
    sv: 'spool: {removed} borttagna (klara), {requeued} köade igen, {queued} fortfarande i kö, {temp} tillfälliga kopior borttagna',
    en: 'spool: {removed} removed (done), {requeued} queued again, {queued} still queued, {temp} temp copies removed',
  },
  reprocessed: {
    sv: '{documents} dokument i processed/: {redone} {made} om av rapportkoll {version} (regler {rules}), {current} redan aktuella, {skipped} överhoppade; {alerts} larm för nya avvikelser',
    en: '{documents} documents in processed/: {redone} {made} again by rapportkoll {version} (rules {rules}), {current} already current, {skipped} skipped; {alerts} alerts for new findings',
  },
  wouldBeMade: { sv: 'skulle göras', en: 'would be made' },
  made: { sv: 'gjordes', en: 'made' },
  // status's table.
  statusQueue: { sv: 'kön {queue} på {redis}, ut-mapp {out}', en: 'queue {queue} on {redis}, out {out}' },
  statusEmbedded: { sv: 'watch --embedded, ut-mapp {out}', en: 'watch --embedded, out {out}' },
  health: { sv: 'hälsa', en: 'health' },
  healthy: { sv: 'ok', en: 'ok' },
  degraded: { sv: 'nedsatt: {problems}', en: 'degraded: {problems}' },
  noWorker: { sv: 'ingen levande arbetare: starta `rapportkoll worker`', en: 'no live worker: start `rapportkoll worker`' },
  noEmbedded: { sv: 'ingen levande `watch --embedded` på den här ut-mappen', en: 'no live `watch --embedded` on this out folder' },
  jobsFailed: {
    sv: '{count} jobb misslyckades de senaste {minutes} min av annat skäl än dokumentet',
    en: '{count} job(s) failed in the last {minutes} min for a reason other than the document',
  },
  workers: { sv: 'arbetare', en: 'workers' },
  noneAlive: { sv: 'ingen lever', en: 'none alive' },
  beat: { sv: '{host}:{pid} (puls för {seconds} s sedan)', en: '{host}:{pid} (beat {seconds} s ago)' },
  oldestWaiting: { sv: 'äldst i kö', en: 'oldest waiting' },
  waitingFor: { sv: '{what}, {seconds} s', en: '{what}, {seconds} s' },
  none: { sv: 'inget', en: 'none' },
  failedWindow: { sv: 'misslyckade {minutes} min', en: 'failed {minutes} min' },
  failedCounts: { sv: '{documents} dokument, {other} andra', en: '{documents} documents, {other} other' },
  lastAlert: { sv: 'senaste larm', en: 'last alert' },
  webhookPending: { sv: 'webhook väntar', en: 'webhookPending' },
} as const satisfies Record<string, Wording>;

export type TextKey = keyof typeof TEXT;

/** A template with its "{name}"s filled from `data`; a name `data` lacks stays as it is (a test catches it). */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** commander's section titles. */
const TITLES: Record<string, string> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Arguments:': 'Argument:',
  'Commands:': 'Kommandon:',
  'Global Options:': 'Globala flaggor:',
};

/** A help section title in `lang` (commander calls it with 'Usage:', 'Options:' …). */
export function helpTitle(title: string, lang: Lang): string {
  return lang === 'sv' ? (TITLES[title] ?? title) : title;
}

export const COMMANDER_TEXT = {
  help: { sv: 'visa hjälp för kommandot', en: 'display help for command' },
  version: { sv: 'visa versionsnumret', en: 'output the version number' },
} as const satisfies Record<string, Wording>;

/** The extra information commander adds to an option's or argument's description, in Swedish. */
export function helpExtrasInSwedish(description: string): string {
  return description.replace(/\(choices: /g, '(val: ').replace(/, default: |\(default: /g, (match) => match.replace('default: ', 'standard: '));
}

/** commander's error messages in Swedish (they are written in English in commander itself). */
const COMMANDER_ERRORS: ReadonlyArray<[RegExp, string]> = [
  [/^error: unknown option '([^']*)'/, "fel: okänd flagga '$1'"],
  [/^error: unknown command '([^']*)'/, "fel: okänt kommando '$1'"],
  [/^error: missing required argument '([^']*)'/, "fel: argumentet '$1' saknas"],
  [/^error: option '([^']*)' argument missing/, "fel: flaggan '$1' saknar värde"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, "fel: värdet '$2' för flaggan '$1' är ogiltigt."],
  [/^error: required option '([^']*)' not specified/, "fel: den obligatoriska flaggan '$1' saknas"],
  [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, "fel: för många argument till '$1'. Väntade $2 men fick $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'fel: för många argument. Väntade $1 men fick $2.'],
  [/Allowed choices are (.*)\./, 'Tillåtna värden: $1.'],
  [/\(Did you mean one of (.*)\?\)/, '(Menade du någon av $1?)'],
  [/\(Did you mean (.*)\?\)/, '(Menade du $1?)'],
  [/^error: /, 'fel: '],
];

/** A commander error in `lang`. */
export function commanderError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  return COMMANDER_ERRORS.reduce((text, [pattern, swedish]) => text.replace(pattern, swedish), message);
}
