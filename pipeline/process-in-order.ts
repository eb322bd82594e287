/**
 * Runs `work` over the items with at most `lookahead` started beyond the oldest unfinished one,
 * and hands each result to `emit` in input order as soon as it and all earlier ones are done.
 * Only the lookahead window is ever held in memory, however many items there are.
 */
export async function processInOrder<T>(
  items: readonly string[],
  work: (item: string) => Promise<T>,
  emit: (result: T, index: number) => void | Promise<void>,
  lookahead: number,
): Promise<void> {
  const pending = new Map<number, Promise<T>>();
  let started = 0;
  for (let index = 0; index < items.length; index++) {
    while (started < items.length && started < index + Math.max(1, lookahead)) {
      const promise = work(items[started] ?? '');
      // Awaited in order below; until then a rejection must not count as unhandled.
      promise.catch(() => undefined);
      pending.set(started, promise);
      started++;
    }
    const next = pending.get(index);
    if (!next) throw new Error(`processInOrder: item ${index} was never started`);
    pending.delete(index);
    await emit(await next, index);
  }
}
