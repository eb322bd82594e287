import { Option } from 'commander';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { z } from 'zod';
import { MAIN_THREAD_MB, MIN_THREAD_HEAP_MB, THREAD_OVERHEAD_MB } from '../pipeline/memory-budget.js';
import { RULES } from '../pipeline/rule-engine/registry.js';
import { RUN_RULES } from '../pipeline/rule-engine/run-rules.js';
import { Lang, Limits, OcrMode, OcrSettings, type PipelineConfig, type RulesConfig, RuleSetting } from '../schemas/config.js';
import { QUEUE_CONFIG_FILE, type QueueConfig, type QueueConfigFileValues } from '../schemas/queue-config.js';
import type { QueueConfigFile } from '../workers/config.js';
import { TemplateProfiles } from '../schemas/template-profile.js';
import { UsageError } from './exit-codes.js';
import { HELP } from './help-texts.js';
import { fill, TEXT } from './texts.js';
import { CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE, LANG_ENV, langOfSources, say, setUiLang } from './ui-lang.js';

export { CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE, LANG_ENV } from './ui-lang.js';

/** The --config option every command shares, in the command line's language. */
export function configOptionHelp(): string {
  return fill(say(HELP.config), { CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE });
}

/** The --lang option every command shares: sv or en. */
export function langOption(): Option {
  return new Option('--lang <lang>', fill(say(HELP.lang), { LANG_ENV })).choices(['sv', 'en']);
}

/**
 * Below this a worker thread cannot even load the readers, and V8 may abort the whole process
 * instead of failing the one document: the heap limit only fails a document cleanly with headroom.
 */
export const MIN_HEAP_MB = 64;

/** Below this not even one reading thread fits beside the main thread (pipeline/pool.ts). */
export const MIN_MEMORY_MB = MAIN_THREAD_MB + THREAD_OVERHEAD_MB + MIN_THREAD_HEAP_MB;

const FileLimits = Limits.extend({
  maxHeapMb: Limits.shape.maxHeapMb.pipe(z.number().min(MIN_HEAP_MB, { error: () => fill(say(TEXT.atLeastMb), { min: MIN_HEAP_MB }) })),
  maxMemoryMb: Limits.shape.maxMemoryMb.pipe(z.number().min(MIN_MEMORY_MB, { error: () => fill(say(TEXT.atLeastMb), { min: MIN_MEMORY_MB }) })),
}).strict();

/** The environment variable of each limit; a flag wins over it, it wins over the file. */
export const LIMIT_ENV: Partial<Record<keyof Limits, string>> = {
  maxBytes: 'RAPPORTKOLL_MAX_BYTES',
  maxPages: 'RAPPORTKOLL_MAX_PAGES',
  timeoutMs: 'RAPPORTKOLL_TIMEOUT_MS',
  maxHeapMb: 'RAPPORTKOLL_MAX_HEAP_MB',
  maxMemoryMb: 'RAPPORTKOLL_MAX_MEMORY_MB',
};

/** Whether to OCR scanned pages (ocr.mode); --ocr wins over it, it wins over the file. */
export const OCR_MODE_ENV = 'RAPPORTKOLL_OCR';

/** Every rule id a configuration may set: the document rules and the run rules (docs/rules.md). */
const RULE_IDS: readonly string[] = [...RULES, ...RUN_RULES].map((rule) => rule.meta.id);

/** "unknown rule id", with the nearest known id when one is a slip of the keyboard away. */
export function unknownRuleMessage(id: string, known: readonly string[] = RULE_IDS): string {
  const nearest = known
    .map((candidate) => ({ candidate, distance: DamerauLevenshteinDistance(id.toLowerCase(), candidate, { restricted: true }) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const closeEnough = nearest !== undefined && nearest.distance <= Math.max(2, Math.floor(id.length / 4));
  const hint = closeEnough ? fill(say(TEXT.didYouMean), { nearest: nearest.candidate }) : say(TEXT.rulesListed);
  return fill(say(TEXT.unknownRule), { id, hint });
}

/**
 * `rules` as an object with one optional key per rule id, so that an unknown id and a bad severity
 * are reported together, each with what would be right.
 */
const RulesFile = z
  .strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, RuleSetting.optional()])), {
    error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownRuleMessage(key)).join('; ') : undefined),
  })
  .transform((rules) => {
    const config: RulesConfig = {};
    for (const [id, setting] of Object.entries(rules)) if (setting !== undefined) config[id] = setting;
    return config;
  });

/** The queue settings' sections (queue, alerts, webhook, inbox, retention), each with exactly its keys. */
const QUEUE_SECTIONS = (() => {
  const sections: Record<string, Record<string, z.ZodType>> = {};
  for (const [section, key] of Object.values(QUEUE_CONFIG_FILE)) (sections[section] ??= {})[key] = z.unknown().optional();
  return Object.fromEntries(Object.entries(sections).map(([name, keys]) => [name, z.strictObject(keys).optional()]));
})();

/**
 * The file format: a misspelt key or rule id is an error rather than silently ignored. Queue values
 * are validated with the flags and environment over them.
 */
const ConfigFile = z.strictObject({
  lang: Lang.optional(),
  limits: FileLimits.default(Limits.parse({})),
  ocr: OcrSettings.strict().default(OcrSettings.parse({})),
  rules: RulesFile.default({}),
  ...QUEUE_SECTIONS,
  templates: TemplateProfiles.default([]),
});

export type LimitOverrides = { [Limit in 'maxBytes' | 'maxPages' | 'timeoutMs' | 'maxHeapMb' | 'maxMemoryMb']?: Limits[Limit] | undefined } & {
  /** --ocr: the OCR mode (not a limit, but given the same way). */
  ocrMode?: OcrMode | undefined;
};

/** What flags may set over the file and the environment: the limits, and the language (--lang). */
export type ConfigOverrides = LimitOverrides & { lang?: Lang | undefined };

export interface LoadedConfig {
  pipeline: PipelineConfig;
  /** The queue settings the file gives, for loadQueueConfig; null without a file. */
  queueFile: QueueConfigFile | null;
}

/** The configuration file: --config, else $RAPPORTKOLL_CONFIG, else ./rapportkoll.config.json when it exists. */
export function configFilePath(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env[CONFIG_FILE_ENV]?.trim();
  return given ?? (fromEnv ? fromEnv : existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
}

/**
 * Reads and validates the configuration file (if any). Limits: the command-line flag, else the
 * environment variable, else the file, else the default; queue settings are merged the same way
 * by loadQueueConfig.
 */
export async function loadConfig(path: string | undefined, configOverrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Promise<LoadedConfig> {
  const { lang: langFlag, ...overrides } = configOverrides;
  const file = configFilePath(path, env);
  // The errors below are in the language asked for, as far as it can be told before validating.
  setUiLang(langOfSources(langFlag, file, env));
  const parsed = file ? await readConfigFile(file) : ConfigFile.parse({});
  const lang = langFlag ?? langOfEnv(env) ?? parsed.lang ?? 'sv';
  // What the command line says from here on is in the language now known for certain.
  setUiLang(lang);
  const limits: Record<string, unknown> = { ...parsed.limits };
  const sourceOf: Record<string, string> = {};
  for (const [key, envName] of Object.entries(LIMIT_ENV)) {
    const value = env[envName]?.trim();
    if (value) {
      limits[key] = /^\d+$/.test(value) ? Number(value) : value;
      sourceOf[key] = envName;
    }
  }
  const { ocrMode, ...limitOverrides } = overrides;
  for (const [key, value] of Object.entries(limitOverrides)) {
    if (value === undefined) continue;
    limits[key] = value;
    sourceOf[key] = fill(say(TEXT.option), { key });
  }
  const checked = FileLimits.safeParse(limits);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${sourceOf[String(issue.path[0])] ?? `limits.${issue.path.join('.')}`}: ${issue.message}`);
    throw new UsageError(fill(say(TEXT.invalidConfiguration), { problems: problems.join('; ') }));
  }
  const values: QueueConfigFileValues = {};
  for (const [field, [section, key]] of Object.entries(QUEUE_CONFIG_FILE) as Array<[keyof QueueConfig, readonly [string, string]]>) {
    const value = (parsed as unknown as Record<string, Record<string, unknown> | undefined>)[section]?.[key];
    if (value !== undefined) values[field] = value;
  }
  return {
    pipeline: {
      lang,
      limits: checked.data,
      ocr: { ...parsed.ocr, mode: ocrModeOf(ocrMode, env, parsed.ocr.mode) },
      rules: parsed.rules,
      templates: parsed.templates,
    },
    queueFile: file ? { path: file, values } : null,
  };
}

/** The flag, else the environment variable, else the file's (or the default) mode. */
function ocrModeOf(flag: OcrMode | undefined, env: NodeJS.ProcessEnv, fromFile: OcrMode): OcrMode {
  if (flag) return flag;
  const value = env[OCR_MODE_ENV]?.trim();
  if (!value) return fromFile;
  const mode = OcrMode.safeParse(value);
  if (!mode.success) {
    const problem = `${OCR_MODE_ENV}: ${fill(say(TEXT.expectedOneOf), { choices: OcrMode.options.join(', '), value })}`;
    throw new UsageError(fill(say(TEXT.invalidConfiguration), { problems: problem }));
  }
  return mode.data;
}

/** $RAPPORTKOLL_LANG, when set; anything but sv or en is a usage error naming it. */
function langOfEnv(env: NodeJS.ProcessEnv): Lang | undefined {
  const value = env[LANG_ENV]?.trim();
  if (!value) return undefined;
  const parsed = Lang.safeParse(value.toLowerCase());
  if (!parsed.success) throw new UsageError(fill(say(TEXT.invalidConfiguration), { problems: `${LANG_ENV}: ${fill(say(TEXT.expectedLang), { value })}` }));
  return parsed.data;
}

/** The pipeline part only (extract). */
export async function loadPipelineConfig(path: string | undefined, overrides: ConfigOverrides): Promise<PipelineConfig> {
  return (await loadConfig(path, overrides)).pipeline;
}

async function readConfigFile(path: string): Promise<z.infer<typeof ConfigFile>> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(fill(say(TEXT.cannotReadConfig), { path }));
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(fill(say(TEXT.configNotJson), { path, reason: error instanceof Error ? error.message : String(error) }));
  }
  const parsed = ConfigFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || say(TEXT.topLevel)}: ${issue.message}`);
    throw new UsageError(fill(say(TEXT.configInvalid), { path, problems: problems.join('; ') }));
  }
  return parsed.data;
}
