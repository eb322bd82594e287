import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { z } from 'zod';
import { RULES } from '../pipeline/rule-engine/registry.js';
import { RUN_RULES } from '../pipeline/rule-engine/run-rules.js';
import { Limits, PipelineConfig, RulesConfig, RuleSetting } from '../schemas/config.js';
import { UsageError } from './exit-codes.js';

/** Looked for in the working folder when --config is not given. */
export const DEFAULT_CONFIG_FILE = 'rapportkoll.config.json';

/**
 * Below this a worker thread cannot even load the readers, and V8 may abort the whole process
 * instead of failing the one document: the heap limit only fails a document cleanly with headroom.
 */
export const MIN_HEAP_MB = 64;

/** Every rule id a configuration may set: the document rules and the run rules (docs/rules.md). */
const RULE_IDS: readonly string[] = [...RULES, ...RUN_RULES].map((rule) => rule.meta.id);

/** "unknown rule id", with the nearest known id when one is a slip of the keyboard away. */
export function unknownRuleMessage(id: string, known: readonly string[] = RULE_IDS): string {
  const nearest = known
    .map((candidate) => ({ candidate, distance: DamerauLevenshteinDistance(id.toLowerCase(), candidate, { restricted: true }) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const closeEnough = nearest !== undefined && nearest.distance <= Math.max(2, Math.floor(id.length / 4));
  const hint = closeEnough ? `did you mean "${nearest.candidate}"?` : 'the rule ids are listed in docs/rules.md';
  return `unknown rule id "${id}"; ${hint}`;
}

/**
 * `rules` as an object with one optional key per rule id, so that an unknown id and a bad severity
 * are reported together, each with what would be right.
 */
const RulesFile = z.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, RuleSetting.optional()])), {
  error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownRuleMessage(key)).join('; ') : undefined),
}).transform((rules) => {
  const config: RulesConfig = {};
  for (const [id, setting] of Object.entries(rules)) if (setting !== undefined) config[id] = setting;
  return config;
});

/** The file format: PipelineConfig, but a misspelt key or rule id is an error rather than silently ignored. */
const ConfigFile = z.strictObject({
  limits: Limits.extend({ maxHeapMb: Limits.shape.maxHeapMb.pipe(z.number().min(MIN_HEAP_MB, `must be at least ${MIN_HEAP_MB} (MB)`)) })
    .strict()
    .default(Limits.parse({})),
  rules: RulesFile.default({}),
});

export type LimitOverrides = Partial<Pick<Limits, 'maxBytes' | 'maxPages' | 'timeoutMs'>>;

/** Reads and validates the configuration file (if any), then applies the command-line limits on top. */
export async function loadPipelineConfig(path: string | undefined, overrides: LimitOverrides): Promise<PipelineConfig> {
  const file = path ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  const config = file ? await readConfigFile(file) : PipelineConfig.parse({});
  const limits = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...config, limits: { ...config.limits, ...limits } };
}

async function readConfigFile(path: string): Promise<PipelineConfig> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`cannot read the configuration file ${path}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the configuration file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ConfigFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new UsageError(`the configuration file ${path} is invalid: ${problems.join('; ')}`);
  }
  return parsed.data;
}
