import { QUEUE_CONFIG_ENV, QueueConfig } from '../schemas/queue-config.js';
import { ConfigError } from './errors.js';

export type QueueConfigFlags = Partial<Record<keyof QueueConfig, string | number | boolean | undefined>>;

/** Merges flags over environment variables over defaults and validates the lot. */
export function loadQueueConfig(flags: QueueConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): QueueConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, envName] of Object.entries(QUEUE_CONFIG_ENV)) {
    const flag = flags[key as keyof QueueConfig];
    const fromEnv = env[envName];
    const value = flag ?? (fromEnv === undefined || fromEnv.trim() === '' ? undefined : fromEnv.trim());
    if (value !== undefined) raw[key] = value;
  }
  const parsed = QueueConfig.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const source = flags[key as keyof QueueConfig] !== undefined ? `option ${key}` : (QUEUE_CONFIG_ENV[key as keyof QueueConfig] ?? key);
    return `${source}: ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
}
