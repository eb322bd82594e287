import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { processInOrder } from '../../pipeline/process-in-order.js';

describe('processInOrder', () => {
  it.each([1, 2, 5])('emits in input order, with at most %i started beyond the oldest unwritten item', async (lookahead) => {
    const items = Array.from({ length: 12 }, (_, index) => `doc-${index}`);
    // Early items are the slowest, so later ones finish first and must wait their turn.
    const delays = items.map((_, index) => (items.length - index) * 3);
    const emitted: string[] = [];
    let written = 0;
    let maxAhead = 0;
    let started = 0;
    await processInOrder(
      items,
      async (item) => {
        started++;
        maxAhead = Math.max(maxAhead, started - written);
        await sleep(delays[items.indexOf(item)] ?? 0);
        return item.toUpperCase();
      },
      (result, index) => {
        expect(index).toBe(written);
        emitted.push(result);
        written++;
      },
      lookahead,
    );
    expect(emitted).toEqual(items.map((item) => item.toUpperCase()));
    expect(maxAhead).toBeLessThanOrEqual(lookahead);
  });
});
