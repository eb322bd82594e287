/**
 * The delay before retry number `attempts` (1, 2, …): `firstMs`, doubling each attempt up to
 * `maxMs`, with ±20 % jitter so that processes retrying the same fault do not retry in step.
 */
export function backoff(firstMs: number, maxMs: number, attempts: number): number {
  const exponential = Math.min(maxMs, firstMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + Math.random() * 0.4));
}
