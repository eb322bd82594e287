/**
 * Why a queue-mode command cannot start, as the CLI tells them apart (cli/exit-codes.ts). Kept
 * apart from the code that throws them, so that telling them apart loads neither zod's queue
 * schema nor the Redis client.
 */

/** A configuration value (a flag or an environment variable) that does not validate. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Redis does not answer; the CLI words it (workers/texts.ts, redisUnreachable) from `redis` and `reason`. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';

  constructor(
    message: string,
    /** The Redis URL as shown to people (no password). */
    readonly redis: string,
    /** Why, as the client says it ("ECONNREFUSED"). */
    readonly reason: string,
  ) {
    super(message);
  }
}
