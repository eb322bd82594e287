import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { Limits, PipelineConfig, RulesConfig } from '../schemas/config.js';
import { UsageError } from './exit-codes.js';

/** Looked for in the working folder when --config is not given. */
export const DEFAULT_CONFIG_FILE = 'rapportkoll.config.json';

/**
 * Below this a worker thread cannot even load the readers, and V8 may abort the whole process
 * instead of failing the one document: the heap limit only fails a document cleanly with headroom.
 */
export const MIN_HEAP_MB = 64;

/** The file format: PipelineConfig, but a misspelt key is an error rather than silently ignored. */
const ConfigFile = z.strictObject({
  limits: Limits.extend({ maxHeapMb: Limits.shape.maxHeapMb.pipe(z.number().min(MIN_HEAP_MB, `must be at least ${MIN_HEAP_MB} (MB)`)) })
    .strict()
    .default(Limits.parse({})),
  rules: RulesConfig.default({}),
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
