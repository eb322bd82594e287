import { QUEUE_CONFIG_ENV, QUEUE_CONFIG_FILE, QueueConfig, type QueueConfigFileValues } from '../schemas/queue-config.js';
import type { Lang } from '../schemas/config.js';
import { ConfigError } from './errors.js';
import { fillText, SERVICE_TEXT } from './texts.js';

export type QueueConfigFlags = Partial<Record<keyof QueueConfig, string | number | boolean | undefined>>;

/** Where the configuration file's values came from, for messages; null when there is no file. */
export interface QueueConfigFile {
  path: string;
  values: QueueConfigFileValues;
}

/**
 * One precedence order for every setting (docs/operations.md, "Configuration"): a command-line flag
 * wins over the environment variable, which wins over the configuration file, which wins over the
 * default. The merged values are validated together, and a bad one is named by where it came from.
 */
export function loadQueueConfig(
  flags: QueueConfigFlags = {},
  env: NodeJS.ProcessEnv = process.env,
  file: QueueConfigFile | null = null,
  /** The language of the error naming a bad value. */
  lang: Lang = 'sv',
): QueueConfig {
  const raw: Record<string, unknown> = {};
  const sourceOf: Record<string, string> = {};
  for (const [key, envName] of Object.entries(QUEUE_CONFIG_ENV) as Array<[keyof QueueConfig, string]>) {
    const flag = flags[key];
    const fromEnv = env[envName];
    const fromFile = file?.values[key];
    if (flag !== undefined) {
      raw[key] = flag;
      sourceOf[key] = fillText(SERVICE_TEXT.option, lang, { key });
    } else if (fromEnv !== undefined && fromEnv.trim() !== '') {
      raw[key] = fromEnv.trim();
      sourceOf[key] = envName;
    } else if (fromFile !== undefined) {
      raw[key] = fromFile;
      sourceOf[key] = `${file?.path ?? SERVICE_TEXT.configurationFile[lang]}: ${QUEUE_CONFIG_FILE[key].join('.')}`;
    }
  }
  const parsed = QueueConfig.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    return `${sourceOf[key] ?? key}: ${issue.message}`;
  });
  throw new ConfigError(fillText(SERVICE_TEXT.invalidConfiguration, lang, { problems: problems.join('; ') }));
}
