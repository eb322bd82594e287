/**
 * Folds over arrays whose length a document decides. Spreading such an array into a call
 * (`Math.max(...xs)`, `push(...xs)`) passes one argument per element and overflows the stack near
 * a few hundred thousand: a page with a million runs on one line did. These loop instead; a test
 * forbids the spread forms in the source.
 */

/** The largest value; -Infinity for none, as Math.max(). */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}

/** The smallest value; Infinity for none, as Math.min(). */
export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}

/** Appends every item to `target` in order (what `appendAll(target, items)` does, at any length). */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
